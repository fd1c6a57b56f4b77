import type { JsonObject } from './green-api-types.js';

/**
 * A quota set through the control API (Developer plan, reference §4.5).
 *
 * @example
 * control.setQuota(id, { total: 10, correspondentsTotal: 3 });
 */
export interface GreenApiQuota {
  /** Method calls allowed for the month (default: unlimited). */
  total?: number;
  /** Calls already used (default 0). */
  used?: number;
  /** Distinct chats allowed (default: unlimited; the real plan allows 3). */
  correspondentsTotal?: number;
  /** Chats already counted. */
  correspondents?: string[];
  /** Metered methods (default: the send methods). */
  methods?: string[];
}

/**
 * Why a call was refused: the 466 body and the `quotaData` of the `quotaExceeded` notification.
 *
 * @example
 * if (refusal) return jsonResponse(466, refusal.body);
 */
export interface GreenApiQuotaRefusal {
  body: JsonObject;
  quotaData: JsonObject;
}

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
 * Counts metered calls and correspondents and refuses calls over the quota (HTTP 466).
 *
 * @example
 * const meter = new QuotaMeter();
 * meter.configure({ total: 1 });
 * meter.charge('sendMessage', () => '1@c.us'); // undefined
 * meter.charge('sendMessage', () => '1@c.us'); // refusal
 */
export class QuotaMeter {
  #quota: Required<Omit<GreenApiQuota, 'correspondents' | 'methods'>> | undefined;
  #methods = new Set<string>();
  #correspondents = new Set<string>();

  /**
   * Sets (or with `undefined` removes) the quota.
   *
   * @example
   * meter.configure(undefined);
   */
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
   * Counts one call; returns a refusal when it is over the quota (the call is then not counted). The chat id is
   * read lazily, only when a quota applies.
   *
   * @example
   * const refusal = meter.charge('sendMessage', () => chatId);
   */
  charge(method: string, chatIdOf: () => string | undefined): GreenApiQuotaRefusal | undefined {
    const quota = this.#quota;
    if (quota === undefined || !this.#methods.has(method.toLowerCase())) return undefined;
    const chatId = chatIdOf();
    const invokeExceeded = quota.used + 1 > quota.total;
    const newCorrespondent = chatId !== undefined && !this.#correspondents.has(chatId);
    const correspondentsExceeded = newCorrespondent && this.#correspondents.size >= quota.correspondentsTotal;
    if (!invokeExceeded && !correspondentsExceeded) {
      quota.used += 1;
      if (newCorrespondent) this.#correspondents.add(chatId);
      return undefined;
    }
    const total = (value: number) => (Number.isFinite(value) ? value : 0);
    const invokeStatus = {
      method,
      used: quota.used + 1,
      total: total(quota.total),
      status: invokeExceeded ? 'QUOTE_EXCEEDED' : 'QUOTE_ALLOWED',
      description: invokeExceeded
        ? `Monthly quota of ${total(quota.total)} method calls has been exceeded`
        : 'Quota of method calls is not exceeded',
    };
    const correspondentsStatus = {
      method: 'correspondents',
      used: this.#correspondents.size + (correspondentsExceeded ? 1 : 0),
      total: total(quota.correspondentsTotal),
      status: correspondentsExceeded ? 'CORRESPONDENTS_QUOTE_EXCEEDED' : 'CORRESPONDENTS_QUOTE_ALLOWED',
      description: correspondentsExceeded
        ? `Allowed correspondents: ${[...this.#correspondents].join(', ')}`
        : 'Quota of correspondents is not exceeded',
    };
    const quotaData = invokeExceeded ? invokeStatus : { ...correspondentsStatus, status: 'QUOTE_EXCEEDED' };
    return { body: { invokeStatus, correspondentsStatus }, quotaData: { ...quotaData, method } };
  }
}
