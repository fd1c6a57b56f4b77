import { fork } from 'node:child_process';
import { metrics, trace } from '@opentelemetry/api';
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { createOutbox, OutboxTelemetry } from '@switchboard/bullmq';
import { isRedisServerInstalled, startGreenApiEmulator, startRedisServer } from '@switchboard/testing';
import { describeError, formatNumber, printTable } from './format.mjs';
import { measureInterleaved } from './measure.mjs';

const messageCount = Number(process.env.BENCH_OUTBOX_MESSAGES ?? 3000);
const instanceCount = 20;
const chatsPerInstance = 10;
const workerScript = new URL('./outbox-worker.mjs', import.meta.url);

async function throughput(workerCount) {
  const redis = await startRedisServer();
  const emulator = await startGreenApiEmulator({
    state: 'authorized',
    timings: { sendDelayScale: 0 },
    statusProgression: 'sent',
    instances: Array.from({ length: instanceCount }, () => ({})),
  });
  const instances = emulator.instances;
  const queueName = `bench-${workerCount}`;
  const outbox = createOutbox({
    connection: redis.url,
    queueName,
    resolveMessenger: () => {
      throw new Error('this process only enqueues');
    },
  });
  const workers = [];
  try {
    const enqueueStartedAt = performance.now();
    for (let index = 0; index < messageCount; index += 1) {
      const instance = instances[index % instanceCount];
      const chat = Math.floor(index / instanceCount) % chatsPerInstance;
      await outbox.send(String(instance.idInstance), {
        recipient: { chatId: `790000000${String(chat).padStart(2, '0')}@c.us` },
        message: { type: 'text', text: `message ${index}` },
      });
    }
    const enqueueMilliseconds = performance.now() - enqueueStartedAt;
    const settings = { redisUrl: redis.url, queueName, concurrency: 32, instances };
    for (let index = 0; index < workerCount; index += 1) {
      const worker = fork(workerScript, {
        env: { ...process.env, BENCH_OUTBOX_SETTINGS: JSON.stringify(settings) },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      workers.push(worker);
      await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
      });
    }
    const startedAt = performance.now();
    const sent = () =>
      instances.reduce((sum, instance) => sum + emulator.control.sentMessages(instance.idInstance).length, 0);
    const deadline = Date.now() + 600_000;
    while (sent() < messageCount) {
      if (Date.now() > deadline) throw new Error(`only ${sent()} of ${messageCount} sent in 600 s`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const sendMilliseconds = performance.now() - startedAt;
    return { enqueueMilliseconds, sendMilliseconds, duplicates: sent() - messageCount };
  } finally {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise((resolve) => {
            if (worker.exitCode !== null) return resolve();
            worker.once('exit', resolve);
            worker.kill('SIGTERM');
          }),
      ),
    );
    await outbox.close();
    await emulator.close();
    await redis.stop();
  }
}

async function throughputRows() {
  const title = `Outbox: ${formatNumber(messageCount)} messages over ${instanceCount} instances × ${chatsPerInstance} chats to the GREEN-API emulator`;
  const header = ['workers (processes × 32)', 'enqueue (outbox.send)', 'send', 'messages/s'];
  if (!isRedisServerInstalled()) {
    printTable(title, header, [['redis-server not installed', '', '', '']]);
    return;
  }
  const rows = [];
  for (const workerCount of [1, 3]) {
    try {
      const result = await throughput(workerCount);
      rows.push([
        String(workerCount),
        `${formatNumber((messageCount / result.enqueueMilliseconds) * 1000)} /s`,
        `${formatNumber(result.sendMilliseconds)} ms`,
        formatNumber((messageCount / result.sendMilliseconds) * 1000),
      ]);
    } catch (error) {
      rows.push([String(workerCount), describeError(error), '', '']);
    }
  }
  printTable(title, header, rows, [
    'no pacing; one message at a time per chat (200 chats), so at most 200 sends in flight; redis-server, emulator,',
    'enqueuing process and workers share the machine; "send" runs from the workers being ready to the last message',
    'accepted by the emulator',
  ]);
}

function telemetryTask() {
  const telemetry = new OutboxTelemetry();
  const attributes = {
    instanceId: '1101000001',
    messageType: 'text',
    provider: 'green-api',
    network: 'whatsapp',
  };
  return async () => {
    await telemetry.enqueue(attributes, async () => undefined);
    const span = telemetry.startDelivery(attributes);
    telemetry.recordSend(12.5, attributes, undefined);
    telemetry.settle(span, attributes, { outcome: 'sent', attempt: 1 });
  };
}

async function tracingRows() {
  const none = await measureInterleaved({ none: telemetryTask() });
  const spans = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
  const reader = new PeriodicExportingMetricReader({
    exporter: new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE),
    exportIntervalMillis: 60_000,
  });
  const meterProvider = new MeterProvider({ readers: [reader] });
  trace.setGlobalTracerProvider(tracerProvider);
  metrics.setGlobalMeterProvider(meterProvider);
  const task = telemetryTask();
  let calls = 0;
  const recording = await measureInterleaved({
    recording: async () => {
      await task();
      calls += 1;
      if (calls % 10_000 === 0) spans.reset();
    },
  });
  await meterProvider.shutdown();
  await tracerProvider.shutdown();
  trace.disable();
  metrics.disable();
  const row = (name, result) => [
    name,
    result.error === undefined
      ? `${formatNumber(result.milliseconds * 1000, 2)} µs`
      : describeError(result.error),
  ];
  printTable(
    'Outbox: what its telemetry costs per send (enqueue span + delivery span + 3 metric records)',
    ['OpenTelemetry', 'per send'],
    [
      row('no provider registered (API no-ops)', none.get('none')),
      row('recording SDK (in-memory exporters)', recording.get('recording')),
    ],
    ['the instrumentation alone, in process; compare with the per-send time of the rows above'],
  );
}

/** The outbox rows of `pnpm bench`: throughput with 1 and 3 worker processes, and the cost of its telemetry. */
export async function runOutbox() {
  await throughputRows();
  await tracingRows();
}
