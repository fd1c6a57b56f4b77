/**
 * Seeded choices for the fuzzers, on top of a `() => number` source in [0, 1).
 *
 * @example
 * ```ts
 * const random = new FuzzRandom(createRandom(42));
 * random.integer(10); // 0..9
 * ```
 */
export class FuzzRandom {
  readonly #next: () => number;

  /**
   * @example
   * ```ts
   * new FuzzRandom(createRandom(1));
   * ```
   */
  constructor(next: () => number) {
    this.#next = next;
  }

  /**
   * A number in [0, 1).
   *
   * @example
   * ```ts
   * if (random.fraction() < 0.1) mutateTwice();
   * ```
   */
  fraction(): number {
    return this.#next();
  }

  /**
   * An integer in [0, below).
   *
   * @example
   * ```ts
   * random.integer(256); // a byte
   * ```
   */
  integer(below: number): number {
    return Math.floor(this.#next() * below);
  }

  /**
   * One of the items.
   *
   * @example
   * ```ts
   * random.pick(['a', 'b']);
   * ```
   */
  pick<Item>(items: readonly Item[]): Item {
    return items[this.integer(items.length)] as Item;
  }

  /**
   * `true` with the given probability.
   *
   * @example
   * ```ts
   * if (random.chance(0.01)) makeItHuge();
   * ```
   */
  chance(probability: number): boolean {
    return this.#next() < probability;
  }
}
