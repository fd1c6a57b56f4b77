#!/usr/bin/env node
// The project's one test command (`pnpm test`): builds, type-checks, lints and tests every package
// through turbo, then prints the closing line CI reads: `N passed, N failed, N skipped`.
// The line is printed on failure too, and the exit code is non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// The workspaces are the folders pnpm-workspace.yaml names (`folder` or `folder/*`).
const workspacePatterns = [
  ...readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8')
    .split(/^packages:\n/m)[1]
    .split(/^\S/m)[0]
    .matchAll(/^\s+-\s+["']?([^"'\n]+)["']?\n/gm),
].map((match) => match[1]);
const workspaces = workspacePatterns
  .flatMap((pattern) => {
    const folder = pattern.replace(/\/\*$/, '');
    if (!existsSync(join(root, folder))) return [];
    return pattern.endsWith('/*')
      ? readdirSync(join(root, folder)).map((name) => join(root, folder, name))
      : [join(root, folder)];
  })
  .filter((directory) => existsSync(join(directory, 'package.json')));

const testedWorkspaces = workspaces.filter((directory) => {
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
  return typeof manifest.scripts?.test === 'string';
});
for (const directory of testedWorkspaces)
  rmSync(join(directory, '.vitest'), { recursive: true, force: true });

// Concurrency fits the machine: turbo runs about one task per two cores (at least two: most test time waits on
// sockets and child processes), and each package's vitest gets the cores left per task (at least one worker). Turbo's
// default (10 tasks, each vitest with cores - 1 workers) oversubscribes a 2-core machine: deadlines then measure
// the queue for the CPU. `pnpm test --concurrency=N` and a VITEST_MAX_WORKERS in the environment override these.
const parallelism = availableParallelism();
const concurrency = Math.max(2, Math.ceil(parallelism / 2));
const concurrencyGiven = process.argv.slice(2).some((argument) => argument.startsWith('--concurrency'));
const vitestWorkers = String(Math.max(1, Math.floor(parallelism / concurrency)));

const tasks = ['build', 'typecheck', 'lint', 'lint:root', 'test'];
const turboArguments = [
  'run',
  ...tasks,
  '--continue',
  ...(concurrencyGiven ? [] : [`--concurrency=${concurrency}`]),
];
const turbo = spawnSync('pnpm', ['exec', 'turbo', ...turboArguments, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { TURBO_TELEMETRY_DISABLED: '1', VITEST_MAX_WORKERS: vitestWorkers, ...process.env },
});

let passed = 0;
let failed = 0;
let skipped = 0;
for (const directory of testedWorkspaces) {
  const resultsFile = join(directory, '.vitest', 'results.json');
  if (!existsSync(resultsFile)) {
    console.error(`no test results from ${directory.slice(root.length)} (its build or tests did not run)`);
    failed += 1;
    continue;
  }
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  skipped += results.numPendingTests + results.numTodoTests;
  if (results.numFailedTestSuites > 0 && results.numFailedTests === 0) failed += results.numFailedTestSuites;
}
const exitCode = turbo.status === 0 && failed === 0 ? 0 : 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(exitCode);
