#!/usr/bin/env node
// The project's main job (`pnpm demo`): builds the CLI and what it depends on, then runs
// `switchboard demo`, which drives every provider's emulator through the public contract.
// When a step fails it says why: the spawn error, the signal or the exit code.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const environment = { TURBO_TELEMETRY_DISABLED: '1', ...process.env };

/** Runs one step with inherited output; on failure prints why and exits non-zero. */
function runStep(description, command, argumentsList) {
  const result = spawnSync(command, argumentsList, { cwd: root, stdio: 'inherit', env: environment });
  if (result.status === 0) return;
  const reason =
    result.error !== undefined
      ? `could not start ${command}: ${result.error.message}`
      : result.signal !== null
        ? `killed by signal ${result.signal}`
        : `exited with code ${result.status}`;
  console.error(`pnpm demo: ${description} failed (${[command, ...argumentsList].join(' ')}): ${reason}`);
  process.exit(typeof result.status === 'number' && result.status !== 0 ? result.status : 1);
}

runStep('the build', 'pnpm', [
  'exec',
  'turbo',
  'run',
  'build',
  '--filter=@switchboard/cli...',
  '--output-logs=errors-only',
]);
runStep('the demo', process.execPath, ['packages/cli/dist/bin.mjs', 'demo', ...process.argv.slice(2)]);
