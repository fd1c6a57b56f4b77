import { MessengerError } from '../errors/messenger-error.js';
import { createKeyedQueue, type KeyedQueue } from './create-keyed-queue.js';
import { createMemoryIdempotencyStore } from './create-memory-idempotency-store.js';
import type { IdempotencyStore } from './idempotency-store.js';
import type {
  PollerStats,
  PollingErrorContext,
  PollingLeaseOptions,
  PollingOptions,
} from './polling-options.js';
import { requirePositiveNumber } from './require-positive-number.js';
import { resolveClaimDurations } from './resolve-claim-durations.js';
import { type ResolvedRetryOptions, resolveRetryOptions } from './retry-options.js';

/** Lease options with defaults filled in. */
export type ResolvedLeaseOptions = Required<PollingLeaseOptions>;

/** What the loops of one poller share: checked options, counters, the stop signal and the error reporter. */
export interface PollingRuntime {
  onEvent: PollingOptions['onEvent'];
  onDeadLetter: PollingOptions['onDeadLetter'];
  concurrency: number;
  store: IdempotencyStore;
  deduplicationWindowMilliseconds: number;
  processingLeaseMilliseconds: number;
  retry: ResolvedRetryOptions;
  receiveTimeoutMilliseconds: number;
  idleDelayMilliseconds: number;
  lease: ResolvedLeaseOptions | undefined;
  stats: PollerStats;
  /** Serialises the processing of copies of one event inside this process. */
  eventQueue: KeyedQueue;
  /** `provider:instance:receipt` of the items being processed now (a re-received item is skipped). */
  receiptsInFlight: Set<string>;
  /** Aborts when the poller stops. */
  signal: AbortSignal;
  /** Reports a failure to `onError` (never throws). */
  report(error: unknown, context: PollingErrorContext): void;
}

/**
 * Validates {@link PollingOptions} into a {@link PollingRuntime}; throws `invalid-request` naming a bad
 * option.
 */
export function createPollingRuntime(options: PollingOptions, signal: AbortSignal): PollingRuntime {
  for (const name of ['onEvent', 'onDeadLetter'] as const) {
    if (typeof options[name] !== 'function') {
      throw new MessengerError(`startPolling needs an ${name} function`, { code: 'invalid-request' });
    }
  }
  const store = options.store ?? createMemoryIdempotencyStore();
  const onError = options.onError ?? reportFatalToConsole;
  return {
    onEvent: options.onEvent,
    onDeadLetter: options.onDeadLetter,
    concurrency: requirePositiveNumber('concurrency', options.concurrency ?? 1, { integer: true }),
    store,
    ...resolveClaimDurations(options),
    retry: resolveRetryOptions(options.retry),
    receiveTimeoutMilliseconds: requirePositiveNumber(
      'receiveTimeoutMilliseconds',
      options.receiveTimeoutMilliseconds ?? 20_000,
    ),
    idleDelayMilliseconds: requirePositiveNumber(
      'idleDelayMilliseconds',
      options.idleDelayMilliseconds ?? 1000,
      { allowZero: true },
    ),
    lease: options.lease === undefined ? undefined : resolveLease(options.lease, store),
    stats: {
      received: 0,
      handled: 0,
      acknowledged: 0,
      duplicates: 0,
      deferred: 0,
      handlerFailures: 0,
      deadLettered: 0,
      receiveErrors: 0,
      inFlight: 0,
      failedMessengers: 0,
    },
    eventQueue: createKeyedQueue(),
    receiptsInFlight: new Set(),
    signal,
    report(error, context) {
      try {
        onError(error, context);
      } catch {
        // A failing error reporter must not stop the poller.
      }
    },
  };
}

function resolveLease(lease: PollingLeaseOptions, store: IdempotencyStore): ResolvedLeaseOptions {
  if (typeof lease.owner !== 'string' || lease.owner === '') {
    throw new MessengerError('lease.owner must be a non-empty string', { code: 'invalid-request' });
  }
  const ttlMilliseconds = requirePositiveNumber('lease.ttlMilliseconds', lease.ttlMilliseconds ?? 30_000);
  const renewIntervalMilliseconds = requirePositiveNumber(
    'lease.renewIntervalMilliseconds',
    lease.renewIntervalMilliseconds ?? ttlMilliseconds / 3,
  );
  if (renewIntervalMilliseconds >= ttlMilliseconds) {
    throw new MessengerError('lease.renewIntervalMilliseconds must be shorter than lease.ttlMilliseconds', {
      code: 'invalid-request',
    });
  }
  return { owner: lease.owner, store: lease.store ?? store, ttlMilliseconds, renewIntervalMilliseconds };
}

function reportFatalToConsole(error: unknown, context: PollingErrorContext): void {
  if (context.willRetry) return;
  const { provider, instanceId } = context.messenger;
  const consequence = context.phase === 'receive' ? ', polling of this instance stopped' : '';
  console.error(
    `switchboard poller: ${provider} ${instanceId}: ${context.phase} failed${consequence}`,
    error,
  );
}
