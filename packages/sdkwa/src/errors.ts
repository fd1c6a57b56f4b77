import { MessengerError, type MessengerErrorCode } from '@switchboard/core';
import { type HttpErrorDetectorInput, isRecord, ownValue, type Redactor } from '@switchboard/core/adapter';
import { asRecord, asText, confirmationFields } from '@switchboard/green-api-protocol';
import { mapRegistrationRefusal } from './mappers/map-code-request.js';
import { sdkwaProvider } from './sdkwa-provider.js';

/** Methods that answer `{result, message}` (Telegram sign-in, `createApp`, `getPairingCode`). */
const resultMethods = new Set([
  'sendConfirmationCode',
  'signInWithConfirmationCode',
  'createApp',
  'getPairingCode',
  'requestAuthorizationCode',
]);

const codeMethods = new Set(['sendRegistrationCode', 'signInWithConfirmationCode']);

const userErrorCodes: Readonly<Record<number, MessengerErrorCode>> = {
  400: 'invalid-request',
  401: 'auth',
  403: 'auth',
  404: 'not-found',
  429: 'rate-limited',
  464: 'quota-exceeded',
};

type Fail = (
  code: MessengerErrorCode,
  text: string,
  extra?: { retryAfterMilliseconds?: number; isRetryable?: boolean; details?: Record<string, unknown> },
) => MessengerError;

/**
 * Builds SDKWA's error detector for the core transport. It maps, in one place, the failures SDKWA sends
 * with HTTP 200 (`false` confirmations, `"Error: item-not-found"` strings, `getAuthorizationCode`
 * `status:false`, registration refusals `status:"fail"` → `rate-limited` with `retryAfterMilliseconds` for
 * WhatsApp's wait reasons and `provider` or `invalid-request` for the others, a wrong
 * registration or Telegram code → `invalid-request` "invalid code", `{result:false}` answers of the
 * Telegram methods and of the user-level API, avatar `reason`s) and the texts of HTTP 400 bodies that
 * mean something else than a bad request (not authorized, rate limits, a wrong user token). Messages are
 * redacted; `undefined` leaves the response to the transport's default mapping.
 *
 * @example
 * ```ts
 * const transport = createHttpTransport({ provider: 'sdkwa', baseUrl, redactor, detectError: createSdkwaErrorDetector(redactor) });
 * ```
 */
export function createSdkwaErrorDetector(
  redactor: Redactor,
): (response: HttpErrorDetectorInput) => MessengerError | undefined {
  return (response) => {
    const method = sdkwaMethodOfPath(response.path);
    const fail: Fail = (code, text, extra = {}) =>
      new MessengerError(`SDKWA ${method} failed${statusText(response.status)}: ${text}`, {
        code,
        provider: sdkwaProvider,
        status: response.status,
        ...(extra.retryAfterMilliseconds === undefined
          ? {}
          : { retryAfterMilliseconds: extra.retryAfterMilliseconds }),
        ...(extra.isRetryable === undefined ? {} : { isRetryable: extra.isRetryable }),
        details: { method, ...extra.details },
        redactor,
      });
    const { body } = response;
    if (isUserApiPath(response.path) && isRecord(body) && body.result === false)
      return userApiError(body, fail);
    if (response.status === 400) return badRequestError(body, fail);
    if (response.status < 200 || response.status >= 300) return undefined;
    return successBodyError(method, body, fail);
  };
}

function successBodyError(method: string, body: unknown, fail: Fail): MessengerError | undefined {
  if (typeof body === 'string' && /^\s*error:/i.test(body)) {
    return /not.?found/i.test(body) ? fail('not-found', body.trim()) : fail('provider', body.trim());
  }
  if (
    method === 'getAuthorizationCode' &&
    (body === null || body === false || fieldOf(body, 'status') === false)
  ) {
    return fail(
      'provider',
      'SDKWA gave no pairing code; is the instance already authorized? Try again later',
    );
  }
  if (!isRecord(body)) return undefined;
  if (
    body.status === 'fail' &&
    (method === 'requestRegistrationCode' || method === 'requestAuthorizationCode')
  ) {
    const refusal = mapRegistrationRefusal(body);
    return fail(refusal.code, refusal.text, {
      ...(refusal.retryAfterMilliseconds === undefined
        ? {}
        : { retryAfterMilliseconds: refusal.retryAfterMilliseconds }),
      isRetryable: refusal.code === 'rate-limited',
      details: refusal.details,
    });
  }
  if (codeMethods.has(method) && (body.type === 'error' || body.result === false)) {
    const message = asText(body.message) ?? 'Invalid code';
    return fail('invalid-request', /invalid code/i.test(message) ? 'invalid code' : message, {
      details: { providerMessage: message },
    });
  }
  if (resultMethods.has(method) && body.result === false) {
    return fail(
      'invalid-request',
      asText(body.message) ?? asText(body.error) ?? 'the provider answered result: false',
    );
  }
  if (method === 'getAvatar' && asText(body.reason) !== undefined) {
    const reason = String(body.reason);
    return /limit|timeout/i.test(reason) ? fail('rate-limited', reason) : fail('invalid-request', reason);
  }
  const field = ownValue(confirmationFields, method);
  if (field !== undefined && body[field] === false) {
    return fail('invalid-request', asText(body.reason) ?? `the provider answered ${field}: false`);
  }
  return undefined;
}

function badRequestError(body: unknown, fail: Fail): MessengerError | undefined {
  const text = isRecord(body) ? (asText(body.message) ?? asText(body.error)) : asText(body);
  if (text === undefined) return undefined;
  if (/not authori[sz]ed|starting/i.test(text)) return fail('session-not-ready', text);
  if (/limit exceeded|too many/i.test(text)) return fail('rate-limited', text);
  return undefined;
}

function userApiError(body: Record<string, unknown>, fail: Fail): MessengerError {
  const error = body.error;
  if (isRecord(error)) {
    const code = typeof error.code === 'number' ? error.code : undefined;
    const description =
      asText(error.description) ?? asText(error.message) ?? 'the user API answered result: false';
    const mapped = code === undefined ? 'provider' : (ownValue(userErrorCodes, code) ?? 'provider');
    return fail(mapped, code === undefined ? description : `${description} (code ${code})`, {
      details: { userApiCode: code },
    });
  }
  const text = asText(error) ?? 'the user API answered result: false';
  if (/token|unauthori[sz]ed|forbidden/i.test(text)) return fail('auth', text);
  if (/not found/i.test(text)) return fail('not-found', text);
  return fail('invalid-request', text);
}

/**
 * Reads the SDKWA method name out of a request path: `whatsapp/1101000001/sendMessage` →
 * `sendMessage`, `telegram/1101000002/deleteNotification/13` → `deleteNotification`, and
 * `api/v1/instance/user/instances/list` → `instances/list` for the user-level API.
 *
 * @example
 * ```ts
 * sdkwaMethodOfPath('/whatsapp/1101000001/getSettings'); // 'getSettings'
 * ```
 */
export function sdkwaMethodOfPath(path: string): string {
  const relative = path.replace(/^\/+/, '');
  if (isUserApiPath(relative)) return relative.replace(/^api\/v1\/instance\/user\//i, '');
  return relative.split('/')[2] ?? 'request';
}

function isUserApiPath(path: string): boolean {
  return /^\/*api\/v1\/instance\/user\//i.test(path);
}

function statusText(status: number): string {
  return status >= 200 && status < 300 ? ` (HTTP ${status})` : ` with ${status}`;
}

function fieldOf(value: unknown, field: string): unknown {
  return asRecord(value)[field];
}
