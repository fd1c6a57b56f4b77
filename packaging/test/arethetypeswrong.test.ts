import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { describeResult, runCommand } from './support/run-command.js';

const packages = inject('packedPackages');
const attwManifest = createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json');
const attw = join(dirname(attwManifest), 'dist', 'index.js');

// The packages are ESM-only (Node >= 20.19 requires them as ESM), so the `esm-only` profile: node10 and
// node16-from-CommonJS resolutions are reported but not failures. Every other problem fails.
it.each(packages.map((packed) => [packed.name, packed] as const))(
  'arethetypeswrong finds no problem in the tarball of %s',
  async (_name, packed) => {
    const result = await runCommand(
      process.execPath,
      [attw, packed.tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color'],
      { cwd: process.cwd() },
    );
    expect(result.exitCode, describeResult(result)).toBe(0);
  },
);
