/**
 * How the registration code is delivered.
 *
 * @example
 * const method: SdkwaRegistrationMethod = 'voice';
 */
export type SdkwaRegistrationMethod = 'sms' | 'voice';

/**
 * The WhatsApp code-request JSON that `requestRegistrationCode` passes through. Mixed types are intentional:
 * the reference sample has `length`, `voice_wait`, `wa_old_wait` as strings and `retry_after`, `sms_wait` as numbers.
 *
 * @example
 * const sent: SdkwaRegistrationAnswer = {
 *   flash_type: 0, login: '7123456789', length: '6', method: 'sms', status: 'sent',
 *   retry_after: 0, sms_wait: 60, voice_wait: '0', wa_old_wait: '300',
 * };
 */
export type SdkwaRegistrationAnswer =
  | {
      flash_type: number;
      login: string;
      length: string;
      method: SdkwaRegistrationMethod;
      status: 'sent';
      retry_after: number;
      sms_wait: number;
      voice_wait: string;
      wa_old_wait: string;
    }
  | {
      status: 'fail';
      reason: string;
      login: string;
      retry_after: number;
      sms_wait: number;
      voice_wait: number;
    };

/**
 * Timings of {@link SdkwaRegistration}.
 *
 * @example
 * const timings: SdkwaRegistrationTimings = { smsWaitMilliseconds: 60_000, voiceWaitMilliseconds: 60_000, codeTtlMilliseconds: 300_000 };
 */
export interface SdkwaRegistrationTimings {
  smsWaitMilliseconds: number;
  voiceWaitMilliseconds: number;
  codeTtlMilliseconds: number;
}

interface PendingRegistration {
  code: string;
  phone: string;
  method: SdkwaRegistrationMethod;
  expiresAt: number;
}

const seconds = (milliseconds: number): number => Math.max(0, Math.ceil(milliseconds / 1000));

/**
 * SMS/voice registration of a number as a WhatsApp *mobile* account: per-number `sms_wait`/`voice_wait` countdowns,
 * a `too_recent` refusal while the countdown of the requested method runs [I], and one valid code at a time
 * (a new request replaces the previous code). `retry_after` of a success is the shorter of both waits (matches both
 * reference samples); of a refusal it is the remaining wait of the requested method.
 *
 * @example
 * const registration = new SdkwaRegistration(timings, () => '123456');
 * registration.request('7123456789', 'sms').status; // 'sent'
 * registration.request('7123456789', 'sms').status; // 'fail' (too_recent)
 * registration.verify('123456'); // '7123456789'
 */
export class SdkwaRegistration {
  readonly #timings: SdkwaRegistrationTimings;
  readonly #generate: () => string;
  readonly #availableAt = new Map<string, Record<SdkwaRegistrationMethod, number>>();
  #pending: PendingRegistration | undefined;
  /** When set, every request is refused with this `reason` (control API). */
  refusalReason: string | undefined;

  /**
   * @example
   * new SdkwaRegistration({ smsWaitMilliseconds: 100, voiceWaitMilliseconds: 100, codeTtlMilliseconds: 1000 }, () => '111111');
   */
  constructor(timings: SdkwaRegistrationTimings, generate: () => string) {
    this.#timings = timings;
    this.#generate = generate;
  }

  /**
   * Requests a code by SMS or voice call.
   *
   * @example
   * registration.request('7123456789', 'voice');
   */
  request(phone: string, method: SdkwaRegistrationMethod, now: number = Date.now()): SdkwaRegistrationAnswer {
    const available = this.#availableAt.get(phone) ?? { sms: 0, voice: 0 };
    const smsWait = seconds(available.sms - now);
    const voiceWait = seconds(available.voice - now);
    const refusal = this.refusalReason ?? (available[method] > now ? 'too_recent' : undefined);
    if (refusal !== undefined) {
      const retryAfter = method === 'sms' ? smsWait : voiceWait;
      return {
        status: 'fail',
        reason: refusal,
        login: phone,
        retry_after: retryAfter,
        sms_wait: smsWait,
        voice_wait: voiceWait,
      };
    }
    const wait = method === 'sms' ? this.#timings.smsWaitMilliseconds : this.#timings.voiceWaitMilliseconds;
    available[method] = now + wait;
    this.#availableAt.set(phone, available);
    const code = this.#generate();
    this.#pending = { code, phone, method, expiresAt: now + this.#timings.codeTtlMilliseconds };
    const nextSms = seconds(available.sms - now);
    const nextVoice = seconds(available.voice - now);
    return {
      flash_type: 0,
      login: phone,
      length: String(code.length),
      method,
      status: 'sent',
      retry_after: Math.min(nextSms, nextVoice),
      sms_wait: nextSms,
      voice_wait: String(nextVoice),
      wa_old_wait: String(seconds(this.#timings.codeTtlMilliseconds)),
    };
  }

  /**
   * The code that was "sent" and is still valid (what the user would read on the phone).
   *
   * @example
   * registration.pending()?.code;
   */
  pending(now: number = Date.now()): Readonly<PendingRegistration> | undefined {
    return this.#pending !== undefined && this.#pending.expiresAt > now ? this.#pending : undefined;
  }

  /**
   * Checks a code; returns the registered phone number and forgets the code when it matches a valid code.
   *
   * @example
   * registration.verify('123456'); // '7123456789' or undefined
   */
  verify(code: string, now: number = Date.now()): string | undefined {
    const pending = this.pending(now);
    if (pending === undefined || pending.code !== code) return undefined;
    this.#pending = undefined;
    return pending.phone;
  }

  /**
   * Forgets the pending code and all countdowns.
   *
   * @example
   * registration.reset();
   */
  reset(): void {
    this.#pending = undefined;
    this.#availableAt.clear();
  }
}
