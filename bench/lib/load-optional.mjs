import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const benchDirectory = dirname(dirname(fileURLToPath(import.meta.url)));
const repositoryRoot = dirname(benchDirectory);

/**
 * Imports a module, or returns `undefined` when it cannot be loaded (a package that is not built yet).
 *
 * @example
 * const greenApi = await importOptional('@switchboard/green-api');
 */
export async function importOptional(specifier) {
  try {
    return await import(specifier);
  } catch {
    return undefined;
  }
}

/**
 * Finds an export of a built package; when the package does not export it yet but the workspace has
 * its source, bundles that source with esbuild into `bench/.cache/` and takes it from there. Returns
 * `{ value, origin }` (`origin` is `'dist'` or `'source'`), or `undefined` when neither exists.
 *
 * @example
 * const startPolling = await loadExport('@switchboard/core', 'startPolling', 'packages/core/src/receiving/start-polling.ts');
 */
export async function loadExport(specifier, name, sourceFile, external = []) {
  const built = await importOptional(specifier);
  if (built?.[name] !== undefined) return { value: built[name], origin: 'dist' };
  if (sourceFile === undefined) return undefined;
  try {
    const outfile = join(benchDirectory, '.cache', `${sourceFile.replace(/[^a-z0-9]+/gi, '-')}.mjs`);
    await mkdir(dirname(outfile), { recursive: true });
    await build({
      entryPoints: [join(repositoryRoot, sourceFile)],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      external,
      logLevel: 'silent',
    });
    const module = await import(pathToFileURL(outfile).href);
    return module[name] === undefined ? undefined : { value: module[name], origin: 'source' };
  } catch {
    return undefined;
  }
}

/**
 * The absolute path of a file in the bench folder.
 *
 * @example
 * benchPath('size-baseline.json');
 */
export function benchPath(...parts) {
  return join(benchDirectory, ...parts);
}
