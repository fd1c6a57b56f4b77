import { getEventListeners } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { waitForDelay } from '../../src/receiving/wait-for-delay.js';

describe('waitForDelay', () => {
  it('resolves true after the delay and false when the signal aborts first', async () => {
    await expect(waitForDelay(1)).resolves.toBe(true);
    const controller = new AbortController();
    const waiting = waitForDelay(60_000, controller.signal);
    controller.abort();
    await expect(waiting).resolves.toBe(false);
    await expect(waitForDelay(10, controller.signal)).resolves.toBe(false);
  });

  it('shares one abort listener among many concurrent waits on a signal', async () => {
    const controller = new AbortController();
    const addListener = vi.spyOn(controller.signal, 'addEventListener');
    const waits = Array.from({ length: 64 }, () => waitForDelay(60_000, controller.signal));
    controller.abort();
    expect(await Promise.all(waits)).toEqual(Array.from({ length: 64 }, () => false));
    expect(addListener).toHaveBeenCalledTimes(1);
  });

  it('leaves no abort listener behind on a long-lived signal once its waits ended by their timers', async () => {
    const controller = new AbortController();
    for (let wait = 0; wait < 100; wait += 1) {
      await expect(waitForDelay(0, controller.signal)).resolves.toBe(true);
    }
    const concurrent = Array.from({ length: 16 }, () => waitForDelay(1, controller.signal));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    expect(await Promise.all(concurrent)).toEqual(Array.from({ length: 16 }, () => true));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    // A later wait still notices the abort.
    const waiting = waitForDelay(60_000, controller.signal);
    controller.abort();
    await expect(waiting).resolves.toBe(false);
  });
});
