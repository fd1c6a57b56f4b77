/**
 * A source of numbers in [0, 1): seeded (mulberry32) when a seed is given, `Math.random` otherwise.
 *
 * @example
 * const random = createRandom(42);
 * random(); // always the same first value for seed 42
 */
export function createRandom(seed?: number): () => number {
  if (seed === undefined) return Math.random;
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const hexDigits = '0123456789ABCDEF';

/**
 * An upper-case hexadecimal id of `length` characters.
 *
 * @example
 * hexId(20); // 'BAE5F4886F4B2D3C8A1E'
 */
export function hexId(length: number, random: () => number = Math.random): string {
  let result = '';
  for (let index = 0; index < length; index += 1) result += hexDigits[Math.floor(random() * 16)];
  return result;
}

/**
 * A numeric string id of `length` digits without a leading zero.
 *
 * @example
 * numericId(10); // '4829301756'
 */
export function numericId(length: number, random: () => number = Math.random): string {
  let result = String(1 + Math.floor(random() * 9));
  for (let index = 1; index < length; index += 1) result += String(Math.floor(random() * 10));
  return result;
}

/**
 * A monotonically increasing integer counter.
 *
 * @example
 * const counter = new Counter(100);
 * counter.next(); // 100
 * counter.next(); // 101
 */
export class Counter {
  #next: number;

  /**
   * @example
   * new Counter();
   */
  constructor(start = 1) {
    this.#next = start;
  }

  /**
   * Returns the current value and advances.
   *
   * @example
   * counter.next();
   */
  next(): number {
    const value = this.#next;
    this.#next += 1;
    return value;
  }

  /**
   * The value `next()` would return, without advancing.
   *
   * @example
   * counter.peek();
   */
  peek(): number {
    return this.#next;
  }
}

/**
 * Id generators sharing one (optionally seeded) random source, plus named counters.
 *
 * @example
 * const ids = new IdentifierFactory(7);
 * ids.hex(32); ids.numeric(12); ids.next('chat'); // 1
 */
export class IdentifierFactory {
  /** The random source; seeded when a seed was given. */
  readonly random: () => number;
  readonly #counters = new Map<string, Counter>();

  /**
   * @example
   * new IdentifierFactory(); // non-deterministic
   */
  constructor(seed?: number) {
    this.random = createRandom(seed);
  }

  /**
   * Upper-case hex id.
   *
   * @example
   * ids.hex(20);
   */
  hex(length: number): string {
    return hexId(length, this.random);
  }

  /**
   * Numeric string id without a leading zero.
   *
   * @example
   * ids.numeric(10);
   */
  numeric(length: number): string {
    return numericId(length, this.random);
  }

  /**
   * Next value of the named counter (each name starts at `start`, default 1).
   *
   * @example
   * ids.next('message', 1000); // 1000, then 1001…
   */
  next(name: string, start = 1): number {
    let counter = this.#counters.get(name);
    if (counter === undefined) {
      counter = new Counter(start);
      this.#counters.set(name, counter);
    }
    return counter.next();
  }
}
