import { describe, expect, it } from 'vitest';
import { MessengerError } from '../../src/errors/messenger-error.js';
import { deduplicationKey } from '../../src/receiving/claim-event.js';
import { createMemoryIdempotencyStore } from '../../src/receiving/create-memory-idempotency-store.js';
import { createFakeMessenger, eventually, textEvent } from './fake-messenger.js';
import { FakeProviderQueue } from './fake-provider-queue.js';
import { fastPollingOptions, recordEventIds, stopPollersAfterEach } from './poller-test-helpers.js';

const poll = stopPollersAfterEach();

describe('startPolling redelivery', () => {
  it('handles each event once on a head-of-queue provider (GREEN-API style) even with concurrency', async () => {
    const queue = new FakeProviderQueue('head');
    for (let index = 0; index < 10; index += 1) queue.push(textEvent(`event-${index}`));
    const handled: string[] = [];
    poll(createFakeMessenger('instance-1', queue), {
      ...fastPollingOptions,
      concurrency: 3,
      onEvent: async (event) => {
        await new Promise((resolve) => setTimeout(resolve, 2));
        handled.push(event.id);
      },
    });
    await eventually(() => queue.pending === 0);
    expect(handled).toEqual(Array.from({ length: 10 }, (_, index) => `event-${index}`));
  });

  it('processes two copies of one event received at once in turn: handled once, both acknowledged', async () => {
    const queue = new FakeProviderQueue('visibility');
    queue.push(textEvent('twin'));
    queue.push(textEvent('twin'));
    let calls = 0;
    const poller = poll(createFakeMessenger('instance-1', queue), {
      ...fastPollingOptions,
      concurrency: 2,
      onEvent: async () => {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 10));
      },
    });
    await eventually(() => queue.pending === 0);
    expect(calls).toBe(1);
    expect(poller.stats).toMatchObject({ handled: 1, duplicates: 1, acknowledged: 2 });
  });

  it('skips the handler for an item redelivered because its acknowledgement failed', async () => {
    const queue = new FakeProviderQueue();
    const messenger = createFakeMessenger('instance-1', queue);
    let ackFailures = 1;
    const originalAck = messenger.inbox.ack;
    messenger.inbox.ack = async (item) => {
      if (ackFailures > 0) {
        ackFailures -= 1;
        queue.redeliver();
        throw new MessengerError('Not authorized to delete', { code: 'auth', status: 401 });
      }
      return originalAck(item);
    };
    queue.push(textEvent('paid-order'));
    const handled: string[] = [];
    const poller = poll(messenger, {
      ...fastPollingOptions,
      onEvent: recordEventIds(handled),
    });
    await eventually(() => queue.pending === 0);
    expect(handled).toEqual(['paid-order']);
    expect(poller.stats.duplicates).toBe(1);
  });

  it('processes an event whose previous worker died mid-handler once its processing claim expired', async () => {
    const store = createMemoryIdempotencyStore();
    const event = textEvent('orphan');
    // A worker claimed the event and died without completing or releasing it.
    await store.setIfAbsent(deduplicationKey(event), 80, 'processing');
    const queue = new FakeProviderQueue('head');
    queue.push(event);
    const handled: string[] = [];
    const poller = poll(createFakeMessenger('instance-1', queue), {
      ...fastPollingOptions,
      store,
      onEvent: recordEventIds(handled),
    });
    await eventually(() => queue.pending === 0);
    expect(handled).toEqual(['orphan']);
    expect(poller.stats.deferred).toBeGreaterThan(0);
  });

  it('keeps a long handler claimed past the processing TTL so a concurrent copy is not handled twice', async () => {
    const store = createMemoryIdempotencyStore();
    const queue = new FakeProviderQueue();
    queue.push(textEvent('long'));
    let calls = 0;
    let finish: () => void = () => {};
    const options = {
      ...fastPollingOptions,
      store,
      processingLeaseMilliseconds: 150,
      onEvent: async () => {
        calls += 1;
        await new Promise<void>((resolve) => {
          finish = resolve;
        });
      },
    };
    poll(createFakeMessenger('instance-1', queue), options);
    await eventually(() => calls === 1);
    await new Promise((resolve) => setTimeout(resolve, 500)); // more than three processing TTLs
    queue.push(textEvent('long'));
    const second = poll(createFakeMessenger('instance-1', queue), options);
    await eventually(() => second.stats.deferred > 0);
    finish();
    await eventually(() => queue.pending === 1);
    queue.redeliver(); // the provider's visibility timeout for the deferred copy
    await eventually(() => queue.pending === 0);
    expect(calls).toBe(1);
  });
});
