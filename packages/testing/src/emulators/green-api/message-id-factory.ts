import { hexId } from '../shared/index.js';
import type { GreenApiTypeInstance } from './green-api-types.js';

/**
 * Message ids in each messenger's format: upper-case hex on WhatsApp (`BAE5…` for API sends, 32 hex for incoming),
 * strictly increasing millisecond-timestamp numeric strings on Telegram/MAX (`"1769676078000"`).
 */
export class MessageIdFactory {
  readonly #typeInstance: GreenApiTypeInstance;
  readonly #random: () => number;
  #lastNumeric = 0;

  constructor(typeInstance: GreenApiTypeInstance, random: () => number) {
    this.#typeInstance = typeInstance;
    this.#random = random;
  }

  /** An id for a message this instance sends. */
  outgoing(): string {
    return this.#typeInstance === 'whatsapp' ? `BAE5${hexId(12, this.#random)}` : this.#numeric();
  }

  /** An id for a message this instance receives (or a call). */
  incoming(): string {
    return this.#typeInstance === 'whatsapp' ? hexId(32, this.#random) : this.#numeric();
  }

  #numeric(): string {
    this.#lastNumeric = Math.max(Date.now(), this.#lastNumeric + 1);
    return String(this.#lastNumeric);
  }
}
