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
});
