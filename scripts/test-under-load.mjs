#!/usr/bin/env node
// The flake proof (`pnpm test:loaded`): runs `pnpm test` several times in a row while CPU burners (child processes
// that spin) compete for the machine, prints each run's closing line, duration and load average, and exits non-zero
// when any run fails. The burners are stopped on every exit path: success, failure, Ctrl-C or a kill signal.
//
//   pnpm test:loaded                        # 4 burners, 3 runs of `pnpm test`
//   pnpm test:loaded --burners 6 --runs 1   # other amounts
//   pnpm test:loaded -- --filter=@switchboard/cli   # anything after `--` goes to `pnpm test` (and so to turbo)
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';

const separator = process.argv.indexOf('--', 2);
const ownArguments = separator === -1 ? process.argv.slice(2) : process.argv.slice(2, separator);
const passedArguments = separator === -1 ? [] : process.argv.slice(separator + 1);
const { values } = parseArgs({
  args: ownArguments,
  options: {
    burners: { type: 'string', default: '4' },
    runs: { type: 'string', default: '3' },
    command: { type: 'string', default: 'pnpm test' },
  },
});
// `--force` for `pnpm test`: turbo would otherwise replay the later runs' tasks from its cache instead of running them.
const testArguments = values.command === 'pnpm test' ? ['--force', ...passedArguments] : passedArguments;
const burnerCount = Number(values.burners);
const runCount = Number(values.runs);
if (!Number.isInteger(burnerCount) || burnerCount < 0 || !Number.isInteger(runCount) || runCount < 1) {
  console.error(
    'usage: test-under-load.mjs [--burners N ≥ 0] [--runs K ≥ 1] [--command "pnpm test"] [-- args]',
  );
  process.exit(2);
}

const root = new URL('..', import.meta.url).pathname;
// A burner spins, and ends by itself if this script dies without stopping it (its parent changes).
const burnerSource = `const parent = ${process.pid}; for (let i = 0; ; i += 1) if (i % 50_000_000 === 0 && process.ppid !== parent) process.exit(0);`;
const burners = [];
let currentRun;

/** Ends the burners and the run in progress (each in its own process group, so its children end too). */
function stopEverything(signal = 'SIGTERM') {
  for (const child of [...burners, currentRun]) {
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) continue;
    try {
      process.kill(-child.pid, signal);
    } catch {
      child.kill(signal);
    }
  }
}
process.on('exit', () => stopEverything('SIGKILL'));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`\n[test:loaded] ${signal}: stopping the burners and the run in progress`);
    stopEverything('SIGTERM');
    setTimeout(() => process.exit(130), 2_000).unref();
  });
}

const formatLoad = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

for (let index = 0; index < burnerCount; index += 1)
  burners.push(spawn(process.execPath, ['-e', burnerSource], { stdio: 'ignore', detached: true }));
console.log(`[test:loaded] ${burnerCount} CPU burners started; load average ${formatLoad()}`);

/** Runs the test command once, echoing its output, and resolves to its closing line and exit status. */
function runOnce() {
  return new Promise((resolve) => {
    const [executable, ...commandArguments] = values.command.split(' ');
    const child = spawn(executable, [...commandArguments, ...testArguments], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    });
    currentRun = child;
    let lastLines = '';
    let maximumLoad = loadavg()[0];
    const loadSampler = setInterval(() => {
      maximumLoad = Math.max(maximumLoad, loadavg()[0]);
    }, 5_000);
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      lastLines = (lastLines + chunk.toString()).slice(-4_000);
    });
    child.on('error', (error) => {
      clearInterval(loadSampler);
      resolve({ status: 1, closingLine: `could not start ${values.command}: ${error.message}`, maximumLoad });
    });
    child.on('close', (status, signal) => {
      clearInterval(loadSampler);
      maximumLoad = Math.max(maximumLoad, loadavg()[0]);
      const closingLine =
        lastLines.match(/^\d+ passed, \d+ failed(?:, \d+ skipped)?$/gm)?.at(-1) ??
        `no closing line (exit ${status ?? signal})`;
      resolve({ status: status ?? 1, closingLine, maximumLoad });
    });
  });
}

const results = [];
try {
  for (let run = 1; run <= runCount; run += 1) {
    const loadBefore = formatLoad();
    console.log(`[test:loaded] run ${run}/${runCount} starts; load average ${loadBefore}`);
    const startedAt = Date.now();
    const { status, closingLine, maximumLoad } = await runOnce();
    const seconds = Math.round((Date.now() - startedAt) / 1_000);
    results.push({ run, status, closingLine, seconds, loadBefore, loadAfter: formatLoad(), maximumLoad });
  }
} finally {
  stopEverything('SIGTERM');
}

console.log(`\n[test:loaded] ${burnerCount} CPU burners, ${runCount} run(s) of \`${values.command}\`:`);
for (const result of results)
  console.log(
    `  run ${result.run}: ${result.status === 0 ? 'ok    ' : 'FAILED'} ${result.closingLine} in ${result.seconds} s; ` +
      `load average before ${result.loadBefore}, after ${result.loadAfter}, peak 1-minute ${result.maximumLoad.toFixed(1)}`,
  );
process.exit(results.every((result) => result.status === 0) ? 0 : 1);
