import { type InboxItem, type Messenger, type MessengerEvent, startPolling } from '@switchboard/core';
import { defineMessenger } from '@switchboard/core/adapter';
import { type RunningRedisServer, shouldSkipRedisTests, startRedisServer } from '@switchboard/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRedisIdempotencyStore } from '../src/index.js';

function textEvent(id: string): MessengerEvent {
  return {
    type: 'message-received',
    id,
    provider: 'fake',
    network: 'whatsapp',
    instanceId: 'shared',
    timestamp: 1_700_000_000_000,
    chat: { id: '79001234567@c.us', type: 'private' },
    raw: { id },
    message: { id, sender: { id: '79001234567@c.us' }, content: { type: 'text', text: id } },
  };
}

/** One provider instance with a GREEN-API-like queue: the head item is returned until it is deleted. */
function createSharedInstance(count: number): { items: InboxItem[]; connect(): Messenger } {
  const items = Array.from({ length: count }, (_, index) => ({
    event: textEvent(`order-${index}`),
    receipt: `${index}`,
  }));
  const connect = () =>
    defineMessenger({
      provider: 'fake',
      network: 'whatsapp',
      instanceId: 'shared',
      raw: undefined,
      capabilities: { inbox: { receive: true, ack: true } },
      inbox: {
        receive: async () => {
          await new Promise((resolve) => setTimeout(resolve, 1));
          return items[0] ?? null;
        },
        ack: async (item) => {
          const index = items.findIndex((queued) => queued.receipt === item.receipt);
          if (index >= 0) items.splice(index, 1);
        },
      },
    });
  return { items, connect };
}

/** Waits for a condition with a budget far above a quiet machine's need, so a loaded machine only makes it slower. */
const eventually = (condition: () => boolean) =>
  vi.waitFor(
    () => {
      if (!condition()) throw new Error('condition not reached in time');
    },
    { timeout: 60_000, interval: 5 },
  );

describe.skipIf(shouldSkipRedisTests())('two workers sharing Redis', () => {
  let server: RunningRedisServer;
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('poll an instance from one worker at a time, take over when one dies, and handle every event once', async () => {
    const instance = createSharedInstance(120);
    const handledBy = new Map<string, string[]>();
    const clients = { a: new Redis(server.url), b: new Redis(server.url) };
    clients.a.on('error', () => {});
    const start = (owner: 'a' | 'b') =>
      startPolling(instance.connect(), {
        store: createRedisIdempotencyStore({ client: clients[owner], keyPrefix: 'soak:' }),
        // The lease outlives any stall of a loaded machine (a lapse would let b in while a is alive); a's lease
        // lapses, and b takes over, only once a can no longer renew it.
        lease: { owner, ttlMilliseconds: 5_000, renewIntervalMilliseconds: 50 },
        retry: { attempts: 3, baseDelayMilliseconds: 5, maximumDelayMilliseconds: 20 },
        receiveTimeoutMilliseconds: 20,
        idleDelayMilliseconds: 5,
        onEvent: async (event) => {
          handledBy.set(event.id, [...(handledBy.get(event.id) ?? []), owner]);
          await new Promise((resolve) => setTimeout(resolve, 1));
        },
        onDeadLetter: () => {},
        onError: () => {},
      });
    const first = start('a');
    await eventually(() => handledBy.size > 0);
    const second = start('b');
    await eventually(() => handledBy.size >= 40);
    expect([...handledBy.values()].flat().every((owner) => owner === 'a')).toBe(true);

    clients.a.disconnect(); // worker a loses Redis: it can no longer renew its lease
    await eventually(() => instance.items.length === 0);
    await Promise.all([first.stop(), second.stop()]);
    await clients.b.quit();

    expect(handledBy.size).toBe(120);
    const duplicates = [...handledBy].filter(([, owners]) => owners.length > 1);
    expect(duplicates).toEqual([]);
    expect([...handledBy.values()].some((owners) => owners[0] === 'b')).toBe(true);
  }, 180_000);
});
