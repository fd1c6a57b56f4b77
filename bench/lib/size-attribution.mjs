import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { appBundleOptions } from './footprint.mjs';
import { benchPath } from './load-optional.mjs';

const repositoryRoot = resolve(benchPath(), '..');

/**
 * The parts of the core + GREEN-API messenger bundle whose cost is measured, each a module (a source
 * file of the repository, or a dependency by name) that is replaced by a stub exporting the same names.
 *
 * @example
 * attributedParts[0].name; // 'valibot: every schema and action the bundle uses'
 */
export const attributedParts = [
  { name: 'valibot: every schema and action the bundle uses', module: 'valibot' },
  {
    name: 'core transport below sendHttpRequest',
    module: 'packages/core/src/transport/send-http-request.ts',
  },
  {
    name: 'GREEN-API raw client: every method, its answer schemas',
    module: 'packages/green-api/src/client/green-api-client.ts',
  },
  {
    name: 'GREEN-API message-content mapper',
    module: 'packages/green-api-protocol/src/mappers/map-message-content.ts',
  },
  { name: 'GREEN-API error detector', module: 'packages/green-api/src/errors.ts' },
  {
    name: 'core send templates (createOutgoingMessage)',
    module: 'packages/core/src/templates/outgoing-message.ts',
  },
];

/** Source of a stub exporting each name of `source` as a function or an empty class. */
function stubOf(source) {
  const lines = [];
  for (const [, kind, name] of source.matchAll(
    /^export (?:declare )?(?:async )?(function|const|let|class)\s+(\w+)/gm,
  )) {
    lines.push(
      kind === 'class' ? `export class ${name} {}` : `export const ${name} = (...values) => values[0];`,
    );
  }
  return lines.join('\n');
}

/** Source of a stub for a dependency of core: every export name of the installed module, as a function. */
async function dependencyStubOf(specifier) {
  const fromCore = createRequire(resolve(repositoryRoot, 'packages/core/package.json'));
  const names = Object.keys(await import(pathToFileURL(fromCore.resolve(specifier)).href));
  const reserved = new Set(['enum', 'function', 'null', 'undefined', 'void', 'instance', 'any', 'never']);
  const safe = names.filter((name) => !reserved.has(name));
  const renamed = names.filter((name) => reserved.has(name)).map((name) => `stub as ${name}`);
  return `const stub = (...values) => values;\nexport { ${[...safe.map((name) => `stub as ${name}`), ...renamed].join(', ')} };`;
}

/** esbuild plugin: resolves `@switchboard/*` to the sources and swaps `stubbed` (a module) for its stub. */
function sourcesPlugin(stubbed, stubSource) {
  return {
    name: 'switchboard-sources',
    setup(builder) {
      builder.onResolve({ filter: /^@switchboard\// }, ({ path }) => {
        const [, name, subpath] = /^@switchboard\/([^/]+)(?:\/(.+))?$/.exec(path);
        const file = resolve(repositoryRoot, 'packages', name, 'src', `${subpath ?? 'index'}.ts`);
        return existsSync(file) ? { path: file } : undefined;
      });
      if (stubbed === undefined) return;
      if (!stubbed.endsWith('.ts')) {
        builder.onResolve({ filter: new RegExp(`^${stubbed}$`) }, () => ({
          path: stubbed,
          namespace: 'stub',
        }));
        builder.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: stubSource, loader: 'js' }));
        return;
      }
      const file = resolve(repositoryRoot, stubbed);
      builder.onLoad({ filter: /\.ts$/ }, ({ path }) =>
        path === file ? { contents: stubSource, loader: 'ts' } : undefined,
      );
    },
  };
}

async function gzipBytes(stubbed, stubSource) {
  const result = await build({
    ...appBundleOptions,
    stdin: {
      contents: "export { createGreenApiMessenger } from '@switchboard/green-api';",
      resolveDir: benchPath(),
      loader: 'js',
    },
    plugins: [sourcesPlugin(stubbed, stubSource)],
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).byteLength;
}

/**
 * What each part costs the core + GREEN-API messenger bundle (built from the sources, as the footprint
 * table builds it from `dist`): the gzip bytes the bundle loses when that part alone is replaced by a stub.
 * The costs overlap where parts share code, so they do not add up to the whole.
 *
 * @example
 * const { wholeGzipBytes, parts } = await attributeGreenApiBundle(); // parts[0] = { name, savedGzipBytes }
 */
export async function attributeGreenApiBundle() {
  const wholeGzipBytes = await gzipBytes(undefined, '');
  const parts = [];
  for (const part of attributedParts) {
    const stubSource = part.module.endsWith('.ts')
      ? stubOf(readFileSync(resolve(repositoryRoot, part.module), 'utf8'))
      : await dependencyStubOf(part.module);
    parts.push({
      name: part.name,
      savedGzipBytes: wholeGzipBytes - (await gzipBytes(part.module, stubSource)),
    });
  }
  return { wholeGzipBytes, parts };
}
