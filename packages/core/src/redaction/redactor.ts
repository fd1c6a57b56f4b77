import { sanitizeError } from '../transport/sanitize-error.js';

const replacement = '***';
const minimumSecretLength = 4;
const maximumValueDepth = 8;

/** Reads a property without letting a throwing getter escape. */
function readOwn(value: object, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return '[unreadable]';
  }
}

/** `String(value)`, or a placeholder when converting throws. */
function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '[unprintable]';
  }
}

/**
 * Removes registered secrets (tokens, API keys, passwords) from text before it reaches an error
 * message, a `cause`, a URL or a log line. Each messenger owns one; adapters register their secrets
 * with {@link Redactor.add} when they are created.
 *
 * @example
 * ```ts
 * const redactor = new Redactor(['d75b3a66374942c5b3c0']);
 * redactor.redact('GET /waInstance1101/getSettings/d75b3a66374942c5b3c0');
 * // 'GET /waInstance1101/getSettings/***'
 * ```
 */
export class Redactor {
  // Both are created on first need: a redactor that never redacts holds no pattern.
  #secrets: string[] | undefined;
  #pattern: RegExp | undefined;

  constructor(secrets: Iterable<string | undefined> = []) {
    for (const secret of secrets) this.add(secret);
  }

  /**
   * Registers a secret, with the forms it can take on its way into a request: URL-encoded, trimmed,
   * and without tab, CR and LF (which URL parsers drop from a path, so a token read from a file with a
   * trailing newline still reaches the URL and must still be redacted there). Empty or very short
   * values are ignored so that redaction never rewrites ordinary text.
   *
   * @example
   * ```ts
   * redactor.add(options.apiTokenInstance);
   * ```
   */
  add(secret: string | undefined): this {
    if (secret === undefined || this.#secrets?.includes(secret)) return this;
    const forms = [secret, secret.trim(), secret.replace(/[\t\n\r]/g, '')].filter(
      (form) => form.length >= minimumSecretLength,
    );
    if (forms.length === 0) return this;
    const secrets = [...(this.#secrets ?? [])];
    for (const form of forms) {
      for (const value of [form, encodeURIComponent(form)]) if (!secrets.includes(value)) secrets.push(value);
    }
    // An exact-length copy: thousands of messengers each keep one or two secrets.
    this.#secrets = secrets.slice();
    this.#pattern = undefined;
    return this;
  }

  /** The alternation of every registered form, longest first, compiled on the first redaction. */
  #compiledPattern(): RegExp | undefined {
    if (this.#pattern !== undefined || this.#secrets === undefined) return this.#pattern;
    const alternatives = [...this.#secrets]
      .sort((left, right) => right.length - left.length)
      .map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // redos-checked: an alternation of escaped literal strings, linear in the text for a fixed set.
    this.#pattern = new RegExp(alternatives.join('|'), 'g');
    return this.#pattern;
  }

  /**
   * Returns the text with every registered secret replaced by `***`.
   *
   * @example
   * ```ts
   * logger.info(redactor.redact(`calling ${url}`));
   * ```
   */
  redact(text: string): string {
    const pattern = this.#compiledPattern();
    return pattern === undefined ? text : text.replace(pattern, replacement);
  }

  /**
   * A copy of any value with every registered secret removed from its strings (object keys included):
   * plain data is copied field by field (own enumerable properties only), nesting deeper than 8 levels
   * becomes `'[nested]'`, and anything else (functions, class instances other than arrays and plain
   * objects) becomes its redacted `String()` form. Used for error `details`.
   *
   * @example
   * ```ts
   * redactor.redactValue({ reason: `token ${token} refused` }); // { reason: 'token *** refused' }
   * ```
   */
  redactValue(value: unknown, depth = 0): unknown {
    if (typeof value === 'string') return this.redact(value);
    if (value === null || typeof value !== 'object') {
      return typeof value === 'function' || typeof value === 'symbol' ? this.redact(String(value)) : value;
    }
    if (depth >= maximumValueDepth) return '[nested]';
    if (Array.isArray(value)) return value.map((item) => this.redactValue(item, depth + 1));
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return this.redact(safeString(value));
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const redactedKey = this.redact(key);
      Object.defineProperty(copy, redactedKey, {
        value: this.redactValue(readOwn(value, key), depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return copy;
  }

  /**
   * A redacted copy of a thrown value for an error's `cause`: same name, redacted message, stack and
   * code, a sanitised cause chain, and nothing else of the original (which may hold a token-bearing URL).
   *
   * @example
   * ```ts
   * new Error('request failed', { cause: redactor.redactCause(error) });
   * ```
   */
  redactCause(cause: unknown): Error {
    return sanitizeError(cause, this);
  }

  /**
   * Tells whether the text still contains a registered secret (used by tests and the conformance suite).
   *
   * @example
   * ```ts
   * expect(redactor.contains(error.message)).toBe(false);
   * ```
   */
  contains(text: string): boolean {
    const pattern = this.#compiledPattern();
    if (pattern === undefined) return false;
    pattern.lastIndex = 0;
    return pattern.test(text);
  }
}
