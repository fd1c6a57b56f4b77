import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryIdempotencyStore } from '../../src/receiving/create-memory-idempotency-store.js';
import type { IdempotencyStore } from '../../src/receiving/idempotency-store.js';
import { createPollingLease, type PollingLease } from '../../src/receiving/polling-lease.js';
import { createPollingRuntime } from '../../src/receiving/polling-runtime.js';
import { createFakeMessenger } from './fake-messenger.js';
import { fastPollingOptions } from './poller-test-helpers.js';

const never = () => new Promise<never>(() => {});

/** A memory store whose lease calls named in `stuck` never settle, like Redis behind a partition. */
function storeWithStuckLeaseCalls(stuck: Array<'renewLease' | 'releaseLease'>): IdempotencyStore {
  const store = createMemoryIdempotencyStore();
  return Object.assign({ ...store }, ...stuck.map((name) => ({ [name]: never })));
}

/** Acquires a lease of TTL 300 ms renewed every 100 ms for `worker-a` on `store`. */
async function acquireLease(store: IdempotencyStore): Promise<PollingLease> {
  const runtime = createPollingRuntime(
    {
      ...fastPollingOptions,
      onEvent: () => {},
      store,
      lease: { owner: 'worker-a', ttlMilliseconds: 300, renewIntervalMilliseconds: 100 },
    },
    new AbortController().signal,
  );
  const lease = createPollingLease(createFakeMessenger('shared'), runtime);
  expect(await lease.acquire()).toBe(true);
  return lease;
}

/** Returns a function telling whether `promise` has settled yet. */
function trackSettlement(promise: Promise<unknown>): () => boolean {
  let settled = false;
  void promise.finally(() => {
    settled = true;
  });
  return () => settled;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createPollingLease', () => {
  it('aborts the receive signal at the TTL while a renewal call is still pending', async () => {
    vi.useFakeTimers();
    const lease = await acquireLease(storeWithStuckLeaseCalls(['renewLease']));
    await vi.advanceTimersByTimeAsync(299);
    expect(lease.receiveSignal.aborted).toBe(false);
    expect(lease.isHeld).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(lease.receiveSignal.aborted).toBe(true);
    expect(lease.isHeld).toBe(false);
  });

  it('keeps the lease past the first TTL while renewals succeed', async () => {
    vi.useFakeTimers();
    const lease = await acquireLease(createMemoryIdempotencyStore());
    await vi.advanceTimersByTimeAsync(1000);
    expect(lease.receiveSignal.aborted).toBe(false);
    expect(lease.isHeld).toBe(true);
    await lease.release();
    expect(lease.receiveSignal.aborted).toBe(true);
  });

  it('aborts the receive signal at the TTL when renewals keep failing', async () => {
    vi.useFakeTimers();
    const failing: IdempotencyStore = {
      ...createMemoryIdempotencyStore(),
      renewLease: () => Promise.reject(new Error('connection refused')),
    };
    const lease = await acquireLease(failing);
    await vi.advanceTimersByTimeAsync(299);
    expect(lease.receiveSignal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(lease.receiveSignal.aborted).toBe(true);
  });

  it('release() gives up waiting for a stuck renewal and a stuck release within a short bound', async () => {
    vi.useFakeTimers();
    const lease = await acquireLease(storeWithStuckLeaseCalls(['renewLease', 'releaseLease']));
    await vi.advanceTimersByTimeAsync(100); // a renewal is now pending for good
    const isReleased = trackSettlement(lease.release());
    await vi.advanceTimersByTimeAsync(1999);
    expect(isReleased()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(isReleased()).toBe(true);
  });

  it('does not let a renewal of a lost lease cut the next holding short', async () => {
    vi.useFakeTimers();
    let releaseStuckRenewal: (held: boolean) => void = () => {};
    const memory = createMemoryIdempotencyStore();
    let renewals = 0;
    const store: IdempotencyStore = {
      ...memory,
      renewLease: (...parameters) => {
        renewals += 1;
        if (renewals > 1) return memory.renewLease(...parameters);
        return new Promise<boolean>((resolve) => {
          releaseStuckRenewal = resolve;
        });
      },
    };
    const lease = await acquireLease(store);
    await vi.advanceTimersByTimeAsync(300);
    expect(lease.isHeld).toBe(false);
    expect(await lease.acquire()).toBe(true);
    const signal = lease.receiveSignal;
    releaseStuckRenewal(true); // the first holding's renewal answers late
    await vi.advanceTimersByTimeAsync(1000);
    expect(signal.aborted).toBe(false);
    expect(lease.isHeld).toBe(true);
    await lease.release();
  });
});
