import { MessengerError, type MessengerErrorCode } from '@switchboard/core';
import {
  buildRequestUrl,
  type HttpErrorDetectorInput,
  mapHttpError,
  type Redactor,
} from '@switchboard/core/adapter';
import { defaultWhatsgateBaseUrl } from './whatsgate-base-url.js';
import { whatsgateProvider } from './whatsgate-provider.js';

/**
 * A Whatsgate error body: the Yii2 shape `{ name, message, code, status }` (for example
 * `{"name":"Unauthorized","message":"Your request was made with invalid credentials.","code":0,"status":401}`).
 *
 * @example
 * ```ts
 * const body: WhatsgateErrorBody = { name: 'Internal Server Error', message: 'WhatsApp session not found', code: 0, status: 500 };
 * ```
 */
export interface WhatsgateErrorBody {
  /** Yii2 error name, e.g. `Unauthorized` or `Internal Server Error`. */
  name?: string;
  /** Whatsgate's error text, e.g. `Your request was made with invalid credentials.` */
  message?: string;
  /** Yii2 error code, usually `0`. */
  code?: number;
  /** HTTP status Whatsgate put in the body, e.g. `401`. */
  status?: number;
}

// Every rule is a linear-time test (checked by the ReDoS check): no `.*` between two words.
const messageRules: ReadonlyArray<readonly [{ test(text: string): boolean }, MessengerErrorCode]> = [
  [/invalid credentials|api.?key|unauthori[sz]ed/i, 'auth'],
  [/not ready|not authori[sz]ed|not logged/i, 'session-not-ready'],
  [/session limit|limit of (your|the) plan|plan limit|tariff/i, 'quota-exceeded'],
  [{ test: evaluationFailedToSerialize }, 'not-found'],
  [/not (registered )?on whatsapp|not registered/i, 'not-found'],
  [/not found|does not exist|unknown (session|whatsapp)|has no media/i, 'not-found'],
  [/missing required|invalid (parameter|json)|required parameter|must be|bad request/i, 'invalid-request'],
  [/too many requests|rate limit/i, 'rate-limited'],
];

/** `evaluation failed … serialize` (a message about an unknown number), without a backtracking `.*`. */
function evaluationFailedToSerialize(text: string): boolean {
  const start = text.search(/evaluation failed/i);
  return start !== -1 && /serialize/i.test(text.slice(start));
}

const failedResults = new Set<unknown>(['ERROR', 'error', 'FAIL', 'fail', false]);

function text(record: Record<string, unknown>, ...names: string[]): string | undefined {
  for (const name of names) if (typeof record[name] === 'string') return record[name] as string;
  return undefined;
}

/**
 * Reads a Whatsgate error out of an answer body, or `undefined` when it is not one: the Yii2 shape
 * `{ name, message, code, status }`, or a `result` of `"ERROR"`/`false` with a text.
 *
 * @example
 * ```ts
 * readWhatsgateErrorBody({ name: 'Unauthorized', message: 'Your request was made with invalid credentials.', code: 0, status: 401 })?.name; // 'Unauthorized'
 * readWhatsgateErrorBody({ result: 'OK' }); // undefined
 * ```
 */
export function readWhatsgateErrorBody(body: unknown): WhatsgateErrorBody | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  const isYii =
    typeof record.name === 'string' && typeof record.message === 'string' && record.result === undefined;
  if (!isYii && !failedResults.has(record.result)) return undefined;
  const message = text(record, 'message', 'error', 'description') ?? 'Whatsgate reported an error';
  return {
    message,
    ...(typeof record.name === 'string' ? { name: record.name } : {}),
    ...(typeof record.code === 'number' ? { code: record.code } : {}),
    ...(typeof record.status === 'number' ? { status: record.status } : {}),
  };
}

/**
 * Classifies a Whatsgate error by its text, where the text says more than the HTTP status (Whatsgate
 * answers 500 for most failures): invalid credentials → `auth`; session not ready →
 * `session-not-ready`; unknown session, message or media, a message without media ("Message has no
 * media", so `downloadMedia` falls back to the media key), or a number not on WhatsApp (the
 * whatsapp-web.js "Evaluation failed … serialize" text) → `not-found`; the plan's session limit →
 * `quota-exceeded`; missing or invalid parameters → `invalid-request`. `undefined` when the text
 * says nothing more; the status then decides, as core's `mapHttpError` does.
 *
 * @example
 * ```ts
 * classifyWhatsgateErrorText({ name: 'Internal Server Error', message: 'WhatsApp session not found' }); // 'not-found'
 * ```
 */
export function classifyWhatsgateErrorText(body: unknown): MessengerErrorCode | undefined {
  const text = readWhatsgateErrorBody(body)?.message ?? (typeof body === 'string' ? body : '');
  return messageRules.find(([pattern]) => pattern.test(text))?.[1];
}

/**
 * Builds the transport's `detectError` hook: maps every Whatsgate error answer (non-2xx, and a
 * Yii2 error body even with HTTP 200) to the core error tree in one place. The message keeps the
 * provider's text and names the request by its full URL path, as the transport's own errors do
 * (`POST /api/v1/send failed with 500: WhatsApp session not found`), redacted; give the transport's
 * `baseUrl` (default: the public API) so that the path matches. The Yii2 `name` goes to
 * `details.providerName`.
 *
 * @example
 * ```ts
 * const transport = createHttpTransport({ provider: whatsgateProvider, baseUrl, redactor, detectError: createWhatsgateErrorDetector(redactor, baseUrl) });
 * ```
 */
export function createWhatsgateErrorDetector(
  redactor: Redactor,
  baseUrl: string = defaultWhatsgateBaseUrl,
): (response: HttpErrorDetectorInput) => MessengerError | undefined {
  return ({ status, body, path: command, method }) => {
    const path = buildRequestUrl(baseUrl, command).pathname;
    const errorBody = readWhatsgateErrorBody(body);
    const isSuccess = status >= 200 && status < 300;
    if (isSuccess && errorBody === undefined) return undefined;
    const reportedStatus = isSuccess ? (errorBody?.status ?? status) : status;
    const base = mapHttpError({
      kind: 'status',
      status: reportedStatus,
      body,
      provider: whatsgateProvider,
      method,
      path,
      redactor,
    });
    const code = (reportedStatus === 429 ? undefined : classifyWhatsgateErrorText(body)) ?? base.code;
    // The transport's own mapping keeps Retry-After; only step in where the Whatsgate text says more.
    if (!isSuccess && code === base.code) return undefined;
    return new MessengerError(base.message, {
      code,
      provider: whatsgateProvider,
      status,
      retryAfterMilliseconds: base.retryAfterMilliseconds,
      details: {
        ...base.details,
        ...(errorBody?.name === undefined ? {} : { providerName: errorBody.name }),
        ...(reportedStatus === status ? {} : { providerStatus: reportedStatus }),
      },
      redactor,
    });
  };
}
