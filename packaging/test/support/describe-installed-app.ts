import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeResult, runCommand } from './run-command.js';
import {
  copyConsumerFile,
  installScratchApp,
  type PackageManagerSetup,
  type ScratchApp,
} from './scratch-app.js';
import { entrySpecifiers, readManifest } from './workspace-packages.js';

/**
 * Entries that may need an optional peer dependency, and which: only these may fail to load where that peer is not
 * installed (and they must then fail for that reason alone). Every other entry loads with the package's own
 * dependencies.
 */
export const entriesNeedingOptionalPeers: Readonly<Record<string, string>> = {
  '@switchboard/testing/conformance': 'vitest',
};

const typescriptCompiler = createRequire(import.meta.url).resolve('typescript/bin/tsc');

interface PlannedEntry {
  specifier: string;
  missingPeer?: string;
}

function planEntries(app: ScratchApp, packageNames: readonly string[]): PlannedEntry[] {
  return packageNames.flatMap((name) =>
    entrySpecifiers(readManifest(join(app.directory, 'node_modules', name))).map((specifier) => {
      const peer = entriesNeedingOptionalPeers[specifier];
      return peer === undefined || app.optionalPeers.has(peer)
        ? { specifier }
        : { specifier, missingPeer: peer };
    }),
  );
}

function writeTypeCheckProject(
  app: ScratchApp,
  entries: readonly PlannedEntry[],
  resolution: 'node16' | 'bundler',
) {
  const loadable = entries.filter((entry) => entry.missingPeer === undefined);
  writeFileSync(
    join(app.directory, 'entries.ts'),
    `${loadable.map((entry, index) => `import * as entry${index} from '${entry.specifier}';`).join('\n')}\nexport const entries = [${loadable.map((_, index) => `entry${index}`).join(', ')}];\n`,
  );
  copyConsumerFile(app, 'typed-usage.ts');
  const module = resolution === 'node16' ? 'node16' : 'esnext';
  const config = {
    compilerOptions: {
      target: 'ES2022',
      // DOM: the packed declarations name fetch types (BodyInit, RequestInfo) that @types/node 20 lacks.
      lib: ['ES2023', 'DOM'],
      module,
      moduleResolution: resolution,
      types: ['node'],
      strict: true,
      noEmit: true,
      // node16: our declaration files and everything they import are checked too, in this app's layout (slow, so
      // once); bundler: the consumer's own imports.
      skipLibCheck: resolution !== 'node16',
    },
    files: ['entries.ts', 'typed-usage.ts'],
  };
  const file = `tsconfig.${resolution}.json`;
  writeFileSync(join(app.directory, file), `${JSON.stringify(config, null, 2)}\n`);
  return file;
}

/**
 * Installs the packed packages into a fresh app with one package manager and proves, from the tarballs alone:
 * every entry imports and requires, a consumer type-checks under `node16` and `bundler` resolution, a messenger
 * opened by config sends and receives against the packed testing package's emulator, and the packed CLI runs.
 */
export function describeInstalledApp(setup: PackageManagerSetup, { withOptionalPeers = false } = {}): void {
  describe(`the packed packages installed with ${setup}${withOptionalPeers ? ' (with optional peers)' : ''}`, () => {
    const packages = inject('packedPackages');
    const names = packages.map(({ name }) => name);
    let app: ScratchApp;
    let entries: PlannedEntry[];

    beforeAll(async () => {
      app = await installScratchApp({ setup, packages, withOptionalPeers });
      entries = planEntries(app, names);
      console.log(
        `${setup}: installed ${packages.length} tarballs in ${Math.round(app.installMilliseconds)} ms`,
      );
    });
    afterAll(() => app?.remove());

    it('imports and requires every entry of every package, then sends and receives through createMessenger', async () => {
      copyConsumerFile(app, 'smoke.mjs');
      const plan = { entries, importFromApp: setup === 'pnpm-isolated' };
      const result = await runCommand(process.execPath, ['smoke.mjs', JSON.stringify(plan)], {
        cwd: app.directory,
      });
      expect(result.exitCode, describeResult(result)).toBe(0);
    });

    it.each(['node16', 'bundler'] as const)(
      'type-checks a consumer with moduleResolution %s',
      async (resolution) => {
        const project = writeTypeCheckProject(app, entries, resolution);
        const result = await runCommand(process.execPath, [typescriptCompiler, '-p', project], {
          cwd: app.directory,
        });
        expect(result.exitCode, describeResult(result)).toBe(0);
      },
    );

    it('runs the packed CLI: --version, --help and demo', async () => {
      const cli = packages.find(
        ({ manifest }) => manifest.bin !== undefined && manifest.name.endsWith('/cli'),
      );
      expect(cli, 'a public package ships the switchboard command').toBeDefined();
      const bin = join(app.directory, 'node_modules', '.bin', 'switchboard');
      const version = await runCommand(bin, ['--version'], { cwd: app.directory });
      expect(version.exitCode, describeResult(version)).toBe(0);
      expect(version.stdout.trim()).toBe(cli?.version);
      const help = await runCommand(bin, ['--help'], { cwd: app.directory });
      expect(help.exitCode, describeResult(help)).toBe(0);
      expect(help.stdout).toContain('Usage: switchboard');
      const demo = await runCommand(bin, ['demo'], { cwd: app.directory });
      expect(demo.exitCode, describeResult(demo)).toBe(0);
    });
  });
}
