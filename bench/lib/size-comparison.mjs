import { readFile, writeFile } from 'node:fs/promises';
import { benchPath } from './load-optional.mjs';

/** A bundle may grow this much over its baseline before the gate fails. */
export const allowedGrowth = 0.1;
const baselinePath = benchPath('size-baseline.json');

/**
 * Reads `bench/size-baseline.json`: bundle name → `{ gzipBytes, minifiedBytes }`.
 *
 * @example
 * const baseline = await readSizeBaseline();
 */
export async function readSizeBaseline() {
  return JSON.parse(await readFile(baselinePath, 'utf8')).bundles;
}

/**
 * Writes the measured sizes as the new baseline (bundles that could not be built are left out).
 *
 * @example
 * await writeSizeBaseline(await measureBundles());
 */
export async function writeSizeBaseline(sizes) {
  const bundles = Object.fromEntries(
    [...sizes]
      .filter(([, size]) => size.gzipBytes !== undefined)
      .map(([name, size]) => [name, { gzipBytes: size.gzipBytes, minifiedBytes: size.minifiedBytes }]),
  );
  const baseline = {
    description:
      'Minified + gzipped (level 9) esbuild bundles, written by `node bench/size-gate.mjs --update`.',
    bundles,
  };
  await writeFile(baselinePath, `${JSON.stringify(baseline, null, 2)}\n`);
  return Object.keys(bundles).length;
}

/**
 * Compares measured sizes with the baseline. Verdicts: `ok`, `regressed` (grew more than
 * {@link allowedGrowth}), `missing` (in the baseline but not buildable now), `new` (not in the
 * baseline), `skipped` (neither built nor in the baseline), `retired` (in the baseline, no longer measured).
 *
 * @example
 * compareSizes(sizes, baseline).filter((row) => row.verdict === 'regressed');
 */
export function compareSizes(sizes, baseline) {
  const rows = [...sizes].map(([name, size]) => {
    const baselineBytes = baseline[name]?.gzipBytes;
    const { gzipBytes, missing } = size;
    if (gzipBytes === undefined) {
      return { name, baselineBytes, missing, verdict: baselineBytes === undefined ? 'skipped' : 'missing' };
    }
    if (baselineBytes === undefined) return { name, gzipBytes, verdict: 'new' };
    const growth = gzipBytes / baselineBytes - 1;
    return { name, baselineBytes, gzipBytes, growth, verdict: growth > allowedGrowth ? 'regressed' : 'ok' };
  });
  const retired = Object.keys(baseline).filter((name) => !sizes.has(name));
  return [
    ...rows,
    ...retired.map((name) => ({ name, baselineBytes: baseline[name].gzipBytes, verdict: 'retired' })),
  ];
}
