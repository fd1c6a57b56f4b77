// The size gate: bundles what an app imports (core + each adapter, each webhook subpath) with esbuild,
// minified and gzipped, and fails (exit 1) when one grew more than 10% over bench/size-baseline.json,
// or when a bundle in the baseline can no longer be built. `--update` rewrites the baseline.
//   node bench/size-gate.mjs            check (CI)
//   node bench/size-gate.mjs --update   accept the current sizes
import { readFile, writeFile } from 'node:fs/promises';
import { measureBundles } from './lib/footprint.mjs';
import { formatKilobytes, printTable } from './lib/format.mjs';
import { benchPath } from './lib/load-optional.mjs';

const allowedGrowth = 0.1;
const baselinePath = benchPath('size-baseline.json');
const sizes = await measureBundles();

if (process.argv.includes('--update')) {
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
  console.log(`wrote ${Object.keys(bundles).length} sizes to bench/size-baseline.json`);
  process.exit(0);
}

const baseline = JSON.parse(await readFile(baselinePath, 'utf8')).bundles;
let failed = false;
const rows = [];
for (const [name, size] of sizes) {
  const before = baseline[name]?.gzipBytes;
  if (size.gzipBytes === undefined) {
    if (before !== undefined) failed = true;
    rows.push([
      name,
      before === undefined ? '' : formatKilobytes(before),
      size.missing,
      '',
      before === undefined ? 'skipped' : 'FAIL',
    ]);
    continue;
  }
  if (before === undefined) {
    rows.push([name, '', formatKilobytes(size.gzipBytes), '', 'new: run --update to record it']);
    continue;
  }
  const growth = size.gzipBytes / before - 1;
  const regressed = growth > allowedGrowth;
  failed ||= regressed;
  rows.push([
    name,
    formatKilobytes(before),
    formatKilobytes(size.gzipBytes),
    `${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%`,
    regressed ? 'FAIL' : 'ok',
  ]);
}
for (const name of Object.keys(baseline).filter((name) => !sizes.has(name))) {
  rows.push([name, formatKilobytes(baseline[name].gzipBytes), 'no longer measured', '', 'ok']);
}
printTable(
  `Size gate: min+gzip bundles against bench/size-baseline.json (fails above +${allowedGrowth * 100}%)`,
  ['bundle', 'baseline', 'now', 'change', 'verdict'],
  rows,
);
if (failed) {
  console.error('\nsize gate failed: a bundle grew more than 10% or can no longer be built');
  process.exit(1);
}
console.log('\nsize gate passed');
