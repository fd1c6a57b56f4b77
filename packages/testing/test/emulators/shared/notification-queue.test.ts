import { describe, expect, it } from 'vitest';
import { NotificationQueue } from '../../../src/emulators/shared/index.js';

describe('NotificationQueue', () => {
  it('hands out increasing receipt ids and keeps the head until deleted', () => {
    const queue = new NotificationQueue<string>();
    expect(queue.push('a')).toBe(1);
    expect(queue.push('b')).toBe(2);
    expect(queue.head()).toEqual({ receiptId: 1, body: 'a' });
    expect(queue.head()).toEqual({ receiptId: 1, body: 'a' });
    expect(queue.delete(1)).toBe(true);
    expect(queue.delete(1)).toBe(false);
    expect(queue.head()).toEqual({ receiptId: 2, body: 'b' });
    expect(queue.size).toBe(1);
  });

  it('deletes at any position and honours firstReceiptId', () => {
    const queue = new NotificationQueue<string>({ firstReceiptId: 10 });
    queue.push('a');
    queue.push('b');
    queue.push('c');
    expect(queue.delete(11)).toBe(true);
    expect([...queue.entries()].map((entry) => entry.body)).toEqual(['a', 'c']);
    queue.delete(10);
    expect(queue.head()).toEqual({ receiptId: 12, body: 'c' });
    expect(queue.clear()).toBe(1);
    expect(queue.head()).toBeUndefined();
  });

  it('releases every waiter when an item is pushed', async () => {
    const queue = new NotificationQueue<string>();
    const first = queue.waitForHead(5_000);
    const second = queue.waitForHead(5_000);
    queue.push('x');
    await expect(first).resolves.toEqual({ receiptId: 1, body: 'x' });
    await expect(second).resolves.toEqual({ receiptId: 1, body: 'x' });
  });

  it('resolves undefined on timeout, abort and close', async () => {
    const queue = new NotificationQueue<string>();
    await expect(queue.waitForHead(5)).resolves.toBeUndefined();
    const controller = new AbortController();
    const aborted = queue.waitForHead(5_000, controller.signal);
    controller.abort();
    await expect(aborted).resolves.toBeUndefined();
    const closed = queue.waitForHead(5_000);
    queue.close();
    await expect(closed).resolves.toBeUndefined();
    await expect(queue.waitForHead(5_000)).resolves.toBeUndefined();
  });

  it('drains 20,000 items in order', () => {
    const queue = new NotificationQueue<number>();
    for (let index = 0; index < 20_000; index += 1) queue.push(index);
    const seen: number[] = [];
    for (let entry = queue.head(); entry !== undefined; entry = queue.head()) {
      seen.push(entry.body);
      queue.delete(entry.receiptId);
    }
    expect(seen).toHaveLength(20_000);
    expect(seen.every((value, index) => value === index)).toBe(true);
  });
});
