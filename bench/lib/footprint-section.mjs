import { bundleEntries, importedSpecifiers, measureBundles, measureImportTime } from './footprint.mjs';
import { formatKilobytes, formatNumber, printTable } from './format.mjs';

function describePackages(packages) {
  return Object.entries(packages)
    .filter(([, bytes]) => bytes > 0)
    .sort(([, left], [, right]) => right - left)
    .map(([name, bytes]) => `${name} ${formatKilobytes(bytes)}`)
    .join(', ');
}

/**
 * The footprint scenario: bundle sizes (minified and gzipped) and import times.
 *
 * @example
 * await runFootprint();
 */
export async function runFootprint() {
  const sizes = await measureBundles();
  const rows = bundleEntries.map((entry) => {
    const size = sizes.get(entry.name);
    if (size.missing !== undefined) return [entry.name, size.missing, '', '', '', ''];
    const target = entry.limitKilobytes === undefined ? '' : `< ${entry.limitKilobytes} KB`;
    const verdict =
      entry.limitKilobytes === undefined
        ? ''
        : size.gzipBytes < entry.limitKilobytes * 1024
          ? 'met'
          : 'MISSED';
    return [
      entry.name,
      formatKilobytes(size.gzipBytes),
      formatKilobytes(size.minifiedBytes),
      describePackages(size.packages),
      target,
      verdict,
    ];
  });
  printTable(
    'Footprint: esbuild bundle of what an app imports (ESM, browser platform, minified, tree-shaken)',
    ['bundle', 'min+gzip', 'minified', 'minified bytes by package', 'target', ''],
    rows,
    [
      'gzip level 9; every dependency (valibot, the shared protocol package) is inside the bundle and counted',
    ],
  );
  const importRows = [];
  for (const specifier of importedSpecifiers) {
    const time = await measureImportTime(specifier);
    importRows.push([specifier, time.missing ?? `${formatNumber(time.milliseconds, 1)} ms`]);
  }
  printTable(
    'Import time: `await import()` in a fresh Node process, median of 5',
    ['module', 'time'],
    importRows,
  );
}
