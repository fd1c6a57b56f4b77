/**
 * Scans every text a test sees (error messages and stacks, `onLog` entries, response bodies) for secrets as
 * they are recorded, keeping only the leaks, so a soak of many thousand entries stays cheap.
 *
 * @example
 * ```ts
 * const scanner = new SecretScanner([apiToken]);
 * scanner.recordError('onError', error);
 * expect(scanner.leaks).toEqual([]);
 * ```
 */
export class SecretScanner {
  readonly #secrets: string[] = [];
  readonly #leaks = new Set<string>();
  #recorded = 0;

  /**
   * @example
   * ```ts
   * new SecretScanner(['token-1', 'api-key']);
   * ```
   */
  constructor(secrets: Iterable<string> = []) {
    for (const secret of secrets) this.addSecret(secret);
  }

  /**
   * Adds a secret to look for (ignores short ones, which would match by accident).
   *
   * @example
   * ```ts
   * scanner.addSecret(instance.apiTokenInstance);
   * ```
   */
  addSecret(secret: string): void {
    if (secret.length >= 8 && !this.#secrets.includes(secret)) this.#secrets.push(secret);
  }

  /** How many texts were scanned. */
  get recordedCount(): number {
    return this.#recorded;
  }

  /** `source: secret #n` for every leak found (secrets are never quoted). */
  get leaks(): string[] {
    return [...this.#leaks];
  }

  /**
   * Scans a text.
   *
   * @example
   * ```ts
   * scanner.recordText('response 503', await response.text());
   * ```
   */
  recordText(source: string, text: string): void {
    this.#recorded += 1;
    this.#secrets.forEach((secret, index) => {
      if (text.includes(secret)) this.#leaks.add(`${source}: secret #${index + 1}`);
    });
  }

  /**
   * Scans a value as JSON (log entries, event objects).
   *
   * @example
   * ```ts
   * onLog: (entry) => scanner.recordValue('onLog', entry),
   * ```
   */
  recordValue(source: string, value: unknown): void {
    this.recordText(source, safeJson(value));
  }

  /**
   * Scans an error: its message, stack, own fields and the whole `cause` chain.
   *
   * @example
   * ```ts
   * onError: (error) => scanner.recordError('onError', error),
   * ```
   */
  recordError(source: string, error: unknown): void {
    this.recordText(source, describeError(error));
  }
}

/**
 * Everything readable about an error, `cause`s included (up to 5 levels).
 *
 * @example
 * ```ts
 * describeError(new Error('outer', { cause: new Error('inner') })); // contains both messages
 * ```
 */
export function describeError(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) return typeof error === 'string' ? error : safeJson(error);
  const parts = [String(error), error.stack ?? '', safeJson({ ...error })];
  const { cause } = error as { cause?: unknown };
  if (cause !== undefined && depth < 5) parts.push(describeError(cause, depth + 1));
  return parts.join('\n');
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
