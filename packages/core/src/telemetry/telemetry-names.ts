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
  /** The provider name (`green-api`, `sdkwa`, `whatsgate`, …). */
  provider: 'switchboard.provider',
  /** The messenger's network (`whatsapp`, `telegram`, `max`). */
  network: 'switchboard.network',
  /** The instance id (not a secret; on send spans only, never on metrics). */
  instanceId: 'switchboard.instance.id',
  /** The contract operation: `send`, `sendText`, `sendMedia`, `sendLocation`, `sendContact`, `sendPoll`. */
  operation: 'switchboard.operation',
  /** `sent` or `failed` for a send, `succeeded` or `failed` for a provider request. */
  outcome: 'switchboard.outcome',
  /** The message template's type: `text`, `media`, `location`, `contact`, `poll`. */
  messageType: 'switchboard.message.type',
  /** The received event's type (`message-received`, `message-status-updated`, …). */
  eventType: 'switchboard.event.type',
  /** What received an event: `poller` or `webhook`. */
  receiver: 'switchboard.receiver',
  /** The error code of a failure (`rate-limited`, `timeout`, `network`, …), `aborted` or `_OTHER`. */
  errorType: 'error.type',
  /** The HTTP verb of a provider request. */
  httpMethod: 'http.request.method',
  /** The HTTP status of a provider request's final answer, when there was one. */
  httpStatus: 'http.response.status_code',
  /** The request path with every non-word segment as `{id}`: `/{id}/sendMessage/{id}`. */
  urlTemplate: 'url.template',
  /** The provider host of a request (spans only). */
  serverAddress: 'server.address',
  /** The provider port of a request (spans only). */
  serverPort: 'server.port',
} as const;
