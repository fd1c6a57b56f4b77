import type { CodeChannel, CodeRequest, MessengerErrorCode } from '@switchboard/core';
import { omitUndefined } from '@switchboard/core/adapter';
import { asNumber, asText } from '@switchboard/green-api-protocol';

const rateLimitReasons = new Set(['too_recent', 'too_many', 'too_many_guesses', 'temporarily_unavailable']);
const invalidReasons = new Set(['incorrect', 'missing_param', 'bad_param', 'format_wrong', 'bad_token']);

/**
 * How long SDKWA asks to wait, per field of a registration answer, in milliseconds: `retry_after`
 * (any next attempt), `sms_wait`, `voice_wait` (next code of that kind). Seconds may be numbers or
 * numeric strings (the documented sample mixes both); missing fields are left out.
 */
export function registrationWaits(answer: Record<string, unknown>): {
  retryAfter?: number;
  sms?: number;
  voice?: number;
} {
  const milliseconds = (value: unknown) => {
    const seconds = asNumber(value);
    return seconds === undefined ? undefined : Math.max(0, seconds * 1000);
  };
  const waits = {
    retryAfter: milliseconds(answer.retry_after),
    sms: milliseconds(answer.sms_wait),
    voice: milliseconds(answer.voice_wait),
  };
  return omitUndefined(waits);
}

/**
 * Maps a successful `requestRegistrationCode` answer (`status: "sent"`) to the contract's
 * {@link CodeRequest}: `retryAfterMilliseconds` is the longer of `retry_after` and the wait of the channel used,
 * `waitMilliseconds` has both channels' waits, `length` the code length.
 */
export function mapCodeRequest(answer: Record<string, unknown>, channel: CodeChannel): CodeRequest {
  const waits = registrationWaits(answer);
  const channelWait = channel === 'voice' ? waits.voice : channel === 'sms' ? waits.sms : undefined;
  const known = [waits.retryAfter, channelWait].filter((wait): wait is number => wait !== undefined);
  const waitMilliseconds: Partial<Record<CodeChannel, number>> = {};
  if (waits.sms !== undefined) waitMilliseconds.sms = waits.sms;
  if (waits.voice !== undefined) waitMilliseconds.voice = waits.voice;
  const length = asNumber(answer.length);
  return {
    channel,
    ...(known.length === 0 ? {} : { retryAfterMilliseconds: Math.max(...known) }),
    ...(Object.keys(waitMilliseconds).length === 0 ? {} : { waitMilliseconds }),
    ...(length === undefined ? {} : { length }),
  };
}

/**
 * What a refused `requestRegistrationCode` (`status: "fail"`) means: `rate-limited` with
 * `retryAfterMilliseconds` for WhatsApp's wait reasons only (`too_recent`, `too_many`, `too_many_guesses`,
 * `temporarily_unavailable`), `invalid-request` for a bad number, `provider` otherwise (`blocked`,
 * `no_routes`, …), even when the answer carries waits. `details` carries the `reason`, the
 * per-channel waits and the login.
 */
export function mapRegistrationRefusal(answer: Record<string, unknown>): {
  /** `rate-limited`, `invalid-request` or `provider`. */
  code: MessengerErrorCode;
  /** Error message naming the reason and, when rate-limited, the wait in seconds. */
  text: string;
  /** How long to wait before asking again, for `rate-limited` only. */
  retryAfterMilliseconds?: number;
  /** The `reason`, the per-channel waits in milliseconds and the login. */
  details: Record<string, unknown>;
} {
  const reason = asText(answer.reason) ?? 'unknown';
  const waits = registrationWaits(answer);
  const longest = Math.max(
    0,
    ...[waits.sms, waits.voice].filter((wait): wait is number => wait !== undefined),
  );
  const retryAfterMilliseconds =
    waits.retryAfter !== undefined && waits.retryAfter > 0 ? waits.retryAfter : longest;
  const details = {
    reason,
    waitMilliseconds: { sms: waits.sms, voice: waits.voice },
    login: asText(answer.login),
  };
  if (rateLimitReasons.has(reason)) {
    const seconds = Math.ceil(retryAfterMilliseconds / 1000);
    return {
      code: 'rate-limited',
      text: `registration code refused: ${reason} (retry in ${seconds} s)`,
      retryAfterMilliseconds,
      details,
    };
  }
  const code = invalidReasons.has(reason) ? 'invalid-request' : 'provider';
  return { code, text: `registration code refused: ${reason}`, details };
}
