import type { HttpHost, HttpRequest, HttpSearchParams } from '@switchboard/core/adapter';
import type { GenericSchema } from 'valibot';

/**
 * One call of a GREEN-API-family instance method, as the raw clients' `call(method, call)` takes it:
 * verb, body or query, an extra path, and the schema of the answer.
 */
export interface GreenApiMethodCall<Output> {
  /** HTTP method of the call. */
  verb: 'GET' | 'POST' | 'DELETE';
  /** Body sent as JSON. */
  json?: unknown;
  /** Body sent as given, e.g. multipart `FormData` or raw bytes. */
  body?: BodyInit;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** Query parameters, e.g. `minutes` of the journals. */
  searchParams?: HttpSearchParams;
  /** Extra path after the method's path (`/<receiptId>` of `deleteNotification`). */
  pathSuffix?: string;
  /** Valibot schema the answer is validated against. */
  schema?: GenericSchema<unknown, Output>;
  /** How the answer is read: JSON (the default), text or bytes. */
  responseType?: 'json' | 'text' | 'bytes';
  /** `true` lets the transport retry the call after a failure. */
  idempotent?: boolean;
  /** Aborts the call. */
  signal?: AbortSignal | undefined;
  /** Timeout of this call, overriding the transport's. */
  timeoutMilliseconds?: number | undefined;
}

/**
 * Turns a method call into the transport request: the `verb` becomes the HTTP method, `pathSuffix`
 * is appended to `path`, and the fields left `undefined` are dropped so the transport's defaults apply.
 */
export function methodCallRequest<Output>(
  path: string,
  call: GreenApiMethodCall<Output> & { host?: HttpHost | undefined },
): HttpRequest<Output> {
  const { pathSuffix } = call;
  const request: Record<string, unknown> = {
    method: call.verb,
    path: pathSuffix === undefined ? path : `${path}${pathSuffix}`,
  };
  // A plain loop rather than rest + omitUndefined: this runs on every call of every method.
  for (const key of Object.keys(call) as Array<keyof typeof call>) {
    if (key !== 'verb' && key !== 'pathSuffix' && call[key] !== undefined) request[key] = call[key];
  }
  return request as unknown as HttpRequest<Output>;
}
