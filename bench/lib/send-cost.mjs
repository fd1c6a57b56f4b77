import { execFile } from 'node:child_process';
import { Agent } from 'node:http';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describeError, formatNumber, formatRatio, printTable } from './format.mjs';
import { startGreenApiLoopbackServer } from './green-api-loopback-server.mjs';
import { importOptional } from './load-optional.mjs';
import { measureCpuInterleaved } from './measure.mjs';
import { findNodeRuntimes } from './node-runtimes.mjs';
import {
  createNodeHttpSend,
  expectIdMessage,
  fetchSend,
  sendPath,
  sendTarget,
  transportSend,
} from './send-clients.mjs';

const run = promisify(execFile);
const inFlight = 64;
const sdkName = '(c) @green-api/whatsapp-api-client 0.4.4 (axios)';
const kyName = '(k) bare ky.post + .json(), default fetch';
const headlineName = '(f) green-api messenger.sendText, default fetch';
const { idInstance, apiTokenInstance, chatId, message } = sendTarget;
const answer = '{"idMessage":"BAE5F4886B1D5D1A"}';
const sequentialIterations = Number(process.env.BENCH_SEND_ITERATIONS ?? 400);
const cpuIterations = Number(process.env.BENCH_CPU_ITERATIONS ?? 4000);

/** One measured cell: wall and CPU µs per send, or why there is none. */
function cellOf(results, clients, name) {
  const result = results.get(name);
  if (result === undefined) return { note: clients[name] };
  if (result.error !== undefined) return { note: `failed: ${describeError(result.error)}` };
  return { microseconds: result.milliseconds * 1000, cpuMicroseconds: result.cpuMilliseconds * 1000 };
}

async function loadLibraries() {
  return {
    ky: (await importOptional('ky'))?.default,
    core: await importOptional('@switchboard/core/adapter'),
    greenApi: await importOptional('@switchboard/green-api'),
    sdk: (await importOptional('@green-api/whatsapp-api-client'))?.default,
  };
}

function messengerOf({ greenApi }, url, fetch) {
  return greenApi.createGreenApiMessenger({
    network: 'whatsapp',
    idInstance,
    apiTokenInstance,
    apiUrl: url,
    mediaUrl: url,
    ...(fetch === undefined ? {} : { fetch }),
  });
}

const sendTextOf = (messenger) => async () => {
  const sent = await messenger.sendText(chatId, message);
  if (sent === undefined || sent === null) throw new Error('sendText returned nothing');
  return sent;
};

// ky's defaults but a 30 s timeout, as the transport's (ky's own 10 s failed on a machine at load 46).
const kySend = (ky, url, fetch) => async () =>
  expectIdMessage(
    await ky
      .post(`${url}/${sendPath}`, {
        json: { chatId, message },
        timeout: 30_000,
        ...(fetch === undefined ? {} : { fetch }),
      })
      .json(),
  );

function networkClients(libraries, url, agent) {
  const { ky, core, greenApi, sdk } = libraries;
  const sdkApi = sdk?.restAPI({ host: url, media: url, idInstance, apiTokenInstance });
  return {
    '(a) plain fetch (global)': fetchSend(url, globalThis.fetch),
    '(b) node:http + keep-alive Agent (floor)': createNodeHttpSend(url, agent),
    [sdkName]:
      sdkApi === undefined
        ? 'not installed'
        : async () => expectIdMessage(await sdkApi.message.sendMessage(chatId, null, message)),
    [kyName]: ky === undefined ? 'not installed' : kySend(ky, url),
    '(d) core createHttpTransport, default fetch':
      core?.createHttpTransport === undefined
        ? 'not built yet'
        : transportSend(core.createHttpTransport({ provider: 'green-api', baseUrl: url })),
    [headlineName]:
      greenApi?.createGreenApiMessenger === undefined
        ? 'not built yet'
        : sendTextOf(messengerOf(libraries, url)),
  };
}

