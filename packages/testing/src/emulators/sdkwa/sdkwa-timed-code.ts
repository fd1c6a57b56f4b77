/** A code the emulator "sent" (to a phone or to the WhatsApp app) and that is valid for a limited time. */
export interface SdkwaIssuedCode {
  code: string;
  phone: string;
  expiresAt: number;
}

/**
 * Holds the latest issued code of one kind (pairing code, Telegram confirmation code); a new code replaces the old.
 */
export class SdkwaTimedCode {
  #current: SdkwaIssuedCode | undefined;
  readonly #ttlMilliseconds: number;
  readonly #generate: () => string;

  constructor(ttlMilliseconds: number, generate: () => string) {
    this.#ttlMilliseconds = ttlMilliseconds;
    this.#generate = generate;
  }

  /** Issues a fresh code for a phone number. */
  issue(phone: string, now: number = Date.now()): SdkwaIssuedCode {
    this.#current = { code: this.#generate(), phone, expiresAt: now + this.#ttlMilliseconds };
    return this.#current;
  }

  /** The current code while it is valid. */
  current(now: number = Date.now()): SdkwaIssuedCode | undefined {
    return this.#current !== undefined && this.#current.expiresAt > now ? this.#current : undefined;
  }

  /**
   * Uses up the current code when `code` matches it (any code when `code` is undefined) and it is still valid.
   */
  consume(code?: string, now: number = Date.now()): SdkwaIssuedCode | undefined {
    const current = this.current(now);
    if (current === undefined || (code !== undefined && current.code !== code)) return undefined;
    this.#current = undefined;
    return current;
  }

  /** Forgets the current code. */
  clear(): void {
    this.#current = undefined;
  }
}

/** A random code of `length` characters from `alphabet`. */
export function randomCode(length: number, alphabet: string, random: () => number): string {
  let code = '';
  for (let index = 0; index < length; index += 1)
    code += alphabet.charAt(Math.floor(random() * alphabet.length));
  return code;
}
