// Where the time of one send goes on Node, layer by layer, against the loopback GREEN-API server:
//   node bench/send-breakdown.mjs
// Part 1 (network): the node:http floor, undici.request alone and through undici's redirect
// interceptor (which the keep-alive fetch does not use: it follows redirects itself, at no cost
// until one arrives), core's transport and GREEN-API's sendText over createKeepAliveFetch. Part 2 (CPU only): the same layers over an exchange that answers at
// once (no network), through the internal exchange key the keep-alive fetch uses.
import { Agent as HttpAgent } from 'node:http';
import { loadavg } from 'node:os';
import { Bench } from 'tinybench';
import { Agent, interceptors, request as undiciRequest } from 'undici';
import { formatNumber, formatRatio, printTable } from './lib/format.mjs';
import { startGreenApiLoopbackServer } from './lib/green-api-loopback-server.mjs';
import { importOptional, loadKeepAliveFetchFactory } from './lib/load-optional.mjs';
import { measureInterleaved } from './lib/measure.mjs';
import {
  createNodeHttpSend,
  expectIdMessage,
  sendPath,
  sendTarget,
  transportSend,
} from './lib/send-clients.mjs';

const inFlight = 64;
const floorName = 'node:http + keep-alive Agent (floor)';
const core = await importOptional('@switchboard/core/adapter');
const greenApi = await importOptional('@switchboard/green-api');
const factory = await loadKeepAliveFetchFactory();
if (core === undefined || greenApi === undefined || factory === undefined) {
  console.error('build the packages first: pnpm exec turbo run build --filter=./packages/*');
  process.exit(1);
}

const messengerOver = (url, fetch) =>
  greenApi.createGreenApiMessenger({
    network: 'whatsapp',
    idInstance: sendTarget.idInstance,
    apiTokenInstance: sendTarget.apiTokenInstance,
    apiUrl: url,
    mediaUrl: url,
    fetch,
  });
const sendTextOf = (messenger) => async () => {
  const sent = await messenger.sendText(sendTarget.chatId, sendTarget.message);
  if (typeof sent?.messageId !== 'string') throw new Error(`unexpected answer ${JSON.stringify(sent)}`);
  return sent;
};
const transportOver = (url, fetch) =>
  core.createHttpTransport({ provider: 'green-api', baseUrl: url, fetch });

async function measureNetwork() {
  const server = await startGreenApiLoopbackServer();
  const httpAgent = new HttpAgent({ keepAlive: true });
  const agent = new Agent({ pipelining: 1, connections: null });
  const following = agent.compose(interceptors.redirect({ maxRedirections: 20 }));
  const keepAliveFetch = factory.value();
  const body = JSON.stringify({ chatId: sendTarget.chatId, message: sendTarget.message });
  const undiciSend = (dispatcher) => async () => {
    const response = await undiciRequest(`${server.url}/${sendPath}`, {
      method: 'POST',
      dispatcher,
      headers: { 'content-type': 'application/json' },
      body,
    });
    return expectIdMessage(await response.body.json());
  };
  const tasks = {
    [floorName]: createNodeHttpSend(server.url, httpAgent),
    'undici.request, Agent': undiciSend(agent),
    'undici.request, Agent + redirect interceptor': undiciSend(following),
    'core transport + createKeepAliveFetch()': transportSend(transportOver(server.url, keepAliveFetch)),
    'green-api sendText + createKeepAliveFetch()': sendTextOf(messengerOver(server.url, keepAliveFetch)),
  };
  try {
    for (const send of Object.values(tasks)) await send();
    const sequential = await measureInterleaved(tasks);
    const concurrent = await measureInterleaved(
      Object.fromEntries(
        Object.entries(tasks).map(([name, send]) => [
          name,
          () => Promise.all(Array.from({ length: inFlight }, send)),
        ]),
      ),
      { perIteration: inFlight },
    );
    const cells = (results, name) => [
      formatNumber(results.get(name).milliseconds * 1000, 1),
      formatRatio(results.get(name).milliseconds / results.get(floorName).milliseconds),
    ];
    printTable(
      'Send breakdown on the network (lower is better)',
      ['layer', 'µs/send, 1 at a time', 'vs floor', `µs/send, ${inFlight} in flight`, 'vs floor'],
      Object.keys(tasks).map((name) => [name, ...cells(sequential, name), ...cells(concurrent, name)]),
    );
  } finally {
    await keepAliveFetch.close();
    await agent.close();
    httpAgent.destroy();
    await server.close();
  }
}

async function measureCpu() {
  const answer = new TextEncoder().encode('{"idMessage":"BAE5000000000001"}');
  const headers = new Headers({ 'content-type': 'application/json' });
  const exchange = async () => ({ status: 200, headers, body: answer });
  // The key under which a fetch carries the exchange the transport uses instead of calling it.
  const immediateFetch = Object.assign(async () => new Response(answer), {
    [Symbol.for('@switchboard/core.httpExchange')]: exchange,
  });
  const url = 'http://127.0.0.1:9';
  const messenger = messengerOver(url, immediateFetch);
  const transport = transportOver(url, immediateFetch);
  const json = { chatId: sendTarget.chatId, message: sendTarget.message };
  const bench = new Bench({ time: 1000, warmupTime: 200 });
  bench
    .add('transport.request (no schema)', () => transport.request({ method: 'POST', path: sendPath, json }))
    .add('messenger.raw.sendMessage (client, schema, error detector)', () => messenger.raw.sendMessage(json))
    .add('messenger.sendText (recipient, template, operation)', sendTextOf(messenger));
  await bench.run();
  printTable(
    'Send breakdown, CPU only: the layers over an exchange that answers at once',
    ['layer', 'µs/send'],
    bench.tasks.map((task) => [task.name, formatNumber(task.result.latency.mean * 1000, 2)]),
    ['one call at a time, tinybench mean over 1 s'],
  );
}

console.log(
  `# Send breakdown; ${new Date().toISOString()}; node ${process.version}; load ${loadavg()[0].toFixed(2)}`,
);
await measureNetwork();
await measureCpu();
