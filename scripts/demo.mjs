#!/usr/bin/env node
// The project's main job (`pnpm demo`): builds the CLI and what it depends on, then runs
// `switchboard demo`, which drives every provider's emulator through the public contract.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const environment = { TURBO_TELEMETRY_DISABLED: '1', ...process.env };
const build = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'build', '--filter=@switchboard/cli...', '--output-logs=errors-only'],
  {
    cwd: root,
    stdio: 'inherit',
    env: environment,
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const demo = spawnSync(process.execPath, ['packages/cli/dist/bin.mjs', 'demo', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: environment,
});
process.exit(demo.status ?? 1);
