import type { MessengerEvent } from '../events/messenger-event.js';
import type { Messenger } from '../messenger/messenger.js';
import type { IdempotencyStore } from './idempotency-store.js';
import type { RetryOptions } from './retry-options.js';

/**
 * What the poller passes to `onEvent` besides the event.
 *
 * @example
 * ```ts
 * const onEvent = async (event: MessengerEvent, { messenger, attempt, signal }: PollingEventContext) => {
 *   if (attempt > 1) console.warn(`retrying ${event.id} on ${messenger.instanceId}`);
 *   await saveOrder(event, { signal });
 * };
 * ```
 */
export interface PollingEventContext {
  /** The messenger the event came from (reply with it). */
  messenger: Messenger;
  /** 1 for the first call, 2 for the first retry, … */
  attempt: number;
  /** Aborts when the poller is stopping; long handlers may give up (the event is then redelivered). */
  signal: AbortSignal;
}

/**
 * What the poller passes to `onDeadLetter` besides the event and the last error.
 *
 * @example
 * ```ts
 * const onDeadLetter = async (event: MessengerEvent, error: unknown, { attempts }: DeadLetterContext) =>
 *   await database.insert('dead_letters', { id: event.id, attempts, error: String(error), raw: event.raw });
 * ```
 */
export interface DeadLetterContext {
  /** The messenger that received the event. */
  messenger: Messenger;
  /** How many times the handler was called. */
  attempts: number;
}

/**
 * Where a failure reported to `onError` happened.
 *
 * - `receive`: taking the next item from the provider.
 * - `acknowledge`: acknowledging a handled item (it will be redelivered and skipped as a duplicate).
 * - `store`: reading or writing the idempotency store.
 * - `lease`: acquiring or renewing the polling lease.
 * - `dead-letter`: `onDeadLetter` threw; the item stays unacknowledged and is retried later.
 */
export type PollingPhase = 'receive' | 'acknowledge' | 'store' | 'lease' | 'dead-letter';

/**
 * What the poller passes to `onError`.
 *
 * @example
 * ```ts
 * const onError = (error: unknown, { messenger, phase, willRetry }: PollingErrorContext) =>
 *   logger.warn({ instance: messenger.instanceId, phase, willRetry, error });
 * ```
 */
export interface PollingErrorContext {
  /** The messenger whose loop failed. */
  messenger: Messenger;
  /** Where it failed, see {@link PollingPhase}. */
  phase: PollingPhase;
  /**
   * `false` when the poller gives the operation up: for `receive` the messenger's loop stopped (auth,
   * unsupported, quota…); for `acknowledge` the item will be redelivered and skipped as a duplicate; for
   * `store` a claim could not be recorded or released.
   */
  willRetry: boolean;
}

/**
 * Per-instance polling leases shared through a store: only the worker holding an instance's lease polls
 * it; the lease is renewed while the worker runs and taken over by another worker when it expires.
 *
 * @example
 * ```ts
 * const lease: PollingLeaseOptions = { store: redisStore, owner: `${hostname()}:${process.pid}`, ttlMilliseconds: 15_000 };
 * ```
 */
export interface PollingLeaseOptions {
  /** A unique id of this worker. */
  owner: string;
  /** Where leases live; defaults to the poller's `store`. Must be shared between the workers. */
  store?: IdempotencyStore;
  /** How long a lease lasts without renewal: the takeover delay after a worker dies (default 30,000 ms). */
  ttlMilliseconds?: number;
  /** How often the holder renews it, and others try to take it (default a third of the TTL). */
  renewIntervalMilliseconds?: number;
}

/**
 * Options of `startPolling`. Every delay is configurable so tests can run fast.
 *
 * @example
 * ```ts
 * const options: PollingOptions = {
 *   onEvent: async (event) => handle(event),
 *   onDeadLetter: async (event, error) => saveForLater(event, error),
 *   concurrency: 4,
 *   signal: AbortSignal.timeout(60_000),
 * };
 * ```
 */
export interface PollingOptions {
  /** Handles one event. The item is acknowledged only after it resolves. */
  onEvent: (event: MessengerEvent, context: PollingEventContext) => unknown | Promise<unknown>;
  /**
   * Takes an event whose handler failed `retry.attempts` times; the item is acknowledged after it
   * resolves. When it throws, the item is not acknowledged and is processed again later.
   */
  onDeadLetter: (
    event: MessengerEvent,
    error: unknown,
    context: DeadLetterContext,
  ) => unknown | Promise<unknown>;
  /**
   * Items handled at the same time per messenger (default 1, which keeps the provider's order). Providers
   * that hand out the head of their queue until it is acknowledged (GREEN-API, SDKWA) give one item at a
   * time per instance, so more than 1 only helps across many messengers or with batch-reading providers.
   */
  concurrency?: number;
  /** Stops the poller gracefully when aborted (as `poller.stop()` does). */
  signal?: AbortSignal;
  /** Deduplication and lease state (default: a new memory store). */
  store?: IdempotencyStore;
  /** How long a handled event's id is remembered to skip duplicates (default 24 h). */
  deduplicationWindowMilliseconds?: number;
  /** How long an in-progress claim survives a worker that died mid-handler (default 60,000 ms). */
  processingLeaseMilliseconds?: number;
  /** Handler retries and the backoff for receive and acknowledge failures. */
  retry?: RetryOptions;
  /** The long-poll timeout passed to `inbox.receive` (default 20,000 ms). */
  receiveTimeoutMilliseconds?: number;
  /**
   * The shortest time between two empty receives, for providers that answer at once (default 1,000 ms; a
   * non-negative finite number).
   */
  idleDelayMilliseconds?: number;
  /** Reports failures; by default fatal ones (`willRetry: false`) are written with `console.error`. */
  onError?: (error: unknown, context: PollingErrorContext) => void;
  /** Share instances between workers: only the lease holder polls an instance. */
  lease?: PollingLeaseOptions;
}

/**
 * Counters of a running poller (a snapshot).
 *
 * @example
 * ```ts
 * const { handled, deadLettered, inFlight } = poller.stats;
 * ```
 */
export interface PollerStats {
  /** Items taken from providers. */
  received: number;
  /** Events whose handler succeeded. */
  handled: number;
  /** Items acknowledged (handled, dead-lettered or duplicates). */
  acknowledged: number;
  /** Already handled events that were acknowledged without calling the handler. */
  duplicates: number;
  /** Items left alone because another worker was handling the same event. */
  deferred: number;
  /** Handler calls that threw. */
  handlerFailures: number;
  /** Events handed to `onDeadLetter` successfully. */
  deadLettered: number;
  /** Failed receives (each is retried with backoff unless fatal). */
  receiveErrors: number;
  /** Items being processed now. */
  inFlight: number;
  /** Messengers whose loop stopped because of a non-retryable error. */
  failedMessengers: number;
}

/**
 * A running poller, returned by `startPolling`.
 *
 * @example
 * ```ts
 * const poller = startPolling(messenger, { onEvent, onDeadLetter });
 * process.once('SIGTERM', () => void poller.stop());
 * await poller.done;
 * ```
 */
export interface Poller {
  /**
   * Stops gracefully: no new receives, in-flight handlers finish and are acknowledged, items waiting for
   * a retry or whose handler fails once the stop began are left unacknowledged for redelivery (never
   * dead-lettered). Resolves when everything has ended.
   */
  stop(): Promise<void>;
  /** Resolves when every messenger's loop has ended (after `stop()`, `signal`, or fatal errors). */
  readonly done: Promise<void>;
  /** Current counters. */
  readonly stats: PollerStats;
}
