import { describe, expect, it } from 'vitest';
import { createMemoryIdempotencyStore } from '../../src/receiving/create-memory-idempotency-store.js';
import { createFakeMessenger, eventually, textEvent } from './fake-messenger.js';
import { FakeProviderQueue } from './fake-provider-queue.js';
import { fastPollingOptions, recordEventIds, stopPollersAfterEach } from './poller-test-helpers.js';

const poll = stopPollersAfterEach();

describe('startPolling with a lease', () => {
  it('lets only the lease owner poll an instance and hands it over when the owner stops', async () => {
    const store = createMemoryIdempotencyStore();
    const queue = new FakeProviderQueue();
    const handledBy: Array<[string, string]> = [];
    const start = (owner: string) =>
      poll(createFakeMessenger('shared', queue), {
        ...fastPollingOptions,
        store,
        lease: { owner, ttlMilliseconds: 2000, renewIntervalMilliseconds: 20 },
        onEvent: (event) => {
          handledBy.push([owner, event.id]);
        },
      });
    const first = start('worker-a');
    await eventually(() => queue.receiveTimes.length > 0);
    const second = start('worker-b');
    for (let index = 0; index < 5; index += 1) queue.push(textEvent(`before-${index}`, 'x', 'shared'));
    await eventually(() => handledBy.length === 5);
    expect(new Set(handledBy.map(([owner]) => owner))).toEqual(new Set(['worker-a']));
    expect(second.stats.received).toBe(0);

    await first.stop(); // releases the lease
    for (let index = 0; index < 5; index += 1) queue.push(textEvent(`after-${index}`, 'x', 'shared'));
    await eventually(() => handledBy.length === 10);
    expect(handledBy.slice(5).every(([owner]) => owner === 'worker-b')).toBe(true);
  });

  it('takes over an instance when the owner died and its lease expired', async () => {
    const store = createMemoryIdempotencyStore();
    const queue = new FakeProviderQueue();
    queue.push(textEvent('waiting', 'x', 'shared'));
    const messenger = createFakeMessenger('shared', queue);
    // A worker that took the lease and died: it never renews nor releases it.
    expect(await store.acquireLease('poll:fake:shared', 'dead-worker', 80)).toBe(true);
    const handled: string[] = [];
    poll(messenger, {
      ...fastPollingOptions,
      store,
      lease: { owner: 'survivor', ttlMilliseconds: 200, renewIntervalMilliseconds: 10 },
      onEvent: recordEventIds(handled),
    });
    await eventually(() => handled.length === 1);
    expect(handled).toEqual(['waiting']);
    expect(await store.acquireLease('poll:fake:shared', 'dead-worker', 80)).toBe(false);
  });

  it('stops receiving when another owner took the lease', async () => {
    const store = createMemoryIdempotencyStore();
    const queue = new FakeProviderQueue();
    const poller = poll(createFakeMessenger('shared', queue), {
      ...fastPollingOptions,
      store,
      lease: { owner: 'worker-a', ttlMilliseconds: 40, renewIntervalMilliseconds: 10 },
      onEvent: () => {},
    });
    await eventually(() => queue.receiveTimes.length > 0);
    // Simulate a lost lease: it is released behind the worker's back and taken by another owner.
    await store.releaseLease('poll:fake:shared', 'worker-a');
    expect(await store.acquireLease('poll:fake:shared', 'worker-b', 60_000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 60));
    const receivesAfterLoss = queue.receiveTimes.length;
    queue.push(textEvent('for-b', 'x', 'shared'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(queue.receiveTimes.length).toBe(receivesAfterLoss);
    expect(poller.stats.received).toBe(0);
  });
});
