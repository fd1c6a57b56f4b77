/**
 * Counts how many times each marker was handled, to prove "exactly once": nothing missing, nothing twice.
 *
 * @example
 * ```ts
 * const ledger = new HandledLedger();
 * ledger.record('wa1-1');
 * ledger.missing(['wa1-1', 'wa1-2']); // ['wa1-2']
 * ```
 */
export class HandledLedger {
  readonly #counts = new Map<string, number>();

  /** Distinct markers handled so far. */
  get size(): number {
    return this.#counts.size;
  }

  /**
   * Records one successful handling.
   *
   * @example
   * ```ts
   * ledger.record(marker);
   * ```
   */
  record(marker: string): void {
    this.#counts.set(marker, (this.#counts.get(marker) ?? 0) + 1);
  }

  /**
   * How many times a marker was handled.
   *
   * @example
   * ```ts
   * ledger.count('wa1-1'); // 1
   * ```
   */
  count(marker: string): number {
    return this.#counts.get(marker) ?? 0;
  }

  /**
   * Markers handled more than once, with their counts.
   *
   * @example
   * ```ts
   * expect(ledger.duplicates()).toEqual([]);
   * ```
   */
  duplicates(): string[] {
    return [...this.#counts].filter(([, count]) => count > 1).map(([marker, count]) => `${marker}×${count}`);
  }

  /**
   * The expected markers never handled.
   *
   * @example
   * ```ts
   * expect(ledger.missing(expected)).toEqual([]);
   * ```
   */
  missing(expected: Iterable<string>): string[] {
    return [...expected].filter((marker) => !this.#counts.has(marker));
  }

  /**
   * Handled markers that were not expected (poison ones that slipped through, or strays).
   *
   * @example
   * ```ts
   * expect(ledger.unexpected(new Set(expected))).toEqual([]);
   * ```
   */
  unexpected(expected: ReadonlySet<string>): string[] {
    return [...this.#counts.keys()].filter((marker) => !expected.has(marker));
  }
}
