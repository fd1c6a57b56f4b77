import type { FuzzCase } from './create-body-mutator.js';

interface ProblemGroup {
  count: number;
  index: number;
  kind: string;
  sample: string;
}

/**
 * Collects fuzzing failures grouped by what went wrong, with the first case of each group (its index, its
 * mutations and the start of its body), so a failure report is short and reproducible.
 *
 * @example
 * ```ts
 * const problems = new FuzzProblems();
 * problems.add('RangeError: Maximum call stack size exceeded', index, fuzzCase);
 * expect(problems.report()).toEqual([]);
 * ```
 */
export class FuzzProblems {
  readonly #groups = new Map<string, ProblemGroup>();

  /** Number of distinct problems. */
  get size(): number {
    return this.#groups.size;
  }

  /**
   * Records a failing case under `summary`.
   *
   * @example
   * ```ts
   * problems.add(`threw ${String(error)}`, index, fuzzCase);
   * ```
   */
  add(summary: string, index: number, fuzzCase: FuzzCase): void {
    const group = this.#groups.get(summary);
    if (group !== undefined) {
      group.count += 1;
      return;
    }
    this.#groups.set(summary, {
      count: 1,
      index,
      kind: fuzzCase.kind,
      sample: `${fuzzCase.text.slice(0, 160)}${fuzzCase.text.length > 160 ? `… (${fuzzCase.text.length} chars)` : ''}`,
    });
  }

  /**
   * One line per problem: the summary, how often, and the first case.
   *
   * @example
   * ```ts
   * expect(problems.report(), `seed ${seed}`).toEqual([]);
   * ```
   */
  report(): string[] {
    return [...this.#groups].map(
      ([summary, group]) =>
        `${summary} — ${group.count}×, first at case #${group.index} (${group.kind}): ${JSON.stringify(group.sample)}`,
    );
  }
}
