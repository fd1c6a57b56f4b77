import { createServer } from 'node:net';
import { startPolling } from '@switchboard/core';
import { defineMessenger } from '@switchboard/core/adapter';
import { type RunningRedisServer, shouldSkipRedisTests, startRedisServer } from '@switchboard/testing';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createRedisIdempotencyStore,
  failFastRedisOptions,
  type RedisIdempotencyStore,
} from '../src/index.js';
import { startTcpForwarder, type TcpForwarder } from './start-tcp-forwarder.js';

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * Whether `work` settles before a timer of `boundMilliseconds`, started right after it, fires. Due timers fire in
 * the order they are due however long the machine stalls, so this compares the store's own timeouts with the bound,
 * never the machine's speed.
 */
async function settlesBefore(work: Promise<unknown>, boundMilliseconds: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bound = new Promise<'bound'>((resolve) => {
    timer = setTimeout(() => resolve('bound'), boundMilliseconds);
  });
  const winner = await Promise.race([
    work.then(
      () => 'work',
      () => 'work',
    ),
    bound,
  ]);
  clearTimeout(timer);
  return winner === 'work';
}

/** Whether `call` rejects with an Error before a `boundMilliseconds` timer started with it; fails when it resolves. */
async function rejectsBefore(call: () => Promise<unknown>, boundMilliseconds: number): Promise<boolean> {
  const outcome = call();
  const inTime = await settlesBefore(outcome, boundMilliseconds);
  await expect(outcome).rejects.toBeInstanceOf(Error);
  return inTime;
}

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `redis://127.0.0.1:${address.port}`;
}

describe.skipIf(shouldSkipRedisTests())('createRedisIdempotencyStore while Redis is unreachable', () => {
  let server: RunningRedisServer;
  let forwarder: TcpForwarder;
  const stores: RedisIdempotencyStore[] = [];
  const open = (url: string, commandTimeoutMilliseconds?: number) => {
    const store = createRedisIdempotencyStore({ url, keyPrefix: 'outage:', commandTimeoutMilliseconds });
    stores.push(store);
    return store;
  };

  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
    await forwarder?.close();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers a call made right after creation, before the connection is up', async () => {
    const store = open(server.url, 2000);
    expect(await store.setIfAbsent('early', 10_000)).toBe(true);
  });

  it('rejects every kind of call within commandTimeoutMilliseconds while cut off, and works again once Redis is back', async () => {
    forwarder = await startTcpForwarder(server.url);
    const store = open(forwarder.url, 300);
    expect(await store.setIfAbsent('before', 10_000)).toBe(true);

    await forwarder.interrupt();
    const calls = [
      () => store.setIfAbsent('during', 10_000),
      () => store.get('before'),
      () => store.set('cursor', '1'),
      () => store.delete('before'),
      () => store.replaceIf('before', '1', '2', 10_000),
      () => store.deleteIf('before', '1'),
      () => store.acquireLease('poll:fake:1', 'worker-a', 10_000),
      () => store.renewLease('poll:fake:1', 'worker-a', 10_000),
      () => store.releaseLease('poll:fake:1', 'worker-a'),
    ];
    const inTime = await Promise.all(calls.map((call) => rejectsBefore(call, 1000)));
    expect(inTime).toEqual(calls.map(() => true));

    await forwarder.restore();
    let answer: string | null | undefined;
    await vi.waitFor(
      async () => {
        answer = await store.get('before').catch(() => undefined);
        expect(answer).toBeDefined();
      },
      { timeout: 60_000, interval: 50 },
    );
    expect(answer).toBe('1');
    expect(await store.setIfAbsent('before', 10_000)).toBe(false);
  });

  it('rejects within commandTimeoutMilliseconds when the Redis server stopped', async () => {
    const own = await startRedisServer();
    const store = open(own.url, 300);
    await store.set('cursor', '7');
    await own.stop();
    expect(await rejectsBefore(() => store.get('cursor'), 1000)).toBe(true);
    expect(await rejectsBefore(() => store.setIfAbsent('event', 10_000), 1000)).toBe(true);
  });

  it('rejects within commandTimeoutMilliseconds when Redis was never reachable (a closed port)', async () => {
    const store = open(await closedPortUrl(), 300);
    expect(await rejectsBefore(() => store.setIfAbsent('event', 10_000), 1000)).toBe(true);
  });

  it('rejects after the default of 5 seconds without commandTimeoutMilliseconds', async () => {
    const store = open(await closedPortUrl());
    const startedAt = Date.now();
    expect(await rejectsBefore(() => store.get('cursor'), 6000)).toBe(true);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(4900);
  });

  it('fails fast with a client opened with failFastRedisOptions, taking the timeout from the client', async () => {
    forwarder = await startTcpForwarder(server.url);
    const client = new Redis(forwarder.url, failFastRedisOptions(300));
    client.on('error', () => {});
    const store = createRedisIdempotencyStore({ client, keyPrefix: 'outage:' });
    try {
      expect(await store.setIfAbsent('passed-client', 10_000)).toBe(true); // before the connection is up
      await forwarder.interrupt();
      expect(await rejectsBefore(() => store.get('passed-client'), 1000)).toBe(true);
    } finally {
      await store.close();
      client.disconnect();
    }
  });

  it('refuses a commandTimeoutMilliseconds that is not a positive number', () => {
    expect(() => createRedisIdempotencyStore({ url: server.url, commandTimeoutMilliseconds: 0 })).toThrow(
      expect.objectContaining({ code: 'invalid-request' }),
    );
  });

  it('stops a cut-off worker polling once its lease TTL ran out', async () => {
    forwarder = await startTcpForwarder(server.url);
    const receiveTimes: number[] = [];
    const messenger = defineMessenger({
      provider: 'fake',
      network: 'whatsapp',
      instanceId: 'partitioned',
      raw: undefined,
      capabilities: { inbox: { receive: true, ack: true } },
      inbox: {
        receive: async () => {
          receiveTimes.push(Date.now());
          await sleep(10);
          return null;
        },
        ack: async () => {},
      },
    });
    const poller = startPolling(messenger, {
      store: open(forwarder.url, 300),
      lease: { owner: 'worker-a', ttlMilliseconds: 1000, renewIntervalMilliseconds: 200 },
      idleDelayMilliseconds: 10,
      onEvent: () => {},
      onDeadLetter: () => {},
      onError: () => {},
    });
    try {
      await vi.waitFor(() => expect(receiveTimes.length).toBeGreaterThan(0), { timeout: 60_000 });
      await forwarder.interrupt();
      // The last renewal was before the cut, so the lease's own expiry timer is due within its TTL (1,000 ms); a timer
      // due 500 ms later fires after it however long the machine stalls (due timers fire in order). From then on,
      // no receive starts.
      const receivesAfterExpiry = await new Promise<number>((resolve) =>
        setTimeout(() => resolve(receiveTimes.length), 1500),
      );
      await sleep(1000);
      expect(receiveTimes.length).toBe(receivesAfterExpiry);
    } finally {
      expect(await settlesBefore(poller.stop(), 3000)).toBe(true);
    }
  });
});
