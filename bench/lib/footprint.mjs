import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { benchPath, importOptional } from './load-optional.mjs';
import { median } from './measure.mjs';

const run = promisify(execFile);

/**
 * What an app bundles, one entry per row: core with each adapter's messenger factory (tree-shaken the
 * way an app that calls it gets it), the whole core entry, and each adapter's webhook-only subpath
 * (`exportName` undefined means `export *`).
 *
 * @example
 * bundleEntries[1].name; // 'core + green-api: createGreenApiMessenger'
 */
export const bundleEntries = [
  { name: 'core: whole main entry', specifier: '@switchboard/core' },
  ...[
    ['green-api', 'createGreenApiMessenger'],
    ['sdkwa', 'createSdkwaMessenger'],
    ['whatsgate', 'createWhatsgateMessenger'],
  ].map(([adapter, exportName]) => ({
    name: `core + ${adapter}: ${exportName}`,
    specifier: `@switchboard/${adapter}`,
    exportName,
    limitKilobytes: 20,
  })),
  ...['green-api', 'sdkwa', 'whatsgate'].map((adapter) => ({
    name: `${adapter}/webhook: whole subpath`,
    specifier: `@switchboard/${adapter}/webhook`,
    limitKilobytes: 8,
  })),
];

/**
 * The esbuild settings of every measured bundle: what an app's production build does (ESM for the
 * browser, minified, tree-shaken, every dependency inside), with no output written.
 *
 * @example
 * await build({ ...appBundleOptions, stdin: { contents: "export * from '@switchboard/core';", resolveDir } });
 */
export const appBundleOptions = {
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  treeShaking: true,
  logLevel: 'silent',
};

/** Which package an esbuild input path belongs to: a workspace package or a node_modules package. */
function packageOf(path) {
  const workspace = /(?:^|[/\\])packages[/\\]([^/\\]+)[/\\]/.exec(path);
  if (workspace !== null && !path.includes('node_modules')) return workspace[1];
  const matches = [...path.matchAll(/node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+)/g)];
  return matches.length === 0 ? 'app' : matches.at(-1)[1].replace(/^@switchboard[/\\]/, '');
}

function bytesByPackage(metafile) {
  const [output] = Object.values(metafile.outputs);
  const totals = {};
  for (const [path, input] of Object.entries(output.inputs)) {
    const name = packageOf(path);
    totals[name] = (totals[name] ?? 0) + input.bytesInOutput;
  }
  return totals;
}

async function findMissing(entry) {
  const module = await importOptional(entry.specifier);
  if (module === undefined) return 'not built yet';
  if (entry.exportName === undefined)
    return Object.keys(module).length === 0 ? 'not built yet (exports nothing)' : undefined;
  return module[entry.exportName] === undefined ? `not built yet (no ${entry.exportName})` : undefined;
}

/**
 * Bundles one entry with esbuild (ESM, browser platform, minified, tree-shaken, every dependency
 * included) and measures it: minified bytes, gzip level 9 bytes, and the minified bytes each package
 * contributes. An entry whose package or export is not built yet gives `{ missing }`.
 *
 * @example
 * const size = await measureBundle(bundleEntries[1]); // { gzipBytes: 14321, minifiedBytes: 45012, packages: { valibot: 12400, … } }
 */
export async function measureBundle(entry) {
  const missing = await findMissing(entry);
  if (missing !== undefined) return { missing };
  const code =
    entry.exportName === undefined
      ? `export * from '${entry.specifier}';`
      : `export { ${entry.exportName} } from '${entry.specifier}';`;
  try {
    const result = await build({
      ...appBundleOptions,
      stdin: { contents: code, resolveDir: benchPath(), loader: 'js', sourcefile: 'app.mjs' },
      metafile: true,
    });
    const [file] = result.outputFiles;
    return {
      minifiedBytes: file.contents.byteLength,
      gzipBytes: gzipSync(file.contents, { level: 9 }).byteLength,
      packages: bytesByPackage(result.metafile),
    };
  } catch (error) {
    const text = error?.errors?.map((item) => item.text).join('; ') ?? String(error);
    return { missing: `failed: ${text.slice(0, 80)}` };
  }
}

/**
 * Measures every bundle entry.
 *
 * @example
 * const sizes = await measureBundles(); // Map { 'core + green-api: …' => { gzipBytes, … } }
 */
export async function measureBundles() {
  const sizes = new Map();
  for (const entry of bundleEntries) sizes.set(entry.name, await measureBundle(entry));
  return sizes;
}

/** The packages whose import time is measured, as an app imports them. */
export const importedSpecifiers = [
  '@switchboard/core',
  '@switchboard/core/adapter',
  '@switchboard/core/node',
  '@switchboard/green-api',
  '@switchboard/green-api/webhook',
  '@switchboard/sdkwa',
  '@switchboard/sdkwa/webhook',
  '@switchboard/whatsgate',
  '@switchboard/whatsgate/webhook',
  '@switchboard/green-api-protocol',
  '@switchboard/redis',
  '@switchboard/testing',
  '@switchboard/cli',
  '@green-api/whatsapp-api-client',
];

const importTimer =
  'const start = performance.now(); const module = await import(process.argv[1]); ' +
  'process.stdout.write(JSON.stringify({ milliseconds: performance.now() - start, exports: Object.keys(module).length }));';

/**
 * The time `await import(specifier)` takes in a fresh Node process (its own dependencies included),
 * the median of `runs` processes; `{ missing }` when it cannot be imported or exports nothing.
 *
 * @example
 * await measureImportTime('@switchboard/core'); // { milliseconds: 31.2 }
 */
export async function measureImportTime(specifier, runs = 5) {
  const times = [];
  for (let index = 0; index < runs; index += 1) {
    try {
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', importTimer, specifier], {
        cwd: benchPath(),
      });
      const { milliseconds, exports } = JSON.parse(stdout);
      if (exports === 0) return { missing: 'not built yet (nothing exported)' };
      times.push(milliseconds);
    } catch {
      return { missing: 'not built yet' };
    }
  }
  return { milliseconds: median(times) };
}
