import { HTTPError, type Options, TimeoutError } from 'ky';
import * as v from 'valibot';
import { MessengerError } from '../errors/messenger-error.js';
import { traceProviderRequest } from '../telemetry/trace-provider-request.js';
import { answerBytes } from './answer-bytes.js';
import { jsonAcceptKey, maxResponseBytesKey } from './create-reading-fetch.js';
import type { HttpMethod, HttpRequest } from './http-request.js';
import { isIdempotentMethod } from './is-idempotent-method.js';
import { type HttpFailure, mapHttpError } from './map-http-error.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { readErrorBody, readResponseBody } from './read-response-body.js';
import { registerHeaderSecrets } from './register-header-secrets.js';
import { ResponseTooLargeError } from './response-too-large-error.js';
import { TransportCall } from './transport-call.js';
import type { TransportContext } from './transport-context.js';

const methods: ReadonlySet<string> = new Set<HttpMethod>(['GET', 'POST', 'DELETE', 'PUT', 'PATCH']);
const maximumReportedIssues = 3;
const maximumTimeoutMilliseconds = 2_147_483_647;
const empty = new Uint8Array(0);

/**
 * Runs one {@link HttpRequest} through the transport's ky instance (attempts, timeouts and retries
 * are ky's) and turns the outcome into the parsed body or a redacted {@link MessengerError}. A
 * caller's abort rejects with the signal's `reason` unchanged. Used by {@link createHttpTransport}.
 *
 * @example
 * ```ts
 * const body = await sendHttpRequest(context, { method: 'GET', path: 'waInstance1/getSettings/token' });
 * ```
 */
export async function sendHttpRequest<Output>(
  context: TransportContext,
  request: HttpRequest<Output>,
): Promise<Output> {
  request.signal?.throwIfAborted();
  if (request.headers !== undefined) registerHeaderSecrets(request.headers, context.redactor);
  const call = new TransportCall(context, request);
  return traceProviderRequest(call, () => performHttpRequest(call));
}

async function performHttpRequest<Output>(call: TransportCall): Promise<Output> {
  const { context } = call;
  const request = call.request as HttpRequest<Output>;
  const problem = findRequestProblem(context, request);
  if (problem !== undefined) throw invalidRequest(call, problem);

  let pending: Promise<Response>;
  try {
    pending = context.client(relativePath(request.path), kyOptionsOf(call));
  } catch (error) {
    throw invalidRequest(call, error instanceof Error ? error.message : String(error));
  }
  let response: Response;
  let statusError: HTTPError | undefined;
  try {
    response = await pending;
  } catch (error) {
    if (!(error instanceof HTTPError)) throw failedRequest(call, error);
    response = error.response;
    statusError = error;
  }

  const { status } = response;
  call.status = status;
  const bytes = answerBytes(response) ?? empty;
  if (status < 200 || status >= 300) {
    const errorBody = readErrorBody(bytes);
    detect(call, status, errorBody);
    if (status < 400) throw redirected(call, response);
    const retryAfterMilliseconds = parseRetryAfter(response.headers.get('retry-after'));
    const cause = statusError;
    throw failWith(call, { kind: 'status', status, body: errorBody, retryAfterMilliseconds, cause });
  }
  const parsed = readResponseBody(bytes, request.responseType ?? 'json');
  if (!parsed.ok) {
    detect(call, status, parsed.text);
    throw failWith(call, { kind: 'invalid-response', status, reason: parsed.reason, cause: parsed.error });
  }
  detect(call, status, parsed.body);
  if (request.schema === undefined) return parsed.body as Output;
  const result = v.safeParse(request.schema, parsed.body);
  if (result.success) return result.output;
  const issues = result.issues
    .slice(0, maximumReportedIssues)
    .map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  const cause = new v.ValiError(result.issues);
  throw failWith(call, { kind: 'invalid-response', status, reason: issues.join('; '), cause });
}

/** ky's options for one request; only what differs from the transport's defaults is set. */
function kyOptionsOf(call: TransportCall): Options {
  const { context, request } = call;
  const idempotent = request.idempotent ?? isIdempotentMethod(request.method);
  const options: Options & { [maxResponseBytesKey]?: number; [jsonAcceptKey]?: false } = {
    method: request.method,
    retry: idempotent ? context.readRetry : context.sendRetry,
  };
  if (request.host === 'media') options.prefixUrl = context.mediaUrl;
  if (hasDefinedValue(request.searchParams)) options.searchParams = request.searchParams;
  if (request.json !== undefined) options.json = request.json;
  else if (request.body !== undefined) options.body = request.body;
  if (request.headers !== undefined) options.headers = request.headers;
  // The reading fetch asks for JSON unless a header sets `accept`; other answers ask for nothing.
  if ((request.responseType ?? 'json') !== 'json') options[jsonAcceptKey] = false;
  if (request.signal !== undefined) options.signal = request.signal;
  if (request.timeoutMilliseconds !== undefined) options.timeout = request.timeoutMilliseconds;
  if (request.maxResponseBytes !== undefined) options[maxResponseBytesKey] = request.maxResponseBytes;
  if (context.log !== undefined) options.context = { call };
  return options;
}

