import type { EmulatorRequest } from './emulator-request.js';
import { createRandom } from './identifiers.js';

/**
 * A fault the emulator server applies instead of (or before) the normal answer.
 *
 * @example
 * const fault: EmulatorFault = { kind: 'status', status: 429, retryAfterMilliseconds: 1000 };
 */
export type EmulatorFault =
  | {
      /** What goes wrong: an error status, a delay, a dropped connection or a broken body. */
      kind: 'status';
      /** The HTTP status answered. */
      status: number;
      /** The response text; empty when absent. */
      body?: string;
      /** The `Retry-After` delay; the header is written in whole seconds, rounded up; no header when absent. */
      retryAfterMilliseconds?: number;
    }
  | {
      /** What goes wrong: an error status, a delay, a dropped connection or a broken body. */
      kind: 'delay';
      /** How long the request waits before it is handled. */
      milliseconds: number;
    }
  /** Destroys the socket without answering. */
  | {
      /** What goes wrong: an error status, a delay, a dropped connection or a broken body. */
      kind: 'drop';
    }
  /** Answers 200 with a truncated JSON body. */
  | {
      /** What goes wrong: an error status, a delay, a dropped connection or a broken body. */
      kind: 'malformed-json';
    };

/**
 * When an injected fault applies.
 *
 * @example
 * const when: FaultCondition = { times: 2, pathIncludes: '/sendMessage/' };
 */
export interface FaultCondition {
  /** How many matching requests get the fault (default: every one until `clear()`). */
  times?: number;
  /** Probability 0..1 that a matching request gets the fault (seeded random). */
  fraction?: number;
  /** Only requests whose path contains this substring (case-insensitive). */
  pathIncludes?: string;
}

/** Options of {@link FaultInjector}. */
export interface FaultInjectorOptions {
  /** Seed for `fraction` decisions (default 1, so runs are reproducible). */
  seed?: number;
}

interface FaultRule {
  fault: EmulatorFault;
  remaining: number;
  fraction: number;
  pathIncludes: string | undefined;
}

/**
 * Holds injected faults; the emulator server asks it for a fault on every request.
 *
 * @example
 * const faults = new FaultInjector();
 * faults.inject({ kind: 'status', status: 500 }, { times: 1 });
 * faults.take(request); // the fault, once
 */
export class FaultInjector {
  #rules: FaultRule[] = [];
  readonly #random: () => number;

  /**
   * @example
   * new FaultInjector({ seed: 42 });
   */
  constructor(options: FaultInjectorOptions = {}) {
    this.#random = createRandom(options.seed ?? 1);
  }

  /**
   * Number of active rules.
   *
   * @example
   * faults.size;
   */
  get size(): number {
    return this.#rules.length;
  }

  /**
   * Adds a fault rule; rules are checked in insertion order.
   *
   * @example
   * faults.inject({ kind: 'drop' }, { fraction: 0.1 });
   */
  inject(fault: EmulatorFault, when: FaultCondition = {}): void {
    this.#rules.push({
      fault,
      remaining: when.times ?? Number.POSITIVE_INFINITY,
      fraction: when.fraction ?? 1,
      pathIncludes: when.pathIncludes?.toLowerCase(),
    });
  }

  /**
   * Removes every rule.
   *
   * @example
   * faults.clear();
   */
  clear(): void {
    this.#rules = [];
  }

  /**
   * The fault for this request (consuming one of its `times`), or `undefined`.
   *
   * @example
   * const fault = faults.take(request);
   */
  take(request: EmulatorRequest): EmulatorFault | undefined {
    const path = request.path.toLowerCase();
    for (const rule of this.#rules) {
      if (rule.pathIncludes !== undefined && !path.includes(rule.pathIncludes)) continue;
      if (rule.fraction < 1 && this.#random() >= rule.fraction) continue;
      rule.remaining -= 1;
      if (rule.remaining <= 0) this.#rules = this.#rules.filter((candidate) => candidate !== rule);
      return rule.fault;
    }
    return undefined;
  }
}
