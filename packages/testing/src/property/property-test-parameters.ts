/** The seed every property test starts from unless `SWITCHBOARD_PROPERTY_SEED` says otherwise. */
export const defaultPropertySeed = 20_261_207;

/**
 * The fast-check parameters of the project's property tests: a fixed seed (so a failure reproduces)
 * and a bounded number of runs for `pnpm test`. Set `SWITCHBOARD_PROPERTY_RUNS` (say `100000`) for a
 * longer run, and `SWITCHBOARD_PROPERTY_SEED` to explore other inputs.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(fc.string(), (text) => parse(text) !== undefined), propertyTestParameters());
 * ```
 */
export function propertyTestParameters(defaultRuns = 200): {
  /** `SWITCHBOARD_PROPERTY_SEED` when set to an integer, else `defaultPropertySeed`. */
  seed: number;
  /** `SWITCHBOARD_PROPERTY_RUNS` when set to a positive integer, else `defaultRuns`. */
  numRuns: number;
} {
  const environment =
    (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
  const runs = Number(environment.SWITCHBOARD_PROPERTY_RUNS);
  const seed = Number(environment.SWITCHBOARD_PROPERTY_SEED);
  return {
    seed: Number.isInteger(seed) ? seed : defaultPropertySeed,
    numRuns: Number.isInteger(runs) && runs > 0 ? runs : defaultRuns,
  };
}
