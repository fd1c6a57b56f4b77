import ky, { isHTTPError, isTimeoutError } from 'ky';
import * as v from 'valibot';
import { MessengerError } from '../errors/messenger-error.js';
import { buildRequestUrl } from './build-request-url.js';
import { type AttemptState, createKyOptions } from './create-ky-options.js';
import type { HttpMethod, HttpRequest } from './http-request.js';
import { type HttpFailure, mapHttpError } from './map-http-error.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { readErrorBody, readResponseBody } from './read-response-body.js';
import { registerHeaderSecrets } from './register-header-secrets.js';
import { isIdempotentMethod } from './retry-policy.js';
import type { TransportContext } from './transport-context.js';

const methods: ReadonlySet<string> = new Set<HttpMethod>(['GET', 'POST', 'DELETE', 'PUT', 'PATCH']);
const maximumReportedIssues = 3;

/**
 * Runs one {@link HttpRequest} through ky with the transport's settings and turns the outcome into
 * the parsed body or a redacted {@link MessengerError}. A caller's abort rejects with the signal's
 * `reason` unchanged. Used by {@link createHttpTransport}.
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
  const { redactor } = context;
  registerHeaderSecrets(request.headers, redactor);
  const startedAt = performance.now();
  const base = { provider: context.provider, method: request.method, redactor };
  const problem = findRequestProblem(request);
  const url =
    problem === undefined
      ? buildRequestUrl(hostUrl(context, request), request.path, request.searchParams)
      : undefined;
  const redactedUrl = redactor.redact(url?.href ?? `${hostUrl(context, request)}/${String(request.path)}`);
  const state: AttemptState = { attempt: 0, attemptStartedAt: startedAt, nextDelayMilliseconds: 0 };

  const fail = (error: MessengerError): MessengerError => {
    context.log({
      event: 'error',
      method: request.method,
      url: redactedUrl,
      attempt: Math.max(state.attempt, 1),
      status: error.status,
      durationMilliseconds: Math.round(performance.now() - startedAt),
      errorCode: error.code,
      message: error.message,
    });
    return error;
  };
  const failWith = (failure: HttpFailure): MessengerError => fail(mapHttpError(failure));
  const invalidRequest = (reason: string): MessengerError =>
    fail(
      new MessengerError(`Invalid HTTP request: ${redactor.redact(reason)}`, {
        ...base,
        code: 'invalid-request',
      }),
    );

  if (url === undefined) throw invalidRequest(problem ?? 'unusable request');
  const failure = { ...base, path: url.pathname };

  let response: Response;
  let httpError: unknown;
  try {
    const idempotent = request.idempotent ?? isIdempotentMethod(request.method);
    response = await ky(url, createKyOptions(context, request, { url: redactedUrl, idempotent, state }));
  } catch (error) {
    if (request.signal?.aborted) {
      context.log({
        event: 'error',
        method: request.method,
        url: redactedUrl,
        attempt: state.attempt,
        message: 'aborted by the caller',
      });
      throw request.signal.reason;
    }
    if (!isHTTPError(error)) {
      if (state.attempt === 0) throw invalidRequest(describe(error));
      if (isTimeoutError(error)) {
        const timeoutMilliseconds = request.timeoutMilliseconds ?? context.timeoutMilliseconds;
        throw failWith({ ...failure, kind: 'timeout', timeoutMilliseconds, cause: error });
      }
      throw failWith({ ...failure, kind: 'network', cause: error });
    }
    response = error.response;
    httpError = error;
  }

  const { status } = response;
  if (!response.ok) {
    const body = await readErrorBody(response);
    detect(context, request, status, body, fail);
    const retryAfterMilliseconds = parseRetryAfter(response.headers.get('retry-after'));
    throw failWith({ ...failure, kind: 'status', status, body, retryAfterMilliseconds, cause: httpError });
  }
  const parsed = await readResponseBody(response, request.responseType ?? 'json');
  if (!parsed.ok) {
    detect(context, request, status, parsed.text, fail);
    throw failWith({
      ...failure,
      kind: 'invalid-response',
      status,
      reason: parsed.reason,
      cause: parsed.error,
    });
  }
  detect(context, request, status, parsed.body, fail);
  if (request.schema === undefined) return parsed.body as Output;
  const result = v.safeParse(request.schema, parsed.body);
  if (result.success) return result.output;
  const issues = result.issues
    .slice(0, maximumReportedIssues)
    .map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  const cause = new v.ValiError(result.issues);
  throw failWith({ ...failure, kind: 'invalid-response', status, reason: issues.join('; '), cause });
}

function detect(
  context: TransportContext,
  request: HttpRequest<unknown>,
  status: number,
  body: unknown,
  fail: (error: MessengerError) => MessengerError,
): void {
  if (context.detectError === undefined) return;
  const detected = context.detectError({
    status,
    body,
    path: context.redactor.redact(request.path),
    method: request.method,
  });
  if (detected !== undefined) throw fail(detected);
}

function findRequestProblem(request: HttpRequest<unknown>): string | undefined {
  if (!methods.has(request.method)) return `unsupported method ${String(request.method)}`;
  if (typeof request.path !== 'string') return 'path must be a string';
  if (request.json !== undefined && request.body !== undefined) return 'set either json or body, not both';
  if (request.method === 'GET' && (request.json !== undefined || request.body !== undefined)) {
    return 'a GET request cannot have a body';
  }
  return undefined;
}

function hostUrl(context: TransportContext, request: HttpRequest<unknown>): string {
  return request.host === 'media' ? context.mediaUrl : context.baseUrl;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
