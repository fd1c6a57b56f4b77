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
import { MessengerError } from '@switchboard/core';
import { shouldSkipRedisTests } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OutboxHarness, startOutboxHarness, waitFor, withSend } from './start-outbox-harness.js';

describe.skipIf(shouldSkipRedisTests())('the outbox telemetry', () => {
  const spans = new InMemorySpanExporter();
  const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  const reader = new PeriodicExportingMetricReader({
    exporter: metricExporter,
    exportIntervalMillis: 60_000,
  });
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
  const meterProvider = new MeterProvider({ readers: [reader] });
  let harness: OutboxHarness;

  beforeAll(() => {
    trace.setGlobalTracerProvider(tracerProvider);
    metrics.setGlobalMeterProvider(meterProvider);
  });
  afterAll(async () => {
    await harness?.close();
    await meterProvider.shutdown();
    await tracerProvider.shutdown();
    trace.disable();
    metrics.disable();
  });

  it('traces and counts every send by outcome, with no token, phone number or text in any span or metric', async () => {
    const secretText = 'the parcel code is 4471';
    const phone = '79001234567';
    harness = await startOutboxHarness({
      wrap: (messenger) =>
        withSend(messenger, async (outgoing) => {
          if (outgoing.message.type === 'text' && outgoing.message.text === 'refused') {
            throw new MessengerError('refused', { code: 'invalid-request', status: 400 });
          }
          return messenger.send(outgoing);
        }),
    });
    const [instance] = harness.instances;
    if (instance === undefined) throw new Error('no instance');
    const instanceId = String(instance.idInstance);
    await harness.outbox.send(instanceId, {
      recipient: { phone },
      message: { type: 'text', text: secretText },
    });
    await harness.outbox.send(instanceId, {
      recipient: { phone },
      message: { type: 'text', text: 'refused' },
    });
    const worker = harness.outbox.startWorker();
    await waitFor('settled', async () => (await harness.outbox.deadLetterQueue.count()) === 1);
    await waitFor('sent', () => harness.sentTexts(instance).length === 1);
    await worker.close();
    await reader.forceFlush();

    const finished = spans.getFinishedSpans();
    const enqueues = finished.filter((span) => span.name === 'switchboard.outbox.enqueue');
    const deliveries = finished.filter((span) => span.name === 'switchboard.outbox.deliver');
    expect(enqueues).toHaveLength(2);
    expect(deliveries.map((span) => span.attributes['switchboard.outcome']).sort()).toEqual([
      'dead-lettered',
      'sent',
    ]);
    for (const span of deliveries) {
      expect(span.attributes).toMatchObject({
        'switchboard.provider': 'green-api',
        'switchboard.network': 'whatsapp',
        'switchboard.instance.id': instanceId,
        'switchboard.message.type': 'text',
        'switchboard.outbox.attempt': 1,
      });
    }
    expect(
      deliveries.find((span) => span.attributes['switchboard.outcome'] === 'dead-lettered')?.attributes,
    ).toMatchObject({ 'error.type': 'invalid-request' });

    const exported = metricExporter.getMetrics();
    const byName = new Map(
      exported
        .flatMap((resource) => resource.scopeMetrics.flatMap((scope) => scope.metrics))
        .map((metric) => [metric.descriptor.name, metric]),
    );
    const outcomes = byName
      .get('switchboard.outbox.deliveries')
      ?.dataPoints.map((point) => [point.attributes['switchboard.outcome'], point.value]);
    expect(outcomes).toEqual(
      expect.arrayContaining([
        ['sent', 1],
        ['dead-lettered', 1],
      ]),
    );
    expect(byName.get('switchboard.outbox.enqueued')?.dataPoints[0]?.value).toBe(2);
    expect(byName.get('switchboard.outbox.send.duration')?.dataPoints.length).toBeGreaterThan(0);
    expect(byName.get('switchboard.outbox.depth')?.dataPoints.length).toBeGreaterThan(0);

    const everything = JSON.stringify({
      spans: finished.map((span) => ({
        name: span.name,
        attributes: span.attributes,
        status: span.status,
        events: span.events,
      })),
      metrics: exported,
    });
    for (const forbidden of [instance.apiTokenInstance, phone, secretText, 'refused']) {
      expect(everything).not.toContain(forbidden);
    }
  });
});
