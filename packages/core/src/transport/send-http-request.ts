import * as v from 'valibot';
import { MessengerError } from '../errors/messenger-error.js';
import { AttemptTimeoutError } from './attempt-timeout-error.js';
import { buildRequestUrl } from './build-request-url.js';
import type { HttpMethod, HttpRequest } from './http-request.js';
import { type HttpFailure, mapHttpError } from './map-http-error.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { readErrorBody, readResponseBody } from './read-response-body.js';
import { registerHeaderSecrets } from './register-header-secrets.js';
import { sendWithRetries } from './send-with-retries.js';
import { hostUrlOf, TransportCall } from './transport-call.js';
import type { TransportContext } from './transport-context.js';
import { findHeaderProblem } from './transport-headers.js';

const methods: ReadonlySet<string> = new Set<HttpMethod>(['GET', 'POST', 'DELETE', 'PUT', 'PATCH']);
const maximumReportedIssues = 3;
const maximumTimeoutMilliseconds = 2_147_483_647;

/**
 * Runs one {@link HttpRequest} with the transport's settings (attempts, timeouts and retries by
 * {@link sendWithRetries}) and turns the outcome into the parsed body or a redacted
 * {@link MessengerError}. A caller's abort rejects with the signal's `reason` unchanged. Used by
 * {@link createHttpTransport}.
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
  const problem = findRequestProblem(context, request);
  const url =
    problem === undefined
      ? buildRequestUrl(hostUrlOf(context, request), request.path, request.searchParams)
      : undefined;
  const call = new TransportCall(context, request, url);
  if (url === undefined) throw invalidRequest(call, problem ?? 'unusable request');

  let body: BodyInit | undefined;
  try {
    body = request.json === undefined ? request.body : JSON.stringify(request.json);
    if (isStream(body)) body = new Uint8Array(await new Response(body).arrayBuffer());
  } catch (error) {
    throw invalidRequest(call, error instanceof Error ? error.message : String(error));
  }
  let response: Awaited<ReturnType<typeof sendWithRetries>>;
  try {
    const exchangeRequest = {
      url: url.href,
      method: request.method,
      headers: context.headers.resolve(request),
      body,
    };
    response = await sendWithRetries(call, exchangeRequest);
  } catch (error) {
    throw failedAttempt(call, error);
  }

  const { status } = response;
  if (status < 200 || status >= 300) {
    const errorBody = readErrorBody(response.body);
    detect(call, status, errorBody);
    const retryAfterMilliseconds = parseRetryAfter(response.headers.get('retry-after'));
    const cause = statusError(call, status);
    throw failWith(call, { kind: 'status', status, body: errorBody, retryAfterMilliseconds, cause });
  }
  const parsed = readResponseBody(response.body, request.responseType ?? 'json');
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

/** What a failed {@link sendWithRetries} means: the caller's abort, a timeout or a network error. */
function failedAttempt(call: TransportCall, error: unknown): unknown {
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
  if (error instanceof AttemptTimeoutError) {
    const timeoutMilliseconds = request.timeoutMilliseconds ?? context.timeoutMilliseconds;
    return failWith(call, { kind: 'timeout', timeoutMilliseconds, cause: error });
  }
  return failWith(call, { kind: 'network', cause: error });
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

/** The `cause` of a status failure: names the status and the (redacted) URL, like the `HTTPError` of common HTTP clients. */
function statusError(call: TransportCall, status: number): Error {
  const error = new Error(
    `Request failed with status code ${status}: ${call.request.method} ${call.redactedUrl}`,
  );
  error.name = 'HTTPError';
  return error;
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
  return context.headers.problem ?? findHeaderProblem(request.headers);
}

/** A stream body is read once up front, so that every attempt can send it again. */
function isStream(body: BodyInit | undefined): body is ReadableStream {
  return typeof ReadableStream !== 'undefined' && body instanceof ReadableStream;
}
