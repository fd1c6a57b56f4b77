import { describe, expect, it } from 'vitest';
import { MessengerError } from '../../src/errors/messenger-error.js';
import { createMemoryIdempotencyStore } from '../../src/receiving/create-memory-idempotency-store.js';
import { startPolling } from '../../src/receiving/start-polling.js';
import { createFakeMessenger, eventually, textEvent } from './fake-messenger.js';
import { FakeProviderQueue } from './fake-provider-queue.js';

/** Deterministic pseudo-random numbers (a linear congruential generator), so a failure can be replayed. */
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('poller under faults', () => {
  it('handles every event exactly once across messengers with failing handlers, receives and acks', async () => {
    const random = createRandom(7);
    const instances = ['alpha', 'beta', 'gamma'];
    const eventsPerInstance = 600;
    const poison = new Set(['alpha/order-13', 'beta/order-200', 'gamma/order-599']);
    const queues = instances.map((_, index) =>
      index === 0 ? new FakeProviderQueue('head') : new FakeProviderQueue('visibility', 30),
    );
    const messengers = instances.map((instance, index) => {
      const queue = queues[index] as FakeProviderQueue;
      const messenger = createFakeMessenger(instance, queue);
      const receive = messenger.inbox.receive;
      const ack = messenger.inbox.ack;
      messenger.inbox.receive = async (options) => {
        const roll = random();
        if (roll < 0.01) throw new MessengerError('Bad gateway', { code: 'provider', status: 502 });
        if (roll < 0.02)
          throw new MessengerError('Slow down', {
            code: 'rate-limited',
            status: 429,
            retryAfterMilliseconds: 2,
          });
        if (roll < 0.03) throw new TypeError('fetch failed: socket hang up');
        return receive(options);
      };
      messenger.inbox.ack = async (item) => {
        if (random() < 0.03) {
          if (queue.mode === 'visibility') queue.redeliver();
          throw new MessengerError('Connection reset', { code: 'network' });
        }
        return ack(item);
      };
      for (let number = 0; number < eventsPerInstance; number += 1) {
        const event = textEvent(`order-${number}`, 'x', instance);
        queue.push(event);
        if (random() < 0.05) queue.push(event); // the provider delivers some notifications twice
      }
      return messenger;
    });

    const handledCounts = new Map<string, number>();
    const deadLettered: string[] = [];
    const poller = startPolling(messengers, {
      store: createMemoryIdempotencyStore(),
      concurrency: 4,
      retry: { attempts: 3, baseDelayMilliseconds: 1, maximumDelayMilliseconds: 2 },
      receiveTimeoutMilliseconds: 5,
      idleDelayMilliseconds: 1,
      onError: () => {},
      onEvent: async (event) => {
        const key = `${event.instanceId}/${event.id}`;
        if (poison.has(key) || random() < 0.1) throw new Error('handler failed');
        handledCounts.set(key, (handledCounts.get(key) ?? 0) + 1);
      },
      onDeadLetter: (event) => {
        deadLettered.push(`${event.instanceId}/${event.id}`);
      },
    });
    try {
      await eventually(() => queues.every((queue) => queue.pending === 0), 100_000);
    } finally {
      await poller.stop();
    }

    const expected = instances.flatMap((instance) =>
      Array.from({ length: eventsPerInstance }, (_, number) => `${instance}/order-${number}`),
    );
    const notPoison = expected.filter((key) => !poison.has(key));
    const unlucky = new Set(deadLettered.filter((key) => !poison.has(key)));
    // Every event is handled or dead-lettered, none twice; all poison messages were dead-lettered.
    expect(notPoison.filter((key) => !handledCounts.has(key) && !unlucky.has(key))).toEqual([]);
    expect([...handledCounts.values()].every((count) => count === 1)).toBe(true);
    expect(new Set(deadLettered).size).toBe(deadLettered.length);
    for (const key of poison) expect(deadLettered).toContain(key);
    // Only events whose three attempts all failed (10% each, so about 0.1%) are dead-lettered besides the poison.
    expect(unlucky.size).toBeLessThan(20);
    expect(poller.stats.receiveErrors).toBeGreaterThan(0);
  }, 120_000);
});
