import {
  type Attributes,
  type Counter,
  type Histogram,
  metrics,
  type Span,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  trace,
} from '@opentelemetry/api';

const scope = '@switchboard/bullmq';

/** How one processing of an outbox job ended. */
export type DeliveryOutcome =
  | 'sent'
  | 'already-sent'
  | 'retry'
  | 'dead-lettered'
  | 'waiting-turn'
  | 'waiting-pacing'
  | 'scheduled';

/** What a delivery span and its metrics carry: never a token, a phone number, a chat id or a message text. */
export interface DeliveryAttributes {
  /** The provider, once the messenger is resolved. */
  provider?: string | undefined;
  /** The network, once the messenger is resolved. */
  network?: string | undefined;
  /** The instance id (not a secret: the token is). */
  instanceId: string;
  /** `text`, `media`, `location`, `contact` or `poll`. */
  messageType: string;
}

/**
 * The outbox's spans and metrics, through `@opentelemetry/api` only: no-ops until the app registers a provider.
 *
 * - span `switchboard.outbox.enqueue` (producer) per `outbox.send`;
 * - span `switchboard.outbox.deliver` (consumer) per processing that reaches the provider or settles the message;
 * - counter `switchboard.outbox.deliveries` by `switchboard.outcome` (and `error.type`);
 * - histogram `switchboard.outbox.send.duration` (seconds, as core's request durations) of provider sends;
 * - counter `switchboard.outbox.enqueued`, observable gauge `switchboard.outbox.depth` (waiting + delayed + active).
 */
export class OutboxTelemetry {
  readonly #deliveries: Counter;
  readonly #enqueued: Counter;
  readonly #sendDuration: Histogram;

  constructor() {
    const meter = metrics.getMeter(scope);
    this.#deliveries = meter.createCounter('switchboard.outbox.deliveries', {
      description: 'Outbox job processings by outcome',
    });
    this.#enqueued = meter.createCounter('switchboard.outbox.enqueued', {
      description: 'Messages accepted by outbox.send',
    });
    this.#sendDuration = meter.createHistogram('switchboard.outbox.send.duration', {
      description: 'Duration of provider sends made by the outbox',
      unit: 's',
    });
  }

  /** The tracer, looked up per call so a provider registered later is used. */
  get tracer(): Tracer {
    return trace.getTracer(scope);
  }

  /**
   * Runs `body` inside an enqueue span.
   *
   * @example
   * await telemetry.enqueue({ instanceId, messageType: 'text' }, () => queue.add(…));
   */
  async enqueue<T>(attributes: DeliveryAttributes, body: () => Promise<T>): Promise<T> {
    return this.tracer.startActiveSpan(
      'switchboard.outbox.enqueue',
      { kind: SpanKind.PRODUCER, attributes: spanAttributes(attributes) },
      async (span) => {
        try {
          const result = await body();
          this.#enqueued.add(1, { 'switchboard.instance.id': attributes.instanceId });
          return result;
        } catch (error) {
          fail(span, error);
          throw error;
        } finally {
          span.end();
        }
      },
    );
  }

  /**
   * Starts a delivery span; end it with {@link OutboxTelemetry.settle}.
   *
   * @example
   * const span = telemetry.startDelivery(attributes, job.attemptsMade);
   */
  startDelivery(attributes: DeliveryAttributes): Span {
    return this.tracer.startSpan('switchboard.outbox.deliver', {
      kind: SpanKind.CONSUMER,
      attributes: spanAttributes(attributes),
    });
  }

  /**
   * Records how a delivery ended: the span's outcome, attempt and error code, and the counters.
   *
   * @example
   * telemetry.settle(span, attributes, { outcome: 'sent', attempt: 1 });
   */
  settle(
    span: Span | undefined,
    attributes: DeliveryAttributes,
    result: { outcome: DeliveryOutcome; attempt?: number; errorCode?: string },
  ): void {
    const metricAttributes: Attributes = {
      'switchboard.outcome': result.outcome,
      ...(attributes.provider === undefined ? {} : { 'switchboard.provider': attributes.provider }),
      ...(result.errorCode === undefined ? {} : { 'error.type': result.errorCode }),
    };
    this.#deliveries.add(1, metricAttributes);
    if (span === undefined) return;
    span.setAttribute('switchboard.outcome', result.outcome);
    if (result.attempt !== undefined) span.setAttribute('switchboard.outbox.attempt', result.attempt);
    if (result.errorCode !== undefined) {
      span.setAttribute('error.type', result.errorCode);
      span.setStatus({ code: SpanStatusCode.ERROR, message: result.errorCode });
    }
    span.end();
  }

  /**
   * Records the duration of one provider send.
   *
   * @example
   * telemetry.recordSend(42, attributes, undefined);
   */
  recordSend(milliseconds: number, attributes: DeliveryAttributes, errorCode: string | undefined): void {
    this.#sendDuration.record(milliseconds / 1000, {
      ...(attributes.provider === undefined ? {} : { 'switchboard.provider': attributes.provider }),
      'switchboard.outcome': errorCode === undefined ? 'sent' : 'failed',
      ...(errorCode === undefined ? {} : { 'error.type': errorCode }),
    });
  }
}

function spanAttributes(attributes: DeliveryAttributes): Attributes {
  return {
    'messaging.system': 'bullmq',
    'switchboard.instance.id': attributes.instanceId,
    'switchboard.message.type': attributes.messageType,
    ...(attributes.provider === undefined ? {} : { 'switchboard.provider': attributes.provider }),
    ...(attributes.network === undefined ? {} : { 'switchboard.network': attributes.network }),
  };
}

function fail(span: Span, error: unknown): void {
  const code =
    typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
      ? (error as { code: string }).code
      : 'unknown';
  span.setAttribute('error.type', code);
  span.setStatus({ code: SpanStatusCode.ERROR, message: code });
}

/**
 * Registers the observable gauge of the outbox depth (jobs waiting, delayed, prioritized or active).
 * Returns a function that unregisters it.
 *
 * @example
 * const stop = observeOutboxDepth('switchboard-outbox', () => queue.getJobCounts('waiting', 'delayed'));
 */
export function observeOutboxDepth(
  queueName: string,
  count: () => Promise<Record<string, number>>,
): () => void {
  const gauge = metrics.getMeter(scope).createObservableGauge('switchboard.outbox.depth', {
    description: 'Outbox jobs waiting, delayed, prioritized or active',
  });
  const callback = async (result: { observe(value: number, attributes?: Attributes): void }) => {
    const counts = await count();
    for (const [state, value] of Object.entries(counts)) {
      result.observe(value, { 'messaging.destination.name': queueName, 'switchboard.outbox.state': state });
    }
  };
  gauge.addCallback(callback);
  return () => gauge.removeCallback(callback);
}
