import {
  isRedisServerInstalled,
  type RunningRedisServer,
  shouldSkipRedisTests,
  startRedisServer,
} from '@switchboard/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisIdempotencyStore, type RedisIdempotencyStore } from '../src/index.js';

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

it.skipIf(shouldSkipRedisTests())('finds redis-server (required in CI)', () => {
  expect(isRedisServerInstalled(), 'redis-server must be installed in CI (.ci/run installs it)').toBe(true);
});

describe.skipIf(shouldSkipRedisTests())('createRedisIdempotencyStore', () => {
  let server: RunningRedisServer;
  let first: RedisIdempotencyStore;
  let second: RedisIdempotencyStore;
  let inspector: Redis;

  beforeAll(async () => {
    server = await startRedisServer();
    first = createRedisIdempotencyStore({ url: server.url, keyPrefix: 'test:' });
    second = createRedisIdempotencyStore({ url: server.url, keyPrefix: 'test:' });
    inspector = new Redis(server.url);
  });

  afterAll(async () => {
    await Promise.all([first?.close(), second?.close(), inspector?.quit()]);
    await server?.stop();
  });

  it('lets exactly one of many concurrent setIfAbsent calls win across two connections', async () => {
    const attempts = Array.from({ length: 50 }, (_, index) =>
      (index % 2 === 0 ? first : second).setIfAbsent('atomic', 10_000, 'processing'),
    );
    const results = await Promise.all(attempts);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await second.get('atomic')).toBe('processing');
  });

  it('expires keys after their TTL and keeps values set without one', async () => {
    expect(await first.setIfAbsent('short', 50)).toBe(true);
    expect(await second.setIfAbsent('short', 50)).toBe(false);
    await sleep(120);
    expect(await second.get('short')).toBeNull();
    expect(await second.setIfAbsent('short', 50)).toBe(true);

    await first.set('cursor', '1843');
    expect(await inspector.pttl('test:cursor')).toBe(-1);
    expect(await second.get('cursor')).toBe('1843');
    await first.set('cursor', '1844', 60_000);
    expect(await inspector.pttl('test:cursor')).toBeGreaterThan(0);
    await second.delete('cursor');
    expect(await first.get('cursor')).toBeNull();
  });

  it('replaces a value only while it equals the expected one, with the new TTL or none', async () => {
    expect(await first.replaceIf('claim', 'processing:a', 'done', 10_000)).toBe(false);
    expect(await inspector.exists('test:claim')).toBe(0);
    await first.set('claim', 'processing:a', 10_000);
    expect(await second.replaceIf('claim', 'processing:b', 'done', 60_000)).toBe(false);
    expect(await inspector.get('test:claim')).toBe('processing:a');
    expect(await inspector.pttl('test:claim')).toBeLessThanOrEqual(10_000);
    expect(await second.replaceIf('claim', 'processing:a', 'processing:a', 30_000)).toBe(true);
    expect(await inspector.pttl('test:claim')).toBeGreaterThan(10_000);
    expect(await first.replaceIf('claim', 'processing:a', 'done', 60_000)).toBe(true);
    expect(await inspector.get('test:claim')).toBe('done');
    expect(await inspector.pttl('test:claim')).toBeGreaterThan(30_000);
    expect(await first.replaceIf('claim', 'done', 'kept')).toBe(true);
    expect(await inspector.pttl('test:claim')).toBe(-1);
    expect(await second.get('claim')).toBe('kept');
  });

  it('does not replace or delete an expired value', async () => {
    await first.set('expiring', 'processing:a', 50);
    await sleep(120);
    expect(await second.replaceIf('expiring', 'processing:a', 'done', 10_000)).toBe(false);
    expect(await second.deleteIf('expiring', 'processing:a')).toBe(false);
    expect(await inspector.exists('test:expiring')).toBe(0);
  });

  it('lets exactly one of many concurrent replaceIf calls with the same expected value win across two connections', async () => {
    await first.set('contested', 'processing:old', 10_000);
    const attempts = Array.from({ length: 50 }, (_, index) =>
      (index % 2 === 0 ? first : second).replaceIf('contested', 'processing:old', `done-${index}`, 10_000),
    );
    const results = await Promise.all(attempts);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await inspector.get('test:contested')).toBe(`done-${results.indexOf(true)}`);
  });

  it('deletes a value only while it equals the expected one', async () => {
    expect(await first.deleteIf('marker', 'processing:a')).toBe(false);
    await first.set('marker', 'processing:b', 10_000);
    expect(await second.deleteIf('marker', 'processing:a')).toBe(false);
    expect(await inspector.get('test:marker')).toBe('processing:b');
    expect(await second.deleteIf('marker', 'processing:b')).toBe(true);
    expect(await inspector.exists('test:marker')).toBe(0);
  });

  it('keeps a lease exclusive between two owners and refuses renew and release by the wrong owner', async () => {
    expect(await first.acquireLease('poll:fake:1', 'worker-a', 10_000)).toBe(true);
    expect(await second.acquireLease('poll:fake:1', 'worker-b', 10_000)).toBe(false);
    expect(await second.renewLease('poll:fake:1', 'worker-b', 10_000)).toBe(false);
    expect(await second.releaseLease('poll:fake:1', 'worker-b')).toBe(false);
    expect(await inspector.get('test:lease:poll:fake:1')).toBe('worker-a');
    expect(await first.renewLease('poll:fake:1', 'worker-a', 20_000)).toBe(true);
    expect(await inspector.pttl('test:lease:poll:fake:1')).toBeGreaterThan(10_000);
    expect(await first.acquireLease('poll:fake:1', 'worker-a', 10_000)).toBe(true);
    expect(await first.releaseLease('poll:fake:1', 'worker-a')).toBe(true);
    expect(await second.acquireLease('poll:fake:1', 'worker-b', 10_000)).toBe(true);
  });

  it('lets another owner take a lease over once it expired, and the old owner cannot renew it', async () => {
    expect(await first.acquireLease('poll:fake:2', 'worker-a', 60)).toBe(true);
    expect(await second.acquireLease('poll:fake:2', 'worker-b', 60)).toBe(false);
    await sleep(120);
    expect(await second.acquireLease('poll:fake:2', 'worker-b', 10_000)).toBe(true);
    expect(await first.renewLease('poll:fake:2', 'worker-a', 10_000)).toBe(false);
    expect(await inspector.get('test:lease:poll:fake:2')).toBe('worker-b');
  });

  it('separates stores by key prefix and leaves a passed client open on close()', async () => {
    const client = new Redis(server.url);
    const other = createRedisIdempotencyStore({ client, keyPrefix: 'other-app:' });
    expect(await other.setIfAbsent('atomic', 10_000)).toBe(true);
    expect(await inspector.exists('other-app:atomic', 'switchboard:atomic')).toBe(1);
    await other.close();
    expect(await client.ping()).toBe('PONG');
    await client.quit();
    const defaultPrefix = createRedisIdempotencyStore({ url: server.url });
    await defaultPrefix.set('probe', 'x', 10_000);
    expect(await inspector.get('switchboard:probe')).toBe('x');
    await defaultPrefix.close();
  });

  it('rejects an invalid TTL with an invalid-request error, writing nothing', async () => {
    await expect(first.setIfAbsent('bad', 0)).rejects.toMatchObject({ code: 'invalid-request' });
    await first.set('bad', 'v1');
    await expect(first.replaceIf('bad', 'v1', 'v2', -5)).rejects.toMatchObject({ code: 'invalid-request' });
    expect(await first.get('bad')).toBe('v1');
  });
});
