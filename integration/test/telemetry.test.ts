import { context, metrics, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  AggregationTemporality,
  type DataPoint,
  type Histogram,
  InMemoryMetricExporter,
  MeterProvider,
  type MetricData,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import {
  createWebhookHandler,
  isMessengerError,
  type Messenger,
  startPolling,
  telemetryNames,
} from '@switchboard/core';
import type { GreenApiEmulator } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGreenApiInstance } from './support/connect-green-api-instance.js';
import { startAuthorizedGreenApiEmulator } from './support/start-authorized-green-api-emulator.js';
import { startWebhookListener, type WebhookListener } from './support/start-webhook-listener.js';
import { waitUntil } from './support/wait-until.js';

const phone = '79005550123';
const chatId = `${phone}@c.us`;
const incomingChatId = '79007770456@c.us';
const webhookToken = 'webhook-token-7f3a9c1d2e';
const texts = {
  sent: 'Telemetry outgoing text about order 5531',
  failed: 'Telemetry text that meets a 429',
  polled: 'Telemetry polled text about parcel 8812',
  poison: 'Telemetry poison text that always fails',
  pushed: 'Telemetry pushed text about invoice 4410',
};

const spanExporter = new InMemorySpanExporter();
const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
const metricReader = new PeriodicExportingMetricReader({
  exporter: metricExporter,
  exportIntervalMillis: 3_600_000,
});
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spanExporter)] });
const meterProvider = new MeterProvider({ readers: [metricReader] });
const contextManager = new AsyncLocalStorageContextManager();

let emulator: GreenApiEmulator;
let listener: WebhookListener;
let messenger: Messenger;

beforeAll(async () => {
  context.setGlobalContextManager(contextManager.enable());
  trace.setGlobalTracerProvider(tracerProvider);
  metrics.setGlobalMeterProvider(meterProvider);
  emulator = await startAuthorizedGreenApiEmulator({
    seed: 18,
    typeInstances: ['whatsapp', 'whatsapp'],
    timings: { receiveTimeoutSecondMilliseconds: 10, webhookRetryDelayMilliseconds: 5 },
  });
  messenger = connectGreenApiInstance(emulator.instances[0]!, { retry: false });
});

afterAll(async () => {
  await emulator?.close();
  await listener?.close();
  await tracerProvider.shutdown();
  await meterProvider.shutdown();
  trace.disable();
  metrics.disable();
  context.disable();
});

/** Every metric exported so far (cumulative, so the last export holds them all). */
async function exportedMetrics(): Promise<MetricData[]> {
  metricExporter.reset();
  await metricReader.forceFlush();
  return metricExporter
    .getMetrics()
    .flatMap((resource) => resource.scopeMetrics.flatMap((scope) => scope.metrics));
}

function pointsOf(all: MetricData[], name: string): DataPoint<unknown>[] {
  return all
    .filter((metric) => metric.descriptor.name === name)
    .flatMap((metric) => metric.dataPoints as DataPoint<unknown>[]);
}

function sumWhere(all: MetricData[], name: string, attributes: Record<string, string>): number {
  return pointsOf(all, name)
    .filter((point) => Object.entries(attributes).every(([key, value]) => point.attributes[key] === value))
    .reduce((total, point) => total + (point.value as number), 0);
}

function spansNamed(name: string | RegExp): ReadableSpan[] {
  return spanExporter
    .getFinishedSpans()
    .filter((span) => (typeof name === 'string' ? span.name === name : name.test(span.name)));
}

function childrenOf(parent: ReadableSpan): ReadableSpan[] {
  return spanExporter
    .getFinishedSpans()
    .filter((span) => span.parentSpanContext?.spanId === parent.spanContext().spanId);
}

