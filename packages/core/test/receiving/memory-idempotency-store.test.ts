import { afterEach, describe, expect, it, vi } from 'vitest';
import { isMessengerError } from '../../src/errors/messenger-error.js';
import { createMemoryIdempotencyStore } from '../../src/receiving/create-memory-idempotency-store.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('createMemoryIdempotencyStore', () => {
  it('lets exactly one of many concurrent setIfAbsent calls win', async () => {
    const store = createMemoryIdempotencyStore();
    const results = await Promise.all(Array.from({ length: 100 }, () => store.setIfAbsent('key', 1000)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('expires keys after their TTL', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const store = createMemoryIdempotencyStore();
    expect(await store.setIfAbsent('key', 1000, 'processing')).toBe(true);
    expect(await store.get('key')).toBe('processing');
    vi.advanceTimersByTime(999);
    expect(await store.setIfAbsent('key', 1000)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await store.get('key')).toBeNull();
    expect(await store.setIfAbsent('key', 1000)).toBe(true);
  });

  it('keeps values without a TTL, replaces them with set and removes them with delete', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const store = createMemoryIdempotencyStore();
    await store.set('cursor', '10');
    vi.advanceTimersByTime(10 * 365 * 86_400_000);
    expect(await store.get('cursor')).toBe('10');
    await store.set('cursor', '11', 50);
    vi.advanceTimersByTime(50);
    expect(await store.get('cursor')).toBeNull();
    await store.set('other', 'x');
    await store.delete('other');
    expect(await store.get('other')).toBeNull();
  });

  it('stays within maximumEntries by dropping the oldest expiring keys, never TTL-less ones', async () => {
    const store = createMemoryIdempotencyStore({ maximumEntries: 100 });
    await store.set('cursor', 'kept');
    for (let index = 0; index < 1000; index += 1) await store.setIfAbsent(`key-${index}`, 60_000);
    expect(await store.get('cursor')).toBe('kept');
    expect(await store.get('key-999')).toBe('1');
    expect(await store.get('key-0')).toBeNull();
    let live = 0;
    for (let index = 0; index < 1000; index += 1) if ((await store.get(`key-${index}`)) !== null) live += 1;
    expect(live).toBeLessThanOrEqual(100);
    expect(live).toBeGreaterThanOrEqual(80);
  });

  it('gives a lease to one owner at a time, renews only for its owner and frees it on release or expiry', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const store = createMemoryIdempotencyStore();
    expect(await store.acquireLease('poll', 'a', 100)).toBe(true);
    expect(await store.acquireLease('poll', 'b', 100)).toBe(false);
    expect(await store.acquireLease('poll', 'a', 100)).toBe(true);
    expect(await store.renewLease('poll', 'b', 100)).toBe(false);
    vi.advanceTimersByTime(90);
    expect(await store.renewLease('poll', 'a', 100)).toBe(true);
    vi.advanceTimersByTime(90);
    expect(await store.acquireLease('poll', 'b', 100)).toBe(false);
    vi.advanceTimersByTime(10);
    expect(await store.renewLease('poll', 'a', 100)).toBe(false);
    expect(await store.acquireLease('poll', 'b', 100)).toBe(true);
    expect(await store.releaseLease('poll', 'a')).toBe(false);
    expect(await store.releaseLease('poll', 'b')).toBe(true);
    expect(await store.acquireLease('poll', 'a', 100)).toBe(true);
  });

  it('replaces a value only while it equals the expected one, with the new TTL', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const store = createMemoryIdempotencyStore();
    expect(await store.replaceIf('key', 'processing:a', 'done', 1000)).toBe(false);
    expect(await store.get('key')).toBeNull();
    await store.set('key', 'processing:a', 100);
    expect(await store.replaceIf('key', 'processing:b', 'done', 1000)).toBe(false);
    expect(await store.get('key')).toBe('processing:a');
    expect(await store.replaceIf('key', 'processing:a', 'processing:a', 1000)).toBe(true);
    vi.advanceTimersByTime(999);
    expect(await store.get('key')).toBe('processing:a');
    expect(await store.replaceIf('key', 'processing:a', 'done', 50)).toBe(true);
    expect(await store.get('key')).toBe('done');
    vi.advanceTimersByTime(50);
    expect(await store.get('key')).toBeNull();
    await store.set('expiring', 'processing:a', 10);
    vi.advanceTimersByTime(10);
    expect(await store.replaceIf('expiring', 'processing:a', 'done', 1000)).toBe(false);
    expect(await store.get('expiring')).toBeNull();
    await store.set('kept', 'v1', 10);
    expect(await store.replaceIf('kept', 'v1', 'v2')).toBe(true);
    vi.advanceTimersByTime(10 * 365 * 86_400_000);
    expect(await store.get('kept')).toBe('v2');
  });

  it('lets exactly one of many concurrent replaceIf calls with the same expected value win', async () => {
    const store = createMemoryIdempotencyStore();
    await store.set('key', 'old');
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, index) => store.replaceIf('key', 'old', `new-${index}`, 1000)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await store.get('key')).toBe(`new-${results.indexOf(true)}`);
  });

  it('deletes a value only while it equals the expected one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const store = createMemoryIdempotencyStore();
    expect(await store.deleteIf('key', 'processing:a')).toBe(false);
    await store.set('key', 'processing:b', 100);
    expect(await store.deleteIf('key', 'processing:a')).toBe(false);
    expect(await store.get('key')).toBe('processing:b');
    expect(await store.deleteIf('key', 'processing:b')).toBe(true);
    expect(await store.get('key')).toBeNull();
    await store.set('expiring', 'processing:a', 10);
    vi.advanceTimersByTime(10);
    expect(await store.deleteIf('expiring', 'processing:a')).toBe(false);
  });

  it('rejects invalid TTLs and options with an invalid-request error', async () => {
    expect(() => createMemoryIdempotencyStore({ maximumEntries: 0 })).toThrow(/maximumEntries/);
    const store = createMemoryIdempotencyStore();
    const error = await store.setIfAbsent('key', -1).catch((caught: unknown) => caught);
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
    await store.set('key', 'v1');
    const replaceError = await store.replaceIf('key', 'v1', 'v2', 0).catch((caught: unknown) => caught);
    expect(isMessengerError(replaceError, 'invalid-request')).toBe(true);
    expect(await store.get('key')).toBe('v1');
  });
});