async function runnableOnly(clients) {
  const runnable = Object.fromEntries(
    Object.entries(clients).filter(([, send]) => typeof send === 'function'),
  );
  for (const [name, send] of Object.entries(runnable)) {
    try {
      await send();
    } catch (error) {
      clients[name] = `failed: ${describeError(error)}`;
      delete runnable[name];
    }
  }
  return runnable;
}

/** The same send over a fetch that answers at once (no network): what each layer costs in CPU. */
async function measureCpu(libraries) {
  const { ky, core } = libraries;
  const url = 'http://127.0.0.1:9';
  const instantFetch = async () => new Response(answer, { headers: { 'content-type': 'application/json' } });
  const clients = {
    'bare ky.post + .json()': ky === undefined ? 'not installed' : kySend(ky, url, instantFetch),
    'core transport.request (no schema)':
      core?.createHttpTransport === undefined
        ? 'not built yet'
        : transportSend(
            core.createHttpTransport({ provider: 'green-api', baseUrl: url, fetch: instantFetch }),
          ),
    'green-api messenger.sendText':
      libraries.greenApi?.createGreenApiMessenger === undefined
        ? 'not built yet'
        : sendTextOf(messengerOf(libraries, url, instantFetch)),
  };
  const runnable = await runnableOnly(clients);
  const results = await measureCpuInterleaved(runnable, { iterations: cpuIterations });
  return Object.fromEntries(Object.keys(clients).map((name) => [name, cellOf(results, clients, name)]));
}

/**
 * Measures, in this process, the per-send time of each client against the loopback GREEN-API server
 * (one at a time and 64 in flight, rows interleaved) and the CPU cost of each layer over an instant
 * fetch. Returns plain data (also printed as JSON by `node bench/lib/send-cost.mjs --child`).
 *
 * @example
 * const { network, cpu } = await measureSendCost();
 */
export async function measureSendCost() {
  const libraries = await loadLibraries();
  const server = await startGreenApiLoopbackServer();
  const agent = new Agent({ keepAlive: true });
  try {
    const clients = networkClients(libraries, server.url, agent);
    const runnable = await runnableOnly(clients);
    const sequential = await measureCpuInterleaved(runnable, { iterations: sequentialIterations });
    const batched = Object.fromEntries(
      Object.entries(runnable).map(([name, send]) => [
        name,
        () => Promise.all(Array.from({ length: inFlight }, send)),
      ]),
    );
    const concurrent = await measureCpuInterleaved(batched, {
      iterations: Math.ceil(sequentialIterations / 8),
      perIteration: inFlight,
    });
    const stats = await server.stats();
    const network = Object.fromEntries(
      Object.keys(clients).map((name) => [
        name,
        { sequential: cellOf(sequential, clients, name), concurrent: cellOf(concurrent, clients, name) },
      ]),
    );
    const cpu = await measureCpu(libraries);
    return { node: process.version, network, cpu, sends: stats.sends, unexpected: stats.unexpected };
  } finally {
    agent.destroy();
    await server.close();
  }
}

async function measureUnder(runtime) {
  if (runtime.binary === process.execPath) return measureSendCost();
  try {
    const { stdout } = await run(runtime.binary, [fileURLToPath(import.meta.url), '--child'], {
      maxBuffer: 16 * 1024 * 1024,
    });
    return JSON.parse(stdout);
  } catch (error) {
    return { error: describeError(error) };
  }
}

const microseconds = (cell, key = 'microseconds') =>
  cell?.[key] === undefined ? (cell?.note ?? '') : formatNumber(cell[key], 1);
const ratio = (cell, reference, key = 'microseconds') =>
  cell?.[key] === undefined || reference?.[key] === undefined ? '' : formatRatio(cell[key] / reference[key]);