describe('OpenTelemetry: sends and provider requests', () => {
  it('records a switchboard.send span around a POST client span, and counts the send', async () => {
    await messenger.sendText({ phone }, texts.sent);

    const [send] = spansNamed(telemetryNames.sendSpan);
    expect(send?.attributes).toEqual({
      'switchboard.provider': 'green-api',
      'switchboard.network': 'whatsapp',
      'switchboard.instance.id': String(emulator.instances[0]!.idInstance),
      'switchboard.operation': 'sendText',
      'switchboard.message.type': 'text',
      'switchboard.outcome': 'sent',
    });
    const requests = childrenOf(send!);
    expect(requests.map((span) => span.name)).toEqual(['POST /{id}/sendMessage/{id}']);
    expect(requests[0]!.kind).toBe(2); // SpanKind.CLIENT
    expect(requests[0]!.attributes).toMatchObject({
      'switchboard.provider': 'green-api',
      'switchboard.network': 'whatsapp',
      'switchboard.operation': 'sendText',
      'switchboard.outcome': 'succeeded',
      'http.request.method': 'POST',
      'http.response.status_code': 200,
      'url.template': '/{id}/sendMessage/{id}',
      'server.address': '127.0.0.1',
    });
    expect(requests[0]!.attributes['server.port']).toBeTypeOf('number');
    expect(requests[0]!.attributes['error.type']).toBeUndefined();

    const exported = await exportedMetrics();
    expect(sumWhere(exported, telemetryNames.sends, { 'switchboard.outcome': 'sent' })).toBe(1);
    const durations = exported.find((metric) => metric.descriptor.name === telemetryNames.requestDuration);
    expect(durations?.descriptor.unit).toBe('s');
    const point = durations?.dataPoints.find(
      (candidate) => candidate.attributes['http.response.status_code'] === 200,
    ) as DataPoint<Histogram> | undefined;
    expect(point?.value.count).toBe(1);
    expect(point?.attributes).toMatchObject({
      'switchboard.operation': 'sendText',
      'http.request.method': 'POST',
    });
  });

  it('marks a send that meets a 429 as failed with error.type rate-limited, on both spans and the counter', async () => {
    emulator.control.rateLimit({ method: 'sendMessage', times: 1, retryAfterMilliseconds: 1000 });
    const error = await messenger
      .send({ recipient: { chatId }, message: { type: 'text', text: texts.failed } })
      .catch((caught: unknown) => caught);
    expect(isMessengerError(error, 'rate-limited')).toBe(true);

    const failed = spansNamed(telemetryNames.sendSpan).find(
      (span) => span.attributes['switchboard.outcome'] === 'failed',
    );
    expect(failed?.attributes).toMatchObject({
      'switchboard.operation': 'send',
      'error.type': 'rate-limited',
    });
    expect(failed?.status.code).toBe(2); // SpanStatusCode.ERROR
    const [request] = childrenOf(failed!);
    expect(request?.attributes).toMatchObject({
      'http.response.status_code': 429,
      'error.type': 'rate-limited',
      'switchboard.outcome': 'failed',
    });
    const exported = await exportedMetrics();
    expect(
      sumWhere(exported, telemetryNames.sends, {
        'switchboard.outcome': 'failed',
        'error.type': 'rate-limited',
      }),
    ).toBe(1);
  });
});

