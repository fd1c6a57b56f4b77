import {
  type HttpErrorDetectorInput,
  type MessengerErrorCode,
  MessengerError,
  mapHttpError,
  type Redactor,
} from '@switchboard/core';

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
  name?: string;
  message?: string;
  code?: number;
  status?: number;
}

const messageRules: ReadonlyArray<readonly [RegExp, MessengerErrorCode]> = [
  [/invalid credentials|api.?key|unauthori[sz]ed/i, 'auth'],
  [/session.*not ready|not ready|not authori[sz]ed|not logged/i, 'session-not-ready'],
  [/session limit|limit of (your|the) plan|plan limit|tariff/i, 'quota-exceeded'],
  [/evaluation failed.*serialize|not (registered )?on whatsapp|not registered/i, 'not-found'],
  [/not found|does not exist|unknown (session|whatsapp)/i, 'not-found'],
  [/missing required|invalid (parameter|json)|required parameter|must be|bad request/i, 'invalid-request'],
  [/too many requests|rate limit/i, 'rate-limited'],
];

/**
 * Reads a Yii2-shaped error out of a Whatsgate answer body, or `undefined` when it is not one.
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
  if (typeof record.message !== 'string' || typeof record.name !== 'string') return undefined;
  if (record.result !== undefined && record.result !== 'ERROR' && record.result !== 'error' && record.result !== false) {
    return undefined;
  }
  return {
    name: record.name,
    message: record.message,
    ...(typeof record.code === 'number' ? { code: record.code } : {}),
    ...(typeof record.status === 'number' ? { status: record.status } : {}),
  };
}

/**
 * Classifies a Whatsgate failure: 401/403 → `auth`; by the error text: session not ready →
 * `session-not-ready`, unknown session/media/message or a number not on WhatsApp (the whatsapp-web.js
 * "Evaluation failed … serialize" text) → `not-found`, plan session limit → `quota-exceeded`, missing
 * or invalid parameters → `invalid-request`; then by status (404 `not-found`, 400/405/422
 * `invalid-request`, 429 `rate-limited`, other 4xx `invalid-request`, 5xx `provider`).
 *
 * @example
 * ```ts
 * classifyWhatsgateError(500, { name: 'Internal Server Error', message: 'WhatsApp session not found' }); // 'not-found'
 * ```
 */
export function classifyWhatsgateError(status: number, body: unknown): MessengerErrorCode {
  if (status === 401 || status === 403) return 'auth';
  if (status === 429) return 'rate-limited';
  const text = readWhatsgateErrorBody(body)?.message ?? (typeof body === 'string' ? body : '');
  for (const [pattern, code] of messageRules) if (pattern.test(text)) return code;
  if (status === 404) return 'not-found';
  if (status >= 400 && status < 500) return 'invalid-request';
  return 'provider';
}

/**
 * Builds the transport's `detectError` hook: maps every Whatsgate error answer (non-2xx, and a
 * Yii2 error body even with HTTP 200) to the core error tree in one place. The message keeps the
 * provider's text (`POST /api/v1/send failed with 500: WhatsApp session not found`), redacted; the
 * Yii2 `name` goes to `details.providerName`.
 *
 * @example
 * ```ts
 * const transport = createHttpTransport({ provider: 'whatsgate', baseUrl, redactor, detectError: createWhatsgateErrorDetector(redactor) });
 * ```
 */
export function createWhatsgateErrorDetector(
  redactor: Redactor,
): (response: HttpErrorDetectorInput) => MessengerError | undefined {
  return ({ status, body, path, method }) => {
    const errorBody = readWhatsgateErrorBody(body);
    const isSuccess = status >= 200 && status < 300;
    if (isSuccess && errorBody === undefined) return undefined;
    const reportedStatus = isSuccess ? (errorBody?.status ?? status) : status;
    const base = mapHttpError({ kind: 'status', status: reportedStatus, body, provider: 'whatsgate', method, path, redactor });
    const code = classifyWhatsgateError(reportedStatus, body);
    // The transport's own mapping keeps Retry-After; only step in where the Whatsgate text says more.
    if (!isSuccess && code === base.code) return undefined;
    return new MessengerError(base.message, {
      code,
      provider: 'whatsgate',
      status,
      retryAfterMs: base.retryAfterMs,
      details: {
        ...base.details,
        ...(errorBody?.name === undefined ? {} : { providerName: errorBody.name }),
      },
    });
  };
}
