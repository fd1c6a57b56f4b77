import {
  type Counter,
  createNoopMeter,
  type Histogram,
  type Meter,
  type MeterProvider,
  metrics,
  ProxyTracerProvider,
  type Tracer,
  type TracerProvider,
  trace,
} from '@opentelemetry/api';
import { telemetryNames } from './telemetry-names.js';

/** Bucket boundaries (seconds) the semantic conventions advise for HTTP client durations. */
const requestBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];
/** Poller lag spans from milliseconds (long polling) to hours (a backlog after an outage). */
const lagBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 14_400];

/**
 * Core's metric instruments on the registered meter provider, made again when it changes (the metrics API has
 * no proxy).
 */
export interface CoreInstruments {
  readonly sends: Counter;
  readonly requestDuration: Histogram;
  readonly eventsReceived: Counter;
  readonly eventsHandled: Counter;
  readonly eventsDeduplicated: Counter;
  readonly eventsDeadLettered: Counter;
  readonly pollerLag: Histogram;
}

let tracer: Tracer | undefined;

/**
 * Core's tracer, a proxy following the registered provider; looked up on first use, so importing core runs no
 * OpenTelemetry code.
 */
export function coreTracer(): Tracer {
  tracer ??= trace.getTracer(telemetryNames.scope);
  return tracer;
}

let cached: { provider: MeterProvider; noop: boolean; instruments: CoreInstruments } | undefined;

/** Core's instruments on the meter provider registered now (see {@link CoreInstruments}). */
export function coreInstruments(): CoreInstruments {
  return currentMeter().instruments;
}

function currentMeter(): NonNullable<typeof cached> {
  const provider = metrics.getMeterProvider();
  if (cached?.provider !== provider) {
    const meter = provider.getMeter(telemetryNames.scope);
    cached = { provider, noop: meter === createNoopMeter(), instruments: createInstruments(meter) };
  }
  return cached;
}

let noopTracerProvider: TracerProvider | undefined;

/**
 * Whether no tracer and no meter provider is registered now, so spans and metrics would be dropped unread;
 * checked on every call, so a provider registered later is used from its first send on.
 */
export function telemetryIsOff(): boolean {
  noopTracerProvider ??= new ProxyTracerProvider().getDelegate();
  const tracerProvider = trace.getTracerProvider() as Partial<ProxyTracerProvider>;
  return tracerProvider.getDelegate?.() === noopTracerProvider && currentMeter().noop;
}

function createInstruments(meter: Meter): CoreInstruments {
  const events = (name: string, description: string) =>
    meter.createCounter(name, { description, unit: '{event}' });
  return {
    sends: meter.createCounter(telemetryNames.sends, {
      description: 'Messages sent through messenger.send and its shorthands, by outcome',
      unit: '{message}',
    }),
    requestDuration: meter.createHistogram(telemetryNames.requestDuration, {
      description: 'Duration of HTTP requests to the provider, retries included',
      unit: 's',
      advice: { explicitBucketBoundaries: requestBoundaries },
    }),
    eventsReceived: events(telemetryNames.eventsReceived, 'Events a poller or webhook handler received'),
    eventsHandled: events(telemetryNames.eventsHandled, 'Events whose handler succeeded'),
    eventsDeduplicated: events(telemetryNames.eventsDeduplicated, 'Events skipped as already handled'),
    eventsDeadLettered: events(telemetryNames.eventsDeadLettered, 'Events handed to onDeadLetter'),
    pollerLag: meter.createHistogram(telemetryNames.pollerLag, {
      description: "Time from an event's timestamp to the poller starting to handle it",
      unit: 's',
      advice: { explicitBucketBoundaries: lagBoundaries },
    }),
  };
}
