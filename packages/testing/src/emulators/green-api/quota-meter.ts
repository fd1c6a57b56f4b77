import type { JsonObject } from './green-api-types.js';

/**
 * A quota set through the control API (Developer plan, reference §4.5).
 *
 * @example
 * control.setQuota(id, { total: 10, correspondentsTotal: 3 });
 */
export interface GreenApiQuota {
  /** Method calls allowed for the month (default: unlimited, written as `Number.MAX_SAFE_INTEGER` in 466 bodies). */
  total?: number;
  /** Calls already used (default 0). */
  used?: number;
  /**
   * Distinct chats allowed (default: unlimited, written as `Number.MAX_SAFE_INTEGER` in 466 bodies; the real plan
   * allows 3).
   */
  correspondentsTotal?: number;
  /** Chats already counted. */
  correspondents?: string[];
  /** Metered methods (default: the send methods). Only calls the emulator accepts (2xx) are counted. */
  methods?: string[];
}

/** Why a call was refused: the 466 body and the `quotaData` of the `quotaExceeded` notification. */
export interface GreenApiQuotaRefusal {
  body: JsonObject;
  quotaData: JsonObject;
}

type QuotaLimits = Required<Omit<GreenApiQuota, 'correspondents' | 'methods'>>;

const defaultMeteredMethods = [
  'sendMessage',
  'sendFileByUrl',
  'sendFileByUpload',
  'sendLocation',
  'sendContact',
  'sendPoll',
  'forwardMessages',
  'sendInteractiveButtons',
];

/**
 * Counts metered calls and correspondents and refuses calls over the quota (HTTP 466). Checking and counting are
 * separate steps so that only calls the emulator accepted are counted.
 */
export class QuotaMeter {
  #quota: QuotaLimits | undefined;
  #methods = new Set<string>();
  #correspondents = new Set<string>();

  /** Sets (or with `undefined` removes) the quota. */
  configure(quota: GreenApiQuota | undefined): void {
    if (quota === undefined) {
      this.#quota = undefined;
      return;
    }
    this.#quota = {
      total: quota.total ?? Number.POSITIVE_INFINITY,
      used: quota.used ?? 0,
      correspondentsTotal: quota.correspondentsTotal ?? Number.POSITIVE_INFINITY,
    };
    this.#methods = new Set((quota.methods ?? defaultMeteredMethods).map((method) => method.toLowerCase()));
    this.#correspondents = new Set(quota.correspondents ?? []);
  }

  /**
   * Whether one more call would be over the quota, without counting it: the refusal, or `undefined` when the call
   * may go ahead. The chat id is read lazily, only when a quota applies to the method.
   */
  refusal(method: string, chatIdOf: () => string | undefined): GreenApiQuotaRefusal | undefined {
    const quota = this.#metered(method);
    if (quota === undefined) return undefined;
    const chatId = chatIdOf();
    const invokeExceeded = quota.used + 1 > quota.total;
    const newCorrespondent = chatId !== undefined && !this.#correspondents.has(chatId);
    const correspondentsExceeded = newCorrespondent && this.#correspondents.size >= quota.correspondentsTotal;
    if (!invokeExceeded && !correspondentsExceeded) return undefined;
    const invokeStatus = {
      method,
      used: quota.used + 1,
      total: limitOf(quota.total),
      status: invokeExceeded ? 'QUOTE_EXCEEDED' : 'QUOTE_ALLOWED',
      description: invokeExceeded
        ? `Monthly quota of ${limitOf(quota.total)} method calls has been exceeded`
        : 'Quota of method calls is not exceeded',
    };
    const correspondentsStatus = {
      method: 'correspondents',
      used: this.#correspondents.size + (correspondentsExceeded ? 1 : 0),
      total: limitOf(quota.correspondentsTotal),
      status: correspondentsExceeded ? 'CORRESPONDENTS_QUOTE_EXCEEDED' : 'CORRESPONDENTS_QUOTE_ALLOWED',
      description: correspondentsExceeded
        ? `Allowed correspondents: ${[...this.#correspondents].join(', ')}`
        : 'Quota of correspondents is not exceeded',
    };
    const quotaData = invokeExceeded ? invokeStatus : { ...correspondentsStatus, status: 'QUOTE_EXCEEDED' };
    return { body: { invokeStatus, correspondentsStatus }, quotaData: { ...quotaData, method } };
  }

  /**
   * Counts one accepted call of a metered method and its chat as a correspondent (no-op for other methods or
   * without a quota). Call {@link QuotaMeter.refusal} first: this does not check the limits.
   */
  charge(method: string, chatIdOf: () => string | undefined): void {
    const quota = this.#metered(method);
    if (quota === undefined) return;
    quota.used += 1;
    const chatId = chatIdOf();
    if (chatId !== undefined) this.#correspondents.add(chatId);
  }

  #metered(method: string): QuotaLimits | undefined {
    return this.#methods.has(method.toLowerCase()) ? this.#quota : undefined;
  }
}

/**
 * A limit as written in a 466 body: the reference's bodies always carry a number, so an unlimited dimension is
 * written as `Number.MAX_SAFE_INTEGER` (never a `total` below `used`).
 */
function limitOf(limit: number): number {
  return Number.isFinite(limit) ? limit : Number.MAX_SAFE_INTEGER;
}
