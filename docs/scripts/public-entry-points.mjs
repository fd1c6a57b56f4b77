// Finds every public package of the workspace and the source file behind each subpath of its `exports`,
// so the API reference follows package.json and never a hand-kept list.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Conditions read, in order, to find the built file a subpath points at. */
const conditions = ['types', 'import', 'default', 'require', 'node'];

/** The first file path a (possibly nested) `exports` value names. */
function targetOf(value) {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  for (const condition of conditions) {
    if (Object.hasOwn(value, condition)) {
      const target = targetOf(value[condition]);
      if (target !== undefined) return target;
    }
  }
  return undefined;
}

/** `./dist/node.d.mts` → `src/node.ts` (or `src/node/index.ts`), following tsdown's entry → output naming. */
function sourceOf(packageDirectory, target) {
  const stem = target.replace(/^\.\/(dist|lib|build)\//, '').replace(/(\.d)?\.[cm]?[jt]s$/, '');
  const candidates = [`src/${stem}.ts`, `src/${stem}.tsx`, `src/${stem}/index.ts`];
  return candidates.map((candidate) => join(packageDirectory, candidate)).find((path) => existsSync(path));
}

/**
 * Every non-private package under `packages/` with its entries: `{ name, directory, manifest, entries }`,
 * each entry `{ specifier, source }` (specifier `@scope/name` or `@scope/name/subpath`).
 * Throws when an export points at a file whose source cannot be found.
 */
export function findPublicEntryPoints(repositoryRoot) {
  const packagesDirectory = join(repositoryRoot, 'packages');
  return readdirSync(packagesDirectory)
    .map((folder) => join(packagesDirectory, folder))
    .filter((directory) => existsSync(join(directory, 'package.json')))
    .map((directory) => ({
      directory,
      manifest: JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')),
    }))
    .filter(({ manifest }) => manifest.private !== true)
    .sort((left, right) => left.manifest.name.localeCompare(right.manifest.name))
    .map(({ directory, manifest }) => {
      const exportsField =
        typeof manifest.exports === 'string' || manifest.exports?.['.'] === undefined
          ? { '.': manifest.exports ?? manifest.types ?? manifest.main }
          : manifest.exports;
      const entries = Object.entries(exportsField)
        .filter(([subpath]) => subpath !== './package.json')
        .map(([subpath, value]) => {
          const target = targetOf(value);
          if (target === undefined || !/\.[cm]?[jt]s$/.test(target)) return undefined;
          const source = sourceOf(directory, target);
          if (source === undefined)
            throw new Error(
              `${manifest.name}: no source file under src/ for export "${subpath}" (${target})`,
            );
          return {
            specifier: subpath === '.' ? manifest.name : `${manifest.name}${subpath.slice(1)}`,
            source,
          };
        })
        .filter((entry) => entry !== undefined);
      return { name: manifest.name, directory, manifest, entries };
    });
}
