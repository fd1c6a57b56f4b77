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
      /** A WhatsApp system field, 0 in every capture. */
      flash_type: number;
      /** The phone number the code is for. */
      login: string;
      /** The code's number of digits, as a string (`"6"`). */
      length: string;
      /** Whether the code goes by SMS or voice call. */
      method: SdkwaRegistrationMethod;
      /** `sent` when a code went out, `fail` when it was refused. */
      status: 'sent';
      /** Seconds until any new code may be requested. */
      retry_after: number;
      /** Seconds until a new SMS code may be requested. */
      sms_wait: number;
      /** Seconds until a new voice code may be requested. */
      voice_wait: string;
      /** Seconds a received code stays valid, as a string. */
      wa_old_wait: string;
    }
  | {
      /** `sent` when a code went out, `fail` when it was refused. */
      status: 'fail';
      /** Why WhatsApp refused, e.g. `too_recent`, `blocked`, `no_routes`. */
      reason: string;
      /** The phone number the code is for. */
      login: string;
      /** Seconds until any new code may be requested. */
      retry_after: number;
      /** Seconds until a new SMS code may be requested. */
      sms_wait: number;
      /** Seconds until a new voice code may be requested. */
      voice_wait: number;
    };

/** Timings of {@link SdkwaRegistration}. */
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
 */
export class SdkwaRegistration {
  readonly #timings: SdkwaRegistrationTimings;
  readonly #generate: () => string;
  readonly #availableAt = new Map<string, Record<SdkwaRegistrationMethod, number>>();
  #pending: PendingRegistration | undefined;
  /** When set, every request is refused with this `reason` (control API). */
  refusalReason: string | undefined;

  constructor(timings: SdkwaRegistrationTimings, generate: () => string) {
    this.#timings = timings;
    this.#generate = generate;
  }

  /** Requests a code by SMS or voice call. */
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

  /** The code that was "sent" and is still valid (what the user would read on the phone). */
  pending(now: number = Date.now()): Readonly<PendingRegistration> | undefined {
    return this.#pending !== undefined && this.#pending.expiresAt > now ? this.#pending : undefined;
  }

  /** Checks a code; returns the registered phone number and forgets the code when it matches a valid code. */
  verify(code: string, now: number = Date.now()): string | undefined {
    const pending = this.pending(now);
    if (pending === undefined || pending.code !== code) return undefined;
    this.#pending = undefined;
    return pending.phone;
  }

  /** Forgets the pending code and all countdowns. */
  reset(): void {
    this.#pending = undefined;
    this.#availableAt.clear();
  }
}
