import { IdentifierFactory } from '../shared/identifiers.js';

const pairingAlphabet = 'ABCDEFGHJKLMNPQRSTVWXYZ0123456789';

/** Generators of Whatsgate-looking ids; deterministic with a seed. */
export class WhatsgateIdentifiers {
  readonly #factory: IdentifierFactory;

  constructor(seed?: number) {
    this.#factory = new IdentifierFactory(seed);
  }

  /** Next value of a named counter. */
  next(name: string, start = 1): number {
    return this.#factory.next(name, start);
  }

  /**
   * The short id of a message: `3EB0` + 16 hex for messages sent through the API (WhatsApp Web style), 32 hex for
   * messages from phones.
   */
  messageShortId(fromApi: boolean): string {
    return fromApi ? `3EB0${this.#factory.hex(16)}` : this.#factory.hex(32);
  }

  /** A media key: base64 of 32 random bytes, like `TuM9wXQZBmERUCzwnIZe80GwZ5lPDIDsNE+vewnAxho=`. */
  mediaKey(): string {
    const bytes = new Uint8Array(32);
    for (let index = 0; index < bytes.length; index += 1)
      bytes[index] = Math.floor(this.#factory.random() * 256);
    return Buffer.from(bytes).toString('base64');
  }

  /** A session `unique_id` shaped like PHP `uniqid()`: 8 hex digits of seconds + 5 hex digits. */
  sessionId(milliseconds: number): string {
    const seconds = Math.floor(milliseconds / 1000)
      .toString(16)
      .padStart(8, '0');
    return `${seconds}${this.#factory.hex(5).toLowerCase()}`;
  }

  /** An 8-character WhatsApp pairing code. */
  pairingCode(): string {
    let code = '';
    for (let index = 0; index < 8; index += 1) {
      code += pairingAlphabet[Math.floor(this.#factory.random() * pairingAlphabet.length)];
    }
    return code;
  }

  /** A 32-character lower-case hex API key. */
  apiKey(): string {
    return this.#factory.hex(32).toLowerCase();
  }
}
