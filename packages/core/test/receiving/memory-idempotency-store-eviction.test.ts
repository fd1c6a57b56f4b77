import { describe, expect, it } from 'vitest';
import { createMemoryIdempotencyStore } from '../../src/receiving/create-memory-idempotency-store.js';

describe('createMemoryIdempotencyStore eviction', () => {
  it('keeps the key just written with maximumEntries 1, so the next setIfAbsent of it is refused', async () => {
    const store = createMemoryIdempotencyStore({ maximumEntries: 1 });
    expect(await store.setIfAbsent('a', 60_000)).toBe(true);
    expect(await store.setIfAbsent('b', 60_000)).toBe(true);
    expect(await store.get('b')).toBe('1');
    expect(await store.setIfAbsent('b', 60_000)).toBe(false);
  });

  it('keeps deduplicating when keys without a TTL (cursors) fill most of maximumEntries', async () => {
    const store = createMemoryIdempotencyStore({ maximumEntries: 10 });
    for (let index = 0; index < 9; index += 1) await store.set(`cursor-${index}`, `${index}`);
    for (const key of ['x', 'y', 'z']) {
      expect(await store.setIfAbsent(key, 60_000, 'processing')).toBe(true);
      expect(await store.get(key)).toBe('processing');
      expect(await store.setIfAbsent(key, 60_000)).toBe(false);
    }
    for (let index = 0; index < 9; index += 1) expect(await store.get(`cursor-${index}`)).toBe(`${index}`);
  });

  it('keeps a key written with set() through the eviction it causes', async () => {
    const store = createMemoryIdempotencyStore({ maximumEntries: 2 });
    await store.set('cursor', 'kept');
    await store.set('first', 'done', 60_000);
    await store.set('second', 'done', 60_000);
    expect(await store.get('second')).toBe('done');
    expect(await store.get('first')).toBeNull();
    expect(await store.get('cursor')).toBe('kept');
  });
});
