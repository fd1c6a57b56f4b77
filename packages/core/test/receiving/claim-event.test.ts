import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimEvent, deduplicationKey, type EventClaimOptions } from '../../src/receiving/claim-event.js';
import { createMemoryIdempotencyStore } from '../../src/receiving/create-memory-idempotency-store.js';
import type { IdempotencyStore } from '../../src/receiving/idempotency-store.js';
import { textEvent } from './fake-messenger.js';

const ttls: EventClaimOptions = { processingLeaseMilliseconds: 300, deduplicationWindowMilliseconds: 60_000 };
const event = textEvent('taken-over');
const key = deduplicationKey(event);

afterEach(() => {
  vi.useRealTimers();
});

/**
 * A view of `store` that can be cut off like a network partition: while cut off, calls wait, and on
 * `heal()` they reach the store in the order they were made (as commands buffered on a frozen connection).
 */
function partitionedView(store: IdempotencyStore): IdempotencyStore & { cut(): void; heal(): void } {
  let partition: Promise<void> | undefined;
  let heal = () => {};
  const methods = Object.entries(store) as Array<[string, (...parameters: unknown[]) => Promise<unknown>]>;
  const view = Object.fromEntries(
    methods.map(([name, method]) => [
      name,
      async (...parameters: unknown[]) => {
        if (partition !== undefined) await partition;
        return method(...parameters);
      },
    ]),
  ) as unknown as IdempotencyStore;
  return Object.assign(view, {
    cut() {
      partition = new Promise<void>((resolve) => {
        heal = () => {
          partition = undefined;
          resolve();
        };
      });
    },
    heal: () => heal(),
  });
}

/** Worker A claims the event, is cut off from the store past `processingLeaseMilliseconds`, and worker B claims it. */
async function takeOver() {
  vi.useFakeTimers();
  const shared = createMemoryIdempotencyStore();
  const cutOff = partitionedView(shared);
  const first = await claimEvent(cutOff, event, ttls);
  expect(first.status).toBe('claimed');
  cutOff.cut();
  await vi.advanceTimersByTimeAsync(ttls.processingLeaseMilliseconds); // A's renewals wait behind the partition
  expect(await shared.get(key)).toBeNull();
  const second = await claimEvent(shared, event, ttls);
  expect(second.status).toBe('claimed');
  return { shared, cutOff, first, second };
}

describe('claimEvent', () => {
  it('marks a claim with a processing value of its own, read as in progress by others', async () => {
    const store = createMemoryIdempotencyStore();
    const claim = await claimEvent(store, event, ttls);
    const marker = await store.get(key);
    expect(marker).toMatch(/^processing:./);
    expect((await claimEvent(store, event, ttls)).status).toBe('in-progress');
    await claim.release();
    expect((await claimEvent(store, event, ttls)).status).toBe('claimed');
    expect(await store.get(key)).not.toBe(marker);
  });

  it('does not let a claim taken over after its marker expired overwrite the new claim’s done marker', async () => {
    const { shared, cutOff, first, second } = await takeOver();
    await second.complete();
    cutOff.heal(); // A's renewals queued during the partition reach the store now
    await vi.advanceTimersByTimeAsync(ttls.processingLeaseMilliseconds);
    expect(await shared.get(key)).toBe('done');
    await first.release(); // A's handler failed
    expect(await shared.get(key)).toBe('done');
    expect((await claimEvent(shared, event, ttls)).status).toBe('done');
  });

  it('does not let a claim taken over after its marker expired delete the new claim’s processing marker', async () => {
    const { shared, cutOff, first, second } = await takeOver();
    const secondMarker = await shared.get(key);
    cutOff.heal();
    await vi.advanceTimersByTimeAsync(ttls.processingLeaseMilliseconds);
    expect(await shared.get(key)).toBe(secondMarker);
    await first.release();
    expect(await shared.get(key)).toBe(secondMarker);
    expect((await claimEvent(shared, event, ttls)).status).toBe('in-progress');
    await first.complete(); // already settled: a no-op
    expect(await shared.get(key)).toBe(secondMarker);
    await second.complete();
    expect((await claimEvent(shared, event, ttls)).status).toBe('done');
  });

  it('does not record done over the new claim’s marker when the taken-over claim completes', async () => {
    const { shared, cutOff, first, second } = await takeOver();
    const secondMarker = await shared.get(key);
    cutOff.heal();
    await first.complete();
    expect(await shared.get(key)).toBe(secondMarker);
    await second.release(); // B's handler failed: a redelivery is processed again
    expect((await claimEvent(shared, event, ttls)).status).toBe('claimed');
  });

  it('records done when its own marker expired and nobody took the event over', async () => {
    vi.useFakeTimers();
    const shared = createMemoryIdempotencyStore();
    const cutOff = partitionedView(shared);
    const claim = await claimEvent(cutOff, event, ttls);
    cutOff.cut();
    await vi.advanceTimersByTimeAsync(ttls.processingLeaseMilliseconds);
    expect(await shared.get(key)).toBeNull();
    cutOff.heal();
    await claim.complete();
    expect(await shared.get(key)).toBe('done');
    expect((await claimEvent(shared, event, ttls)).status).toBe('done');
  });

  it('takes its marker back when it expired and nobody took the event over, so a copy stays in progress', async () => {
    vi.useFakeTimers();
    const shared = createMemoryIdempotencyStore();
    const cutOff = partitionedView(shared);
    const claim = await claimEvent(cutOff, event, ttls);
    const marker = await shared.get(key);
    cutOff.cut();
    await vi.advanceTimersByTimeAsync(ttls.processingLeaseMilliseconds);
    expect(await shared.get(key)).toBeNull();
    cutOff.heal();
    await vi.advanceTimersByTimeAsync(ttls.processingLeaseMilliseconds);
    expect(await shared.get(key)).toBe(marker);
    expect((await claimEvent(shared, event, ttls)).status).toBe('in-progress');
    await claim.complete();
    expect(await shared.get(key)).toBe('done');
  });

  it('keeps its marker alive past processingLeaseMilliseconds while held and stops renewing once settled', async () => {
    vi.useFakeTimers();
    const store = createMemoryIdempotencyStore();
    const claim = await claimEvent(store, event, ttls);
    const marker = await store.get(key);
    await vi.advanceTimersByTimeAsync(ttls.processingLeaseMilliseconds * 5);
    expect(await store.get(key)).toBe(marker);
    await claim.complete();
    await vi.advanceTimersByTimeAsync(ttls.processingLeaseMilliseconds * 5);
    expect(await store.get(key)).toBe('done');
  });
});
