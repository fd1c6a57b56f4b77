/**
 * The names core's spans, metrics and attributes carry (instrumentation scope `@switchboard/core`).
 * Durations are in seconds, as the OpenTelemetry semantic conventions ask. Attributes never hold a
 * secret, a phone number, a chat id or a message text; URLs are recorded only as `url.template`.
 *
 * @example
 * ```ts
 * const sends = exported.find((metric) => metric.descriptor.name === telemetryNames.sends);
 * ```
 */
export const telemetryNames = {
  /** The instrumentation scope (tracer and meter name). */
  scope: '@switchboard/core',
  /** Span (internal) of one `messenger.send` or shorthand (`sendText`, `sendMedia`, …). */
  sendSpan: 'switchboard.send',
  /** Counter of sends by `switchboard.outcome` (`sent` or `failed`). */
  sends: 'switchboard.sends',
  /** Histogram (seconds) of provider requests, retries included. */
  requestDuration: 'switchboard.provider.request.duration',
  /** Counter of events a poller or webhook handler received. */
  eventsReceived: 'switchboard.events.received',
  /** Counter of events whose handler succeeded. */
  eventsHandled: 'switchboard.events.handled',
  /** Counter of events skipped as already handled. */
  eventsDeduplicated: 'switchboard.events.deduplicated',
  /** Counter of events handed to `onDeadLetter` after every attempt failed. */
  eventsDeadLettered: 'switchboard.events.dead_lettered',
  /** Histogram (seconds) from an event's timestamp to the poller starting to handle it. */
  pollerLag: 'switchboard.poller.lag',
} as const;

/**
 * The attribute keys core records: the semantic-convention names where one exists, `switchboard.` ones
 * otherwise (the same keys `@switchboard/bullmq` uses).
 *
 * @example
 * ```ts
 * span.attributes[telemetryAttributes.outcome]; // 'sent'
 * ```
 */
export const telemetryAttributes = {
  provider: 'switchboard.provider',
  network: 'switchboard.network',
  instanceId: 'switchboard.instance.id',
  operation: 'switchboard.operation',
  outcome: 'switchboard.outcome',
  messageType: 'switchboard.message.type',
  eventType: 'switchboard.event.type',
  receiver: 'switchboard.receiver',
  errorType: 'error.type',
  httpMethod: 'http.request.method',
  httpStatus: 'http.response.status_code',
  urlTemplate: 'url.template',
  serverAddress: 'server.address',
  serverPort: 'server.port',
} as const;
