import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { benchPath } from './load-optional.mjs';

const bundleCode = `
export * as core from '@switchboard/core';
export * as adapterKit from '@switchboard/core/adapter';
export * as greenApiWebhook from '@switchboard/green-api/webhook';
export * as sdkwaWebhook from '@switchboard/sdkwa/webhook';
export * as whatsgateWebhook from '@switchboard/whatsgate/webhook';
`;

/** The checks run inside the edge VM; each resolves to a short description or throws. */
const checksScript = (serverUrl) => `(async () => {
  const { core, adapterKit, greenApiWebhook, sdkwaWebhook, whatsgateWebhook } = globalThis.switchboard;
  const results = {};
  const check = async (name, run) => {
    try { results[name] = { ok: true, detail: String(await run()) }; }
    catch (error) { results[name] = { ok: false, detail: String(error && error.message || error) }; }
  };
  await check('runtime has no Node globals', () => {
    if (typeof process !== 'undefined' || typeof require !== 'undefined') throw new Error('Node globals present');
    return 'no process, no require';
  });
  await check('core: createHttpTransport JSON request', async () => {
    const transport = adapterKit.createHttpTransport({ provider: 'green-api', baseUrl: ${JSON.stringify(serverUrl)} });
    const body = await transport.request({ method: 'POST', path: 'waInstance1/sendMessage/token', json: { chatId: '1@c.us', message: 'hi' } });
    if (body.idMessage !== 'EDGE1') throw new Error('unexpected body ' + JSON.stringify(body));
    return 'idMessage ' + body.idMessage;
  });
  await check('core: HTTP 500 becomes a MessengerError', async () => {
    const transport = adapterKit.createHttpTransport({ provider: 'green-api', baseUrl: ${JSON.stringify(serverUrl)}, retry: false });
    try { await transport.request({ method: 'POST', path: 'fail', json: {} }); } catch (error) {
      if (!core.isMessengerError(error) || error.status !== 500) throw error;
      return error.code + ' ' + error.status;
    }
    throw new Error('no error');
  });
  await check('green-api/webhook: verify + parse a Request', async () => {
    if (typeof greenApiWebhook.parseGreenApiWebhook !== 'function') throw new Error('not built yet');
    const request = new Request('https://example.test/hook', { method: 'POST', headers: { authorization: 'Bearer edge-secret', 'content-type': 'application/json' }, body: JSON.stringify(globalThis.fixtures.greenApi) });
    const events = await greenApiWebhook.parseGreenApiWebhook(request, { webhookUrlToken: 'edge-secret' });
    return events.map((event) => event.type).join(',');
  });
  await check('sdkwa/webhook: parse a body', async () => {
    if (typeof sdkwaWebhook.parseSdkwaWebhook !== 'function') throw new Error('not built yet');
    const events = await sdkwaWebhook.parseSdkwaWebhook(JSON.stringify(globalThis.fixtures.sdkwa));
    return (Array.isArray(events) ? events : events.events).map((event) => event.type).join(',');
  });
  await check('whatsgate/webhook: parse a body', async () => {
    if (typeof whatsgateWebhook.parseWhatsgateWebhook !== 'function') throw new Error('not built yet');
    const { events } = whatsgateWebhook.parseWhatsgateWebhook(JSON.stringify(globalThis.fixtures.whatsgate));
    return events.map((event) => event.type).join(',');
  });
  return JSON.stringify(results);
})()`;

function startServer() {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.statusCode = request.url === '/fail' ? 500 : 200;
      response.setHeader('content-type', 'application/json');
      response.end(request.url === '/fail' ? '{"message":"boom"}' : '{"idMessage":"EDGE1"}');
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Runs the portable entries (core's main entry and each adapter's `/webhook` subpath, bundled with
 * esbuild for the browser platform) inside an `@edge-runtime/vm` EdgeVM (web APIs only: no `process`,
 * no `require`), against a loopback server. `vmDirectory` is where `@edge-runtime/vm` is installed.
 * Resolves to `{ name: { ok, detail } }`.
 *
 * @example
 * const results = await runEdgeSmoke('/tmp/switchboard-portability/edge');
 */
export async function runEdgeSmoke(vmDirectory) {
  const require = createRequire(join(vmDirectory, 'package.json'));
  const { EdgeVM } = require('@edge-runtime/vm');
  const testing = await import('@switchboard/testing');
  const bundle = await build({
    stdin: { contents: bundleCode, resolveDir: benchPath(), loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'switchboard',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  const server = await startServer();
  try {
    const vm = new EdgeVM();
    vm.evaluate(bundle.outputFiles[0].text);
    vm.evaluate(
      `globalThis.fixtures = ${JSON.stringify({
        greenApi: testing.greenApiFixtures.incomingTextMessage,
        sdkwa: testing.sdkwaFixtures.incomingTextNotification?.body,
        whatsgate: testing.whatsgateFixtures.incomingTextWebhook,
      })};`,
    );
    return JSON.parse(await vm.evaluate(checksScript(`http://127.0.0.1:${server.address().port}`)));
  } finally {
    server.close();
  }
}