function printRuntime(name, result) {
  if (result.error !== undefined) {
    printTable(`Send cost under ${name}`, ['client', 'result'], [['(all)', `failed: ${result.error}`]]);
    return;
  }
  const sdk = result.network[sdkName];
  const rows = Object.entries(result.network).map(([client, cells]) => [
    client,
    microseconds(cells.sequential),
    ratio(cells.sequential, sdk.sequential),
    microseconds(cells.sequential, 'cpuMicroseconds'),
    ratio(cells.sequential, sdk.sequential, 'cpuMicroseconds'),
    microseconds(cells.concurrent),
    ratio(cells.concurrent, sdk.concurrent),
    microseconds(cells.concurrent, 'cpuMicroseconds'),
    ratio(cells.concurrent, sdk.concurrent, 'cpuMicroseconds'),
  ]);
  printTable(
    `Send cost under ${name} (${result.node}): per send against a loopback GREEN-API server (lower is better)`,
    [
      'client',
      '1 at a time: wall µs',
      'vs SDK',
      'CPU µs',
      'vs SDK',
      `${inFlight} in flight: wall µs`,
      'vs SDK',
      'CPU µs',
      'vs SDK',
    ],
    rows,
    [
      "wall = elapsed time per send; CPU = this process's user + system time per send (the server runs in a child process)",
      `server answered ${formatNumber(result.sends)} sends${result.unexpected.length === 0 ? '' : `; unexpected requests: ${result.unexpected.map(([key, count]) => `${key} ×${count}`).join(', ')}`}`,
    ],
  );
  const ky = result.cpu['bare ky.post + .json()'];
  printTable(
    `Send CPU under ${name}: the same send over a fetch that answers at once (no network)`,
    ['layer', 'CPU µs/send', 'above bare ky.post', 'wall µs/send'],
    Object.entries(result.cpu).map(([layer, cell]) => [
      layer,
      microseconds(cell, 'cpuMicroseconds'),
      cell.cpuMicroseconds === undefined || ky?.cpuMicroseconds === undefined
        ? ''
        : `${formatNumber(cell.cpuMicroseconds - ky.cpuMicroseconds, 1)} µs`,
      microseconds(cell),
    ]),
  );
}

/**
 * The send-cost scenario under every Node runtime available (Node 24 first when installed), then a
 * summary of the targets: `sendText` on the default fetch against the official SDK, and what
 * Switchboard adds above a bare `ky.post`.
 *
 * @example
 * await runSendCost();
 */
export async function runSendCost() {
  const results = [];
  for (const runtime of findNodeRuntimes()) {
    const result = await measureUnder(runtime);
    results.push([runtime.name, result]);
    printRuntime(runtime.name, result);
  }
  const summary = results
    .filter(([, result]) => result.error === undefined)
    .map(([name, result]) => {
      const sdk = result.network[sdkName];
      const headline = result.network[headlineName];
      const cpu = result.cpu;
      const added =
        cpu['green-api messenger.sendText']?.cpuMicroseconds - cpu['bare ky.post + .json()']?.cpuMicroseconds;
      const both = (cell, reference) =>
        `${ratio(cell, reference)} / ${ratio(cell, reference, 'cpuMicroseconds')}`;
      return [
        name,
        both(headline.sequential, sdk.sequential),
        both(headline.concurrent, sdk.concurrent),
        Number.isNaN(added) ? '' : `${formatNumber(added, 1)} µs`,
      ];
    });
  printTable(
    'Send targets: sendText on the default fetch / official SDK, wall / CPU (≤ 1.00x); CPU above a bare ky.post (≤ 10 µs)',
    ['runtime', 'default, 1 at a time', `default, ${inFlight} in flight`, 'sendText CPU above ky.post'],
    summary,
  );
}

if (process.argv.includes('--child')) {
  measureSendCost().then(
    (result) => process.stdout.write(JSON.stringify(result)),
    (error) => process.stdout.write(JSON.stringify({ error: describeError(error) })),
  );
}
