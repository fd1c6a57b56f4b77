// Which fetch should back the transport on Node? Measures the candidates side by side against the
// loopback GREEN-API server, called directly (fetch-compatible) and through core's transport:
//   node bench/fetch-candidates.mjs
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent, fetch as undiciFetch, request as undiciRequest } from 'undici';
import { describeError, formatNumber, formatRatio, printTable } from './lib/format.mjs';
import { startGreenApiLoopbackServer } from './lib/green-api-loopback-server.mjs';
import { importOptional, loadKeepAliveFetchFactory } from './lib/load-optional.mjs';
import { measureInterleaved } from './lib/measure.mjs';
import {
  createNodeHttpSend,
  expectIdMessage,
  fetchSend,
  sendPath,
  transportSend,
} from './lib/send-clients.mjs';

const inFlight = 64;

/** A minimal fetch on node:http (keep-alive Agent), the dependency-free alternative that was tried. */
function createNodeHttpFetch(agent) {
  return async (input, init) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const body = request.body === null ? undefined : Buffer.from(await request.arrayBuffer());
    const headers = Object.fromEntries(request.headers);
    if (body !== undefined) headers['content-length'] = String(body.byteLength);
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        request.url,
        { method: request.method, agent, headers, signal: request.signal },
        (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => {
            const responseHeaders = new Headers();
            for (let index = 0; index < response.rawHeaders.length; index += 2) {
              responseHeaders.append(response.rawHeaders[index], response.rawHeaders[index + 1]);
            }
            resolve(
              new Response(Buffer.concat(chunks), { status: response.statusCode, headers: responseHeaders }),
            );
          });
        },
      );
      outgoing.on('error', (error) => reject(new TypeError('fetch failed', { cause: error })));
      outgoing.end(body);
    });
  };
}

const server = await startGreenApiLoopbackServer();
const core = await importOptional('@switchboard/core/adapter');
const factory = await loadKeepAliveFetchFactory();
const keepAliveFetch = factory?.value();
const dispatcher = new Agent({ pipelining: 1 });
const httpAgent = new HttpAgent({ keepAlive: true });
const candidates = {
  'global fetch (Node 20 bundled undici)': globalThis.fetch,
  'undici.fetch + Agent (pipelining 1)': (input, init) => undiciFetch(input, { ...init, dispatcher }),
  'createKeepAliveFetch (undici.request wrapped)': keepAliveFetch,
  'node:http keep-alive wrapped as fetch': createNodeHttpFetch(httpAgent),
};
const tasks = {
  'floor: node:http + keep-alive Agent': createNodeHttpSend(server.url, httpAgent),
  'floor: undici.request (not fetch-compatible)': async () => {
    const response = await undiciRequest(`${server.url}/${sendPath}`, {
      method: 'POST',
      dispatcher,
      headers: { 'content-type': 'application/json' },
      body: '{"chatId":"79001234567@c.us","message":"Hello"}',
    });
    return expectIdMessage(await response.body.json());
  },
};
for (const [name, candidate] of Object.entries(candidates)) {
  if (candidate === undefined) continue;
  tasks[`${name}, direct`] = fetchSend(server.url, candidate);
  if (core !== undefined) {
    const transport = core.createHttpTransport({
      provider: 'green-api',
      baseUrl: server.url,
      fetch: candidate,
      retry: false,
    });
    tasks[`${name}, through core's transport`] = transportSend(transport);
  }
}
const failures = new Map();
for (const [name, task] of Object.entries(tasks)) {
  try {
    await task();
  } catch (error) {
    failures.set(name, error);
    delete tasks[name];
  }
}
const sequential = await measureInterleaved(tasks);
const batched = Object.fromEntries(
  Object.entries(tasks).map(([name, send]) => [
    name,
    () => Promise.all(Array.from({ length: inFlight }, send)),
  ]),
);
const concurrent = await measureInterleaved(batched, { perIteration: inFlight });
const floor = 'floor: node:http + keep-alive Agent';
const cells = (results, name) => {
  const result = results.get(name);
  if (result?.milliseconds === undefined) return [`failed: ${describeError(result?.error)}`, ''];
  return [
    formatNumber(result.milliseconds * 1000, 1),
    formatRatio(result.milliseconds / results.get(floor).milliseconds),
  ];
};
const rows = Object.keys(tasks).map((name) => [name, ...cells(sequential, name), ...cells(concurrent, name)]);
for (const [name, error] of failures)
  rows.push([name, `failed: ${describeError(error.cause ?? error)}`, '', '', '']);
printTable(
  'Fetch candidates for the transport on Node (lower is better)',
  ['fetch', 'µs/send, 1 at a time', 'vs floor', `µs/send, ${inFlight} in flight`, 'vs floor'],
  rows,
);
await keepAliveFetch?.close();
await dispatcher.close();
httpAgent.destroy();
await server.close();