describe('OpenTelemetry: receiving', () => {
  it('counts polled events received, handled, deduplicated and dead-lettered, and the poller lag', async () => {
    const instance = emulator.instances[0]!;
    const handled: string[] = [];
    const deadLettered: string[] = [];
    const poller = startPolling(messenger, {
      receiveTimeoutMilliseconds: 50,
      idleDelayMilliseconds: 5,
      retry: { attempts: 2, baseDelayMilliseconds: 2, maximumDelayMilliseconds: 5 },
      onEvent: (event) => {
        if (JSON.stringify(event.raw).includes('poison')) throw new Error('the handler refuses this event');
        handled.push(event.id);
      },
      onDeadLetter: (event) => {
        deadLettered.push(event.id);
      },
    });
    try {
      const { body } = emulator.control.injectIncomingMessage(instance.idInstance, {
        kind: 'text',
        text: texts.polled,
        chatId: incomingChatId,
      });
      // The provider hands out the same notification twice.
      emulator.control.injectNotification(instance.idInstance, body as unknown as Record<string, unknown>);
      emulator.control.injectIncomingMessage(instance.idInstance, {
        kind: 'text',
        text: texts.poison,
        chatId: incomingChatId,
      });
      await waitUntil(
        () => poller.stats.handled === 1 && poller.stats.deadLettered === 1 && poller.stats.duplicates === 1,
        {
          timeoutMilliseconds: 20_000,
          describe: () => JSON.stringify(poller.stats),
        },
      );
    } finally {
      await poller.stop();
    }

    const exported = await exportedMetrics();
    const poller_ = { 'switchboard.receiver': 'poller', 'switchboard.provider': 'green-api' };
    expect(sumWhere(exported, telemetryNames.eventsReceived, poller_)).toBe(3);
    expect(sumWhere(exported, telemetryNames.eventsHandled, poller_)).toBe(1);
    expect(sumWhere(exported, telemetryNames.eventsDeduplicated, poller_)).toBe(1);
    expect(sumWhere(exported, telemetryNames.eventsDeadLettered, poller_)).toBe(1);
    const [handledPoint] = pointsOf(exported, telemetryNames.eventsHandled);
    expect(handledPoint?.attributes).toEqual({
      'switchboard.provider': 'green-api',
      'switchboard.network': 'whatsapp',
      'switchboard.event.type': 'message-received',
      'switchboard.receiver': 'poller',
    });
    const lag = exported.find((metric) => metric.descriptor.name === telemetryNames.pollerLag);
    expect(lag?.descriptor.unit).toBe('s');
    const lagCount = (lag?.dataPoints as DataPoint<Histogram>[] | undefined)?.reduce(
      (total, point) => total + point.value.count,
      0,
    );
    // The poisoned event and the first copy of the other start handling; the duplicate does not.
    expect(lagCount).toBe(2);
  }, 30_000);

  it('counts a webhook delivery received and handled, and its duplicate push deduplicated', async () => {
    const instance = emulator.instances[1]!;
    const pushed = connectGreenApiInstance(instance, { retry: false, webhookUrlToken: webhookToken });
    const handled: string[] = [];
    listener = await startWebhookListener(
      createWebhookHandler({ messengers: [pushed], onEvent: (event) => void handled.push(event.id) }),
    );
    emulator.control.updateSettings(instance.idInstance, {
      webhookUrl: `${listener.url}/webhook/${instance.idInstance}`,
      webhookUrlToken: webhookToken,
    });
    const { body } = emulator.control.injectIncomingMessage(instance.idInstance, {
      kind: 'text',
      text: texts.pushed,
      chatId: incomingChatId,
    });
    emulator.control.injectNotification(instance.idInstance, body as unknown as Record<string, unknown>);
    await emulator.control.settle(instance.idInstance);
    await waitUntil(() => emulator.control.webhookDeliveries(instance.idInstance).length >= 2, {
      timeoutMilliseconds: 20_000,
    });

    const exported = await exportedMetrics();
    const webhook = { 'switchboard.receiver': 'webhook' };
    expect(handled).toHaveLength(1);
    expect(sumWhere(exported, telemetryNames.eventsReceived, webhook)).toBe(2);
    expect(sumWhere(exported, telemetryNames.eventsHandled, webhook)).toBe(1);
    expect(sumWhere(exported, telemetryNames.eventsDeduplicated, webhook)).toBe(1);
  }, 30_000);

  it('exports no token, phone number, chat id, message text or URL anywhere', async () => {
    const everything = JSON.stringify({
      spans: spanExporter.getFinishedSpans().map((span) => ({
        name: span.name,
        attributes: span.attributes,
        status: span.status,
        events: span.events,
        links: span.links,
        resource: span.resource.attributes,
        scope: span.instrumentationScope,
      })),
      metrics: await exportedMetrics(),
    });
    expect(everything.length).toBeGreaterThan(1_000);
    const forbidden = [
      ...emulator.instances.map((instance) => instance.apiTokenInstance),
      ...emulator.instances.map((instance) => instance.apiUrl),
      webhookToken,
      phone,
      chatId,
      incomingChatId,
      incomingChatId.split('@')[0]!,
      ...Object.values(texts),
    ];
    for (const value of forbidden)
      expect(everything.includes(value), `exported data contains ${value}`).toBe(false);
    // Instance ids appear only as switchboard.instance.id on send spans, never in a span name or template.
    for (const span of spanExporter.getFinishedSpans()) {
      for (const instance of emulator.instances) expect(span.name).not.toContain(String(instance.idInstance));
    }
  });
});
