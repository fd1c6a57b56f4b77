import { Agent } from 'node:http';
import { describeError, formatNumber, formatRatio, printTable } from './format.mjs';
import { startGreenApiLoopbackServer } from './green-api-loopback-server.mjs';
import { importOptional, loadKeepAliveFetchFactory } from './load-optional.mjs';
import { measureInterleaved } from './measure.mjs';
import {
  createNodeHttpSend,
  expectIdMessage,
  fetchSend,
  sendTarget,
  transportSend,
} from './send-clients.mjs';

const inFlight = 64;
const floorName = '(b) node:http + keep-alive Agent (floor)';
const { idInstance, apiTokenInstance, chatId, message } = sendTarget;

async function createClients(url, keepAliveFetch) {
  const agent = new Agent({ keepAlive: true });
  const core = await importOptional('@switchboard/core/adapter');
  const transportOf = (fetch) =>
    core.createHttpTransport({
      provider: 'green-api',
      baseUrl: url,
      ...(fetch === undefined ? {} : { fetch }),
    });
  const sdk = (await importOptional('@green-api/whatsapp-api-client'))?.default;
  const greenApi = await importOptional('@switchboard/green-api');
  const messengerOf = (fetch) =>
    greenApi.createGreenApiMessenger({
      network: 'whatsapp',
      idInstance,
      apiTokenInstance,
      apiUrl: url,
      mediaUrl: url,
      ...(fetch === undefined ? {} : { fetch }),
    });
  const messengerSend = (messenger) => async () => {
    const sent = await messenger.sendText(chatId, message);
    if (sent === undefined || sent === null) throw new Error('sendText returned nothing');
    return sent;
  };
  const sdkApi = sdk?.restAPI({ host: url, media: url, idInstance, apiTokenInstance });
  return {
    agent,
    clients: {
      '(a) plain fetch (Node global)': fetchSend(url, globalThis.fetch),
      [floorName]: createNodeHttpSend(url, agent),
      '(c) @green-api/whatsapp-api-client 0.4.4 (axios)':
        sdkApi === undefined
          ? 'not installed'
          : async () => expectIdMessage(await sdkApi.message.sendMessage(chatId, null, message)),
      '(d) core createHttpTransport, default fetch':
        core?.createHttpTransport === undefined ? 'not built yet' : transportSend(transportOf(undefined)),
      '(e0) createKeepAliveFetch alone (no transport)':
        keepAliveFetch === undefined ? 'not available yet' : fetchSend(url, keepAliveFetch),
      '(e) core createHttpTransport + createKeepAliveFetch':
        core?.createHttpTransport === undefined
          ? 'not built yet'
          : keepAliveFetch === undefined
            ? 'not available yet'
            : transportSend(transportOf(keepAliveFetch)),
      '(f) green-api messenger.sendText, default fetch':
        greenApi?.createGreenApiMessenger === undefined
          ? 'not built yet'
          : messengerSend(messengerOf(undefined)),
      '(f) green-api messenger.sendText + createKeepAliveFetch':
        greenApi?.createGreenApiMessenger === undefined
          ? 'not built yet'
          : keepAliveFetch === undefined
            ? 'not available yet'
            : messengerSend(messengerOf(keepAliveFetch)),
    },
  };
}

/**
 * The send-cost scenario: per-send time of each client against the loopback GREEN-API server, one
 * at a time and with 64 in flight, as ratios to the node:http floor measured in the same run.
 *
 * @example
 * await runSendCost();
 */
export async function runSendCost() {
  const server = await startGreenApiLoopbackServer();
  const factory = await loadKeepAliveFetchFactory();
  const keepAliveFetch = factory?.value();
  const { agent, clients } = await createClients(server.url, keepAliveFetch);
  try {
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
    const sequential = await measureInterleaved(runnable);
    const batched = Object.fromEntries(
      Object.entries(runnable).map(([name, send]) => [
        name,
        () => Promise.all(Array.from({ length: inFlight }, send)),
      ]),
    );
    const concurrent = await measureInterleaved(batched, { perIteration: inFlight });
    const stats = await server.stats();
    const cell = (results, name) => {
      const result = results.get(name);
      if (result === undefined) return [clients[name], ''];
      if (result.error !== undefined) return [`failed: ${describeError(result.error)}`, ''];
      const floor = results.get(floorName)?.milliseconds;
      return [
        formatNumber(result.milliseconds * 1000, 1),
        floor === undefined ? '' : formatRatio(result.milliseconds / floor),
      ];
    };
    const rows = Object.keys(clients).map((name) => [
      name,
      ...cell(sequential, name),
      ...cell(concurrent, name),
    ]);
    const notes = [
      `keep-alive fetch: ${factory === undefined ? 'not available' : factory.origin === 'dist' ? '@switchboard/core/node' : 'built from packages/core/src (not exported from @switchboard/core/node yet)'}`,
      `server answered ${formatNumber(stats.sends)} sends${stats.unexpected.length === 0 ? '' : `; unexpected requests: ${stats.unexpected.map(([key, count]) => `${key} ×${count}`).join(', ')}`}`,
    ];
    printTable(
      'Send cost: per-send time against a loopback GREEN-API server (lower is better)',
      ['client', 'µs/send, 1 at a time', 'vs floor', `µs/send, ${inFlight} in flight`, 'vs floor'],
      rows,
      notes,
    );
  } finally {
    await keepAliveFetch?.close();
    agent.destroy();
    await server.close();
  }
}
