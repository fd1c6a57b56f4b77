import { MessengerError, type MessengerErrorCode } from '@switchboard/core';
import { isRecord, ownValue, type Redactor } from '@switchboard/core/adapter';
import { confirmationFields } from '@switchboard/green-api-protocol';
import { greenApiProvider } from './green-api-provider.js';

/**
 * What the transport hands to an error detector: the HTTP status, the parsed body (or its text) and
 * the request path (which contains the token, so it is only used to read the method name).
 *
 * @example
 * ```ts
 * const response: GreenApiResponseForDetection = { status: 200, body: 'Error: item-not-found', path };
 * ```
 */
export interface GreenApiResponseForDetection {
  /** HTTP status of the answer. */
  status: number;
  /** Parsed body of the answer. */
  body: unknown;
  /** Path of the request, with the token already redacted. */
  path: string;
}

/** The protocol's confirmation methods plus the partner API's `deleteInstanceAccount`. */
const greenApiConfirmationFields: Readonly<Record<string, string>> = buildGreenApiConfirmationFields();

// @__NO_SIDE_EFFECTS__
function buildGreenApiConfirmationFields(): Readonly<Record<string, string>> {
  return {
    ...confirmationFields,
    deleteInstanceAccount: 'deleteInstanceAccount',
  };
}

const authorizationMethods = new Set([
  'startAuthorization',
  'sendAuthorizationCode',
  'sendAuthorizationPassword',
]);

/**
 * Builds GREEN-API's error detector for the core transport. It maps, in one place, the errors GREEN-API
 * sends with HTTP 200 (`"Error: item-not-found"` strings from `getGroupData`, `getAvatar` and picture
 * `reason`s, `false` confirmations, `clearWebhooksQueue` `isCleared:false` + `leftTime`, authorization
 * `status:false`, `getAuthorizationCode` `null`/`false`, partner `{code, description}`) and the bodies
 * of 400 (message text kept) and 466 (quota). Messages are redacted; `undefined` leaves the response
 * to the transport's default mapping.
 *
 * @example
 * ```ts
 * const transport = createHttpTransport({ provider: 'green-api', baseUrl, redactor, detectError: createGreenApiErrorDetector(redactor) });
 * ```
 */
export function createGreenApiErrorDetector(
  redactor: Redactor,
): (response: GreenApiResponseForDetection) => MessengerError | undefined {
  return (response) => {
    if (response.status >= 200 && response.status < 300 && looksLikeSuccess(response.body)) return undefined;
    const method = methodOfPath(response.path);
    const fail = (code: MessengerErrorCode, text: string, extra: Partial<ErrorExtras> = {}) =>
      new MessengerError(`GREEN-API ${method} failed${statusText(response.status)}: ${text}`, {
        code,
        provider: greenApiProvider,
        status: response.status,
        ...extra,
        details: { method, ...extra.details },
        redactor,
      });
    if (response.status === 466) return quotaError(response.body, fail);
    if (response.status === 400) return badRequestError(response.body, fail);
    if (response.status < 200 || response.status >= 300) return undefined;
    return successBodyError(method, response.path, response.body, fail);
  };
}

interface ErrorExtras {
  retryAfterMilliseconds: number;
  isRetryable: boolean;
  details: Record<string, unknown>;
}

type Fail = (code: MessengerErrorCode, text: string, extra?: Partial<ErrorExtras>) => MessengerError;

function successBodyError(
  method: string,
  path: string,
  body: unknown,
  fail: Fail,
): MessengerError | undefined {
  if (typeof body === 'string' && /^\s*error:/i.test(body)) return stringBodyError(body.trim(), fail);
  if (
    method === 'getAuthorizationCode' &&
    (body === null || body === false || fieldOf(body, 'status') === false)
  ) {
    return fail('provider', 'GREEN-API gave no pairing code; check the phone number and try again later');
  }
  if (!isRecord(body)) return undefined;
  if (path.startsWith('partner/') && typeof body.code === 'number' && body.code >= 400) {
    return partnerError(body.code, textOf(body.description) ?? 'partner API error', fail);
  }
  if (method === 'clearWebhooksQueue' && body.isCleared === false) {
    const leftSeconds = typeof body.leftTime === 'number' ? body.leftTime : 60;
    return fail('rate-limited', `${textOf(body.reason) ?? 'Too many requests'} (retry in ${leftSeconds} s)`, {
      retryAfterMilliseconds: Math.max(0, leftSeconds * 1000),
    });
  }
  if (method === 'getAvatar' && textOf(body.reason) !== undefined)
    return avatarError(String(body.reason), fail);
  if (authorizationMethods.has(method)) return authorizationError(body, fail);
  const field = ownValue(greenApiConfirmationFields, method);
  if (field !== undefined && body[field] === false) {
    return fail('invalid-request', textOf(body.reason) ?? `the provider answered ${field}: false`);
  }
  return undefined;
}

