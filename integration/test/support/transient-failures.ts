/**
 * Makes a handler fail now and then, like a database that hiccups: each marker fails with `probability`,
 * at most `maximumPerMarker` times, so every message is eventually handled once the provider redelivers.
 *
 * @example
 * ```ts
 * const failures = new TransientFailures(random, 0.1, 2);
 * failures.maybeThrow(marker); // throws now and then
 * ```
 */
export class TransientFailures {
  readonly #random: () => number;
  readonly #probability: number;
  readonly #maximumPerMarker: number;
  readonly #counts = new Map<string, number>();
  #total = 0;

  /**
   * @example
   * ```ts
   * new TransientFailures(createRandom(1), 0.1, 2);
   * ```
   */
  constructor(random: () => number, probability: number, maximumPerMarker: number) {
    this.#random = random;
    this.#probability = probability;
    this.#maximumPerMarker = maximumPerMarker;
  }

  /** How many failures were thrown. */
  get total(): number {
    return this.#total;
  }

  /**
   * Throws a transient error for this marker with the configured probability (within its budget).
   *
   * @example
   * ```ts
   * onEvent: (event) => { failures.maybeThrow(readSoakMarker(event)!); ledger.record(...); },
   * ```
   */
  maybeThrow(marker: string): void {
    const count = this.#counts.get(marker) ?? 0;
    if (count >= this.#maximumPerMarker || this.#random() >= this.#probability) return;
    this.#counts.set(marker, count + 1);
    this.#total += 1;
    throw new Error(`transient failure while handling ${marker}`);
  }
}
