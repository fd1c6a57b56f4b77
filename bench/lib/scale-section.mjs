import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describeError, formatNumber, printTable } from './format.mjs';
import { importOptional, loadExport } from './load-optional.mjs';
import { drainNotifications, notificationCount, runLimitMilliseconds } from './poller-throughput.mjs';
import { messengerCount, scaleFactories } from './scale-messengers.mjs';

const run = promisify(execFile);
const childScript = fileURLToPath(new URL('./scale-messengers.mjs', import.meta.url));
const pollingScript = fileURLToPath(new URL('./polled-messengers.mjs', import.meta.url));

async function polledMessengerRows() {
  const { stdout } = await run(process.execPath, [pollingScript, '--child'], { maxBuffer: 16 * 1024 * 1024 });
  const result = JSON.parse(stdout);
  const row =
    result.missing !== undefined
      ? [result.missing, '', '', '', '']
      : [
          formatNumber(result.messengers),
          `${formatNumber(result.milliseconds)} ms`,
          formatNumber(result.receives),
          formatNumber(result.receiveErrors),
          result.warnings.length === 0 ? 'none' : result.warnings.join('; '),
        ];
  printTable(
    `Scale: ${formatNumber(messengerCount)} GREEN-API messengers polled by one startPolling`,
    ['messengers', 'polled for', 'receives', 'receive errors', 'process warnings'],
    [row],
    ['fresh process; each receiveNotification long-polls 50 ms over an injected fetch and answers null'],
  );
}

async function messengerRows() {
  const rows = [];
  for (const entry of scaleFactories) {
    const { stdout } = await run(process.execPath, ['--expose-gc', childScript, '--adapter', entry.adapter]);
    const result = JSON.parse(stdout);
    if (result.missing !== undefined) {
      rows.push([`${entry.adapter}: ${entry.factory}`, result.missing, '', '', '']);
      continue;
    }
    rows.push([
      `${entry.adapter}: ${entry.factory}`,
      `${formatNumber(result.milliseconds)} ms`,
      `${formatNumber((result.milliseconds * 1000) / result.count, 1)} µs`,
      `${formatNumber(result.heapBytes / 1024 / 1024, 1)} MB`,
      `${formatNumber(result.heapBytes / result.count / 1024, 1)} KB`,
    ]);
  }
  printTable(
    `Scale: ${formatNumber(messengerCount)} messengers in one process (multi-tenant)`,
    ['factory', 'create all', 'per messenger', 'retained heap', 'per messenger'],
    rows,
    [
      'fresh process per adapter, node --expose-gc; retained = heapUsed + external after a full GC, minus before',
    ],
  );
}

async function pollerRows() {
  const polling = await loadExport(
    '@switchboard/core',
    'startPolling',
    'packages/core/src/receiving/start-polling.ts',
  );
  const greenApi = await importOptional('@switchboard/green-api');
  const testing = await importOptional('@switchboard/testing');
  const title = `Scale: draining ${formatNumber(notificationCount)} notifications from the GREEN-API emulator with startPolling`;
  const header = [
    'fetch, consumer',
    'handled',
    'time',
    'notifications/s',
    'receives',
    'deferred / duplicates',
  ];
  const missing =
    polling === undefined
      ? 'startPolling not available yet'
      : greenApi?.createGreenApiMessenger === undefined
        ? 'green-api not built yet'
        : testing?.startGreenApiEmulator === undefined
          ? 'the emulator (@switchboard/testing) not built yet'
          : undefined;
  if (missing !== undefined) {
    printTable(title, header, [[missing, '', '', '', '', '']]);
    return;
  }
  const variants = [['default fetch', undefined]];
  const consumers = [
    ['receive + ack loop, no poller', undefined, 1],
    ...[1, 8, 64].map((concurrency) => [
      `startPolling, concurrency ${concurrency}`,
      polling.value,
      concurrency,
    ]),
  ];
  const rows = [];
  for (const [label, createFetch] of variants) {
    for (const [consumer, startPolling, concurrency] of consumers) {
      const fetch = createFetch?.();
      const name = `${label}, ${consumer}`;
      try {
        const result = await drainNotifications({
          testing,
          startPolling,
          createGreenApiMessenger: greenApi.createGreenApiMessenger,
          concurrency,
          fetch,
        });
        const partial =
          result.handled < notificationCount ? ` (stopped at ${runLimitMilliseconds / 1000} s)` : '';
        rows.push([
          name,
          `${formatNumber(result.handled)}${partial}`,
          `${formatNumber(result.milliseconds)} ms`,
          formatNumber((result.handled * 1000) / result.milliseconds),
          formatNumber(result.received),
          `${formatNumber(result.deferred)} / ${result.duplicatesHandled}`,
        ]);
      } catch (error) {
        rows.push([name, `failed: ${describeError(error)}`, '', '', '', '']);
      } finally {
        await fetch?.close();
      }
    }
  }
  printTable(title, header, rows, [
    `startPolling from ${polling.origin === 'dist' ? '@switchboard/core' : 'packages/core/src (not exported from @switchboard/core yet)'}; the emulator runs in the same process; one messenger`,
    'each notification is one receiveNotification + one deleteNotification; deferred = receives of an item another handler was still processing;',
    'duplicates = events handed to onEvent twice',
  ]);
}

/**
 * The scale scenario: memory and creation time of many messengers, and poller throughput.
 *
 * @example
 * await runScale();
 */
export async function runScale() {
  await messengerRows();
  await polledMessengerRows();
  await pollerRows();
}
