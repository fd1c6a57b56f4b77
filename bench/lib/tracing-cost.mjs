import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describeError, formatNumber, printTable } from './format.mjs';
import { measureCpuInterleaved } from './measure.mjs';
import { sendTarget } from './send-clients.mjs';

const run = promisify(execFile);
const iterations = Number(process.env.BENCH_CPU_ITERATIONS ?? 4000);
const { idInstance, apiTokenInstance, chatId, message } = sendTarget;
const answer = '{"idMessage":"BAE5F4886B1D5D1A"}';
const url = 'http://127.0.0.1:9';
const modes = {
  none: 'no provider registered (the API is a no-op)',
  recording:
    'recording: SDK tracer (every span sampled, sent to a discarding exporter) + meter + context manager',
};

/** Registers the SDK the way an app does, exporting every span to a processor that drops it. */
async function registerRecordingProviders() {
  const api = await import('@opentelemetry/api');
  const { AsyncLocalStorageContextManager } = await import('@opentelemetry/context-async-hooks');
  const { BasicTracerProvider, SimpleSpanProcessor } = await import('@opentelemetry/sdk-trace-base');
  const { MeterProvider, MetricReader } = await import('@opentelemetry/sdk-metrics');
  const discarding = { export: (_spans, done) => done({ code: 0 }), shutdown: async () => {} };
  class PullReader extends MetricReader {
    async onForceFlush() {}
    async onShutdown() {}
  }
  api.context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  api.trace.setGlobalTracerProvider(
    new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(discarding)] }),
  );
  api.metrics.setGlobalMeterProvider(new MeterProvider({ readers: [new PullReader()] }));
}

/** CPU per send of `sendText` and of a bare `ky.post` over a fetch that answers at once, in one mode. */
export async function measureTracingCost(mode) {
  if (mode === 'recording') await registerRecordingProviders();
  const ky = (await import('ky')).default;
  const { createGreenApiMessenger } = await import('@switchboard/green-api');
  const instantFetch = async () => new Response(answer, { headers: { 'content-type': 'application/json' } });
  const messenger = createGreenApiMessenger({
    network: 'whatsapp',
    idInstance,
    apiTokenInstance,
    apiUrl: url,
    mediaUrl: url,
    fetch: instantFetch,
  });
  const api = await import('@opentelemetry/api');
  const tracer = api.trace.getTracer('bench');
  const tasks = {
    ...(mode === 'none' ? { 'API calls of one send': async () => apiCallsOfOneSend(api, tracer) } : {}),
    'bare ky.post + .json()': async () =>
      ky.post(`${url}/sendMessage`, { json: { chatId, message }, fetch: instantFetch }).json(),
    'green-api messenger.sendText': () => messenger.sendText(chatId, message),
  };
  const results = await measureCpuInterleaved(tasks, { iterations });
  return Object.fromEntries(
    [...results].map(([name, result]) => [
      name,
      result.error === undefined
        ? { cpuMicroseconds: result.cpuMilliseconds * 1000, microseconds: result.milliseconds * 1000 }
        : { error: describeError(result.error) },
    ]),
  );
}

/**
 * What core asks of `@opentelemetry/api` for one send (two spans, a context value, a counter add and a
 * histogram record, with their attribute objects), without the send: the no-op path alone.
 */
async function apiCallsOfOneSend(api, tracer) {
  const base = {
    'switchboard.provider': 'green-api',
    'switchboard.network': 'whatsapp',
    'switchboard.operation': 'sendText',
    'switchboard.message.type': 'text',
  };
  const send = tracer.startSpan('switchboard.send', {
    attributes: { ...base, 'switchboard.instance.id': idInstance },
  });
  const scope = api.context.active().getValue(scopeKey);
  const request = tracer.startSpan('POST', {
    attributes: { 'switchboard.provider': 'green-api', 'http.request.method': 'POST', ...scope },
  });
  const startedAt = performance.now();
  await Promise.resolve();
  const requestAttributes = { ...base, 'switchboard.outcome': 'succeeded', 'http.response.status_code': 200 };
  api.metrics.getMeterProvider();
  api.metrics
    .getMeter('bench')
    .createHistogram('bench.duration')
    .record((performance.now() - startedAt) / 1000, requestAttributes);
  request.setAttributes(requestAttributes);
  request.end();
  api.metrics
    .getMeter('bench')
    .createCounter('bench.sends')
    .add(1, { ...base, 'switchboard.outcome': 'sent' });
  send.setAttribute('switchboard.outcome', 'sent');
  send.end();
}

const scopeKey = Symbol('bench scope');

async function measureInChild(mode) {
  try {
    const { stdout } = await run(process.execPath, [fileURLToPath(import.meta.url), '--child', mode], {
      maxBuffer: 1024 * 1024,
    });
    return JSON.parse(stdout);
  } catch (error) {
    return { error: describeError(error) };
  }
}

/**
 * The tracing scenario: the same `sendText` over an instant fetch (no network) in two fresh processes,
 * one with no OpenTelemetry provider registered and one with a recording SDK, each next to a bare
 * `ky.post` as the reference, so the table shows what tracing adds per send.
 *
 * @example
 * await runTracingCost();
 */
export async function runTracingCost() {
  const results = {};
  for (const mode of Object.keys(modes)) results[mode] = await measureInChild(mode);
  const sendOf = (mode) => results[mode]['green-api messenger.sendText'];
  const kyOf = (mode) => results[mode]['bare ky.post + .json()'];
  const cpu = (cell) =>
    cell?.cpuMicroseconds === undefined ? (cell?.error ?? '') : formatNumber(cell.cpuMicroseconds, 1);
  const rows = Object.entries(modes).map(([mode, description]) => {
    if (results[mode].error !== undefined) return [description, `failed: ${results[mode].error}`, '', '', ''];
    const above = sendOf(mode)?.cpuMicroseconds - kyOf(mode)?.cpuMicroseconds;
    const added = sendOf(mode)?.cpuMicroseconds - sendOf('none')?.cpuMicroseconds;
    return [
      description,
      cpu(sendOf(mode)),
      cpu(kyOf(mode)),
      Number.isNaN(above) ? '' : `${formatNumber(above, 1)} µs`,
      mode === 'none' || Number.isNaN(added) ? '' : `${formatNumber(added, 1)} µs`,
    ];
  });
  const apiCalls = results.none['API calls of one send'];
  printTable(
    'Tracing cost: sendText over a fetch that answers at once, in a fresh process per mode',
    [
      'OpenTelemetry',
      'sendText CPU µs',
      'bare ky.post CPU µs',
      'sendText above ky.post',
      'added by recording',
    ],
    rows,
    [
      'each send makes one switchboard.send span, one provider request span, one counter add and one histogram record',
      `those API calls alone with no provider registered (the no-op path, meter and instruments looked up each time): ${cpu(apiCalls)} µs CPU per send`,
    ],
  );
}

const childIndex = process.argv.indexOf('--child');
if (childIndex !== -1) {
  measureTracingCost(process.argv[childIndex + 1]).then(
    (result) => process.stdout.write(JSON.stringify(result)),
    (error) => process.stdout.write(JSON.stringify({ error: describeError(error) })),
  );
}
