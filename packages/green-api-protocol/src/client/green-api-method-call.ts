import type { HttpHost, HttpRequest, HttpSearchParams } from '@switchboard/core/adapter';
import type { GenericSchema } from 'valibot';

/**
 * One call of a GREEN-API-family instance method, as the raw clients' `call(method, call)` takes it:
 * verb, body or query, an extra path, and the schema of the answer.
 */
export interface GreenApiMethodCall<Output> {
  verb: 'GET' | 'POST' | 'DELETE';
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
  searchParams?: HttpSearchParams;
  /** Extra path after the method's path (`/<receiptId>` of `deleteNotification`). */
  pathSuffix?: string;
  schema?: GenericSchema<unknown, Output>;
  responseType?: 'json' | 'text' | 'bytes';
  idempotent?: boolean;
  signal?: AbortSignal | undefined;
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
