import type { MessengerEvent } from '../events/messenger-event.js';
import { clampTimerDelay } from './clamp-timer-delay.js';
import type { IdempotencyStore } from './idempotency-store.js';

const processingPrefix = 'processing:';
const doneValue = 'done';

/**
 * The result of {@link claimEvent}:
 *
 * - `claimed`: this caller handles the event; it must end with `complete()` (handled: later duplicates
 *   are skipped for `deduplicationWindowMilliseconds`) or `release()` (not handled: a redelivery is processed). Both touch only
 *   this claim's own marker: when it expired and another worker claimed the event meanwhile, that
 *   worker's claim stands.
 * - `done`: the event was already handled; acknowledge the duplicate without handling it.
 * - `in-progress`: another worker is handling it right now; leave this copy for redelivery.
 */
export interface EventClaim {
  status: 'claimed' | 'done' | 'in-progress';
  /**
   * Records the event as handled: replaces this claim's marker with `done`, or writes `done` when the
   * marker expired and nobody claimed the event since; writes nothing when another worker holds or
   * finished it. No-op unless `claimed`, and after the first `complete()` or `release()`.
   */
  complete(): Promise<void>;
  /**
   * Gives the claim up so a redelivery is processed: deletes this claim's marker, never another worker's.
   * No-op unless `claimed`, and after the first `complete()` or `release()`.
   */
  release(): Promise<void>;
}

/** How long {@link claimEvent} keeps its markers. */
export interface EventClaimOptions {
  /**
   * Lifetime of the "processing" marker, renewed every third of it (at most every 2,147,483,647 ms) while
   * the claim is held. A renewal that finds the marker expired writes it again unless another worker
   * claimed the event meanwhile; then the renewals stop and that worker's claim stands.
   */
  processingLeaseMilliseconds: number;
  /** Lifetime of the "done" marker that turns later duplicates away. */
  deduplicationWindowMilliseconds: number;
  /**
   * The messenger that received the event (authenticated its webhook, or polled it): its provider and
   * instance scope the key, so no body can reach another messenger's keys. Default: the event's own.
   */
  owner?: DeduplicationOwner | undefined;
}

/**
 * Who a deduplication key belongs to: a messenger's provider and instance.
 *
 * @example
 * ```ts
 * const owner: DeduplicationOwner = { provider: messenger.provider, instanceId: messenger.instanceId };
 * ```
 */
export interface DeduplicationOwner {
  /** The provider name of the receiving messenger, such as `'green-api'`. */
  provider: string;
  /** The instance or session id of the receiving messenger. */
  instanceId: string;
}

/**
 * The store key that deduplicates an event: the provider and instance of the messenger that received
 * it (`owner`; the event's own when not given) and the event's stable `id`.
 *
 * @example
 * ```ts
 * deduplicationKey(event, messenger); // 'dedup:green-api:1101000001:green-api:1101000001:incomingMessageReceived:ABC'
 * ```
 */
export function deduplicationKey(event: MessengerEvent, owner: DeduplicationOwner = event): string {
  return `dedup:${owner.provider}:${owner.instanceId}:${event.id}`;
}

/** The key that orders copies of one event inside a process; `undefined` for an event without an `id`. */
export function localEventKey(event: MessengerEvent, owner?: DeduplicationOwner): string | undefined {
  return event.id === '' ? undefined : deduplicationKey(event, owner);
}

const settled: Pick<EventClaim, 'complete' | 'release'> = {
  complete: async () => {},
  release: async () => {},
};

/**
 * Claims an event through the store's set-if-absent: a `processing:<token>` marker renewed while the handler
 * runs, then `done`. Renewing, completing and releasing compare-and-set this claim's own marker, so a worker
 * cut off past the lease cannot undo another's claim. An event without an `id` is always `claimed`.
 */
export async function claimEvent(
  store: IdempotencyStore,
  event: MessengerEvent,
  options: EventClaimOptions,
): Promise<EventClaim> {
  if (event.id === '') return { status: 'claimed', ...settled };
  const key = deduplicationKey(event, options.owner);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const marker = `${processingPrefix}${globalThis.crypto.randomUUID()}`;
    if (await store.setIfAbsent(key, options.processingLeaseMilliseconds, marker))
      return heldClaim(store, key, marker, options);
    const value = await store.get(key);
    if (value === doneValue) return { status: 'done', ...settled };
    if (value !== null) return { status: 'in-progress', ...settled };
    // The marker vanished between the two calls (released or expired): try to claim again.
  }
  return { status: 'in-progress', ...settled };
}

function heldClaim(
  store: IdempotencyStore,
  key: string,
  marker: string,
  options: EventClaimOptions,
): EventClaim {
  let isHeld = true;
  let isRenewing = true;
  let pendingWrite: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopRenewing = () => {
    isRenewing = false;
    clearTimeout(timer);
  };
  /** Extends our marker, or writes it again when it expired unclaimed; `false` once another worker has it. */
  const renew = async () =>
    (await store.replaceIf(key, marker, marker, options.processingLeaseMilliseconds)) ||
    (await store.setIfAbsent(key, options.processingLeaseMilliseconds, marker));
  const scheduleRenewal = () => {
    timer = setTimeout(
      () => {
        pendingWrite = pendingWrite
          .then(async () => {
            if (isRenewing && !(await renew())) stopRenewing();
          })
          .catch(() => undefined); // a store failure: the next renewal tries again
        if (isRenewing) scheduleRenewal();
      },
      clampTimerDelay(options.processingLeaseMilliseconds / 3),
    );
  };
  scheduleRenewal();
  const settle = async (write: () => Promise<unknown>) => {
    if (!isHeld) return;
    isHeld = false;
    stopRenewing();
    await pendingWrite;
    await write();
  };
  return {
    status: 'claimed',
    complete: () =>
      settle(
        async () =>
          (await store.replaceIf(key, marker, doneValue, options.deduplicationWindowMilliseconds)) ||
          (await store.setIfAbsent(key, options.deduplicationWindowMilliseconds, doneValue)),
      ),
    release: () => settle(() => store.deleteIf(key, marker)),
  };
}
