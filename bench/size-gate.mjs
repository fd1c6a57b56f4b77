// The size gate: bundles what an app imports (core + each adapter, each webhook subpath) with esbuild,
// minified and gzipped, and fails (exit 1) when one grew more than 10% over bench/size-baseline.json,
// or when a bundle in the baseline can no longer be built. `--update` rewrites the baseline.
//   node bench/size-gate.mjs            check
//   node bench/size-gate.mjs --update   accept the current sizes
// CI runs the same check as bench/test/size-gate.test.mjs (part of `pnpm test`).

import { measureBundles } from './lib/footprint.mjs';
import { formatKilobytes, printTable } from './lib/format.mjs';
import { allowedGrowth, compareSizes, readSizeBaseline, writeSizeBaseline } from './lib/size-comparison.mjs';

const sizes = await measureBundles();
if (process.argv.includes('--update')) {
  console.log(`wrote ${await writeSizeBaseline(sizes)} sizes to bench/size-baseline.json`);
  process.exit(0);
}

const verdicts = {
  ok: 'ok',
  regressed: 'FAIL',
  missing: 'FAIL: cannot be built',
  new: 'new: run --update to record it',
  skipped: 'skipped',
  retired: 'no longer measured',
};
const kilobytes = (bytes) => (bytes === undefined ? '' : formatKilobytes(bytes));
const comparison = compareSizes(sizes, await readSizeBaseline());
const rows = comparison.map((row) => [
  row.name,
  kilobytes(row.baselineBytes),
  row.missing ?? kilobytes(row.gzipBytes),
  row.growth === undefined ? '' : `${row.growth >= 0 ? '+' : ''}${(row.growth * 100).toFixed(1)}%`,
  verdicts[row.verdict],
]);
printTable(
  `Size gate: min+gzip bundles against bench/size-baseline.json (fails above +${allowedGrowth * 100}%)`,
  ['bundle', 'baseline', 'now', 'change', 'verdict'],
  rows,
);
if (comparison.some((row) => row.verdict === 'regressed' || row.verdict === 'missing')) {
  console.error('\nsize gate failed: a bundle grew more than 10% or can no longer be built');
  process.exit(1);
}
console.log('\nsize gate passed');