/**
 * Whether a 2xx body is a record that no rule of `successBodyError` can read as a failure: none of its values is
 * `false` and it has no `code`, `reason` or `data` (so the detector skips naming the method).
 */
function looksLikeSuccess(body: unknown): boolean {
  if (!isRecord(body)) return false;
  for (const key in body) {
    if (key === 'code' || key === 'reason' || key === 'data' || body[key] === false) return false;
  }
  return true;
}

function stringBodyError(text: string, fail: Fail): MessengerError {
  if (/item-not-found|not.?found/i.test(text)) return fail('not-found', text);
  if (/forbidden/i.test(text))
    return fail('invalid-request', `${text} (the account may not be a member or admin)`);
  return fail('provider', text);
}

function avatarError(reason: string, fail: Fail): MessengerError {
  return /timeout/i.test(reason) ? fail('timeout', reason) : fail('invalid-request', reason);
}

function authorizationError(body: Record<string, unknown>, fail: Fail): MessengerError | undefined {
  const data = isRecord(body.data) ? body.data : {};
  if (body.status !== false && data.status !== 'fail') return undefined;
  const reason = textOf(data.reason) ?? textOf(body.reason) ?? 'the provider refused the authorization step';
  return fail('invalid-request', reason, { details: { reason } });
}

function partnerError(code: number, description: string, fail: Fail): MessengerError {
  const codes: Readonly<Record<number, MessengerErrorCode>> = {
    400: 'invalid-request',
    401: 'auth',
    403: 'auth',
    404: 'not-found',
    429: 'rate-limited',
    466: 'quota-exceeded',
  };
  return fail(ownValue(codes, code) ?? 'provider', `${description} (code ${code})`, {
    details: { partnerCode: code },
  });
}

function quotaError(body: unknown, fail: Fail): MessengerError {
  const record = isRecord(body) ? body : {};
  const statuses = [record.invokeStatus, record.correspondentsStatus].filter(isRecord);
  const exceeded = statuses.find((status) => /EXCEEDED/.test(String(status.status))) ?? statuses[0];
  const description = textOf(exceeded?.description) ?? 'the quota of the plan is used up';
  return fail('quota-exceeded', description, {
    details: {
      invokeStatus: record.invokeStatus,
      correspondentsStatus: record.correspondentsStatus,
      quotaMethod: exceeded?.method,
    },
  });
}

function badRequestError(body: unknown, fail: Fail): MessengerError {
  const text = (isRecord(body) ? textOf(body.message) : textOf(body)) ?? 'bad request';
  if (/starting|not authori[sz]ed/i.test(text)) return fail('session-not-ready', text);
  if (/instance is deleted|not found/i.test(text)) return fail('not-found', text);
  return fail('invalid-request', text);
}

/**
 * Reads the GREEN-API method name out of a request path (`waInstance1101/sendMessage/<token>` →
 * `sendMessage`, `partner/getInstances/<token>` → `getInstances`).
 *
 * @example
 * ```ts
 * methodOfPath('waInstance1101/getSettings/token'); // 'getSettings'
 * ```
 */
export function methodOfPath(path: string): string {
  // indexOf rather than a regular expression and split: the detector reads every answer.
  let start = 0;
  while (path[start] === '/') start += 1;
  const methodStart = path.indexOf('/', start) + 1;
  if (methodStart === 0) return 'request';
  const methodEnd = path.indexOf('/', methodStart);
  return path.slice(methodStart, methodEnd === -1 ? path.length : methodEnd);
}

function statusText(status: number): string {
  return status >= 200 && status < 300 ? ` (HTTP ${status})` : ` with ${status}`;
}

function fieldOf(value: unknown, field: string): unknown {
  return isRecord(value) ? value[field] : undefined;
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