/** Whether any search parameter is set (ky would otherwise end the URL with a bare `?`). */
function hasDefinedValue(searchParams: HttpRequest<unknown>['searchParams']): boolean {
  for (const name in searchParams) if (searchParams[name] !== undefined) return true;
  return false;
}

/** ky joins paths to its prefix URL itself and refuses a leading slash. */
function relativePath(path: string): string {
  return path.startsWith('/') ? path.replace(/^\/+/, '') : path;
}

/** What a failed ky request means: the caller's abort, a timeout, an oversized answer or a network error. */
function failedRequest(call: TransportCall, error: unknown): unknown {
  const { request, context } = call;
  if (request.signal?.aborted) {
    call.log(() => ({
      event: 'error',
      method: request.method,
      url: call.redactedUrl,
      attempt: call.attempt,
      message: 'aborted by the caller',
    }));
    return request.signal.reason;
  }
  if (error instanceof TimeoutError) {
    const timeoutMilliseconds = request.timeoutMilliseconds ?? context.timeoutMilliseconds;
    return failWith(call, { kind: 'timeout', timeoutMilliseconds, cause: error });
  }
  if (error instanceof ResponseTooLargeError) {
    return failWith(call, {
      kind: 'invalid-response',
      status: error.status,
      reason: error.message,
      cause: error,
    });
  }
  return failWith(call, { kind: 'network', cause: error });
}

/**
 * A redirect is never followed: fetch would carry the adapter's credential headers (an API key)
 * to wherever the provider, or whoever answers in its name, points.
 */
function redirected(call: TransportCall, response: Response): MessengerError {
  const location = response.headers.get('location');
  let target = 'an unknown location';
  try {
    const next = new URL(location ?? '', call.url);
    target = next.origin === call.url?.origin ? 'the same origin' : `another origin (${next.origin})`;
  } catch {
    // An unreadable Location stays unnamed.
  }
  const reason = `redirect (${response.status}) to ${target} refused: the transport does not follow redirects`;
  return failWith(call, { kind: 'invalid-response', status: response.status, reason });
}

/** An {@link HttpFailure} without what the call already knows (provider, method, path, redactor). */
type FailureDetails<Failure = HttpFailure> = Failure extends unknown
  ? Omit<Failure, 'provider' | 'method' | 'path' | 'redactor'>
  : never;

function failWith(call: TransportCall, failure: FailureDetails): MessengerError {
  const { context, request } = call;
  const path = call.url?.pathname ?? String(request.path);
  const base = { provider: context.provider, method: request.method, path, redactor: context.redactor };
  return fail(call, mapHttpError({ ...base, ...failure } as HttpFailure));
}

/** Logs the final `error` entry and returns the error to throw. */
function fail(call: TransportCall, error: MessengerError): MessengerError {
  call.log(() => ({
    event: 'error',
    method: call.request.method,
    url: call.redactedUrl,
    attempt: Math.max(call.attempt, 1),
    status: error.status,
    durationMilliseconds: Math.round(performance.now() - call.startedAt),
    errorCode: error.code,
    message: error.message,
  }));
  return error;
}

function invalidRequest(call: TransportCall, reason: string): MessengerError {
  const { context } = call;
  return fail(
    call,
    new MessengerError(`Invalid HTTP request: ${context.redactor.redact(reason)}`, {
      provider: context.provider,
      code: 'invalid-request',
    }),
  );
}

function detect(call: TransportCall, status: number, body: unknown): void {
  const { context, request } = call;
  if (context.detectError === undefined) return;
  const detected = context.detectError({
    status,
    body,
    path: context.redactor.redact(request.path),
    method: request.method,
  });
  if (detected !== undefined) throw fail(call, detected);
}

function findRequestProblem(context: TransportContext, request: HttpRequest<unknown>): string | undefined {
  if (!methods.has(request.method)) return `unsupported method ${String(request.method)}`;
  if (typeof request.path !== 'string') return 'path must be a string';
  if (request.json !== undefined && request.body !== undefined) return 'set either json or body, not both';
  if (request.method === 'GET' && (request.json !== undefined || request.body !== undefined)) {
    return 'a GET request cannot have a body';
  }
  if ((request.timeoutMilliseconds ?? 0) > maximumTimeoutMilliseconds) {
    return `timeoutMilliseconds cannot be greater than ${maximumTimeoutMilliseconds}`;
  }
  if (request.maxResponseBytes !== undefined && !(request.maxResponseBytes >= 0)) {
    return 'maxResponseBytes must be a number of bytes';
  }
  return context.headerProblem;
}
