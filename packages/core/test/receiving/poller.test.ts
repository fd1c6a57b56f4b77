import { describe, expect, it } from 'vitest';
import { MessengerError } from '../../src/errors/messenger-error.js';
import type { MessengerEvent } from '../../src/events/messenger-event.js';
import { createMemoryIdempotencyStore } from '../../src/receiving/create-memory-idempotency-store.js';
import type { PollingErrorContext, PollingOptions } from '../../src/receiving/polling-options.js';
import { startPolling } from '../../src/receiving/start-polling.js';
import { createFakeMessenger, eventually, textEvent } from './fake-messenger.js';
import { FakeProviderQueue } from './fake-provider-queue.js';
import { recordEventIds, stopPollersAfterEach } from './poller-test-helpers.js';

const fast = {
  retry: { attempts: 3, baseDelayMilliseconds: 1, maximumDelayMilliseconds: 4 },
  receiveTimeoutMilliseconds: 20,
  idleDelayMilliseconds: 1,
  onError: () => {},
} satisfies Partial<PollingOptions>;

const poll = stopPollersAfterEach();

/** Redelivers what the queue holds to a new poller on the same store; the ids it handles. */
async function handledAfterRedelivery(
  queue: FakeProviderQueue,
  store: ReturnType<typeof createMemoryIdempotencyStore>,
): Promise<string[]> {
  queue.redeliver();
  const handled: string[] = [];
  poll(createFakeMessenger('instance-1', queue), {
    ...fast,
    store,
    onEvent: recordEventIds(handled),
    onDeadLetter: () => {},
  });
  await eventually(() => queue.pending === 0);
  return handled;
}

describe('startPolling', () => {
  it('acknowledges an item only after its handler succeeded', async () => {
    const queue = new FakeProviderQueue();
    const messenger = createFakeMessenger('instance-1', queue);
    queue.push(textEvent('a'));
    let release: () => void = () => {};
    const handled: string[] = [];
    const poller = poll(messenger, {
      ...fast,
      onEvent: async (event) => {
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        handled.push(event.id);
      },
      onDeadLetter: () => {},
    });
    await eventually(() => poller.stats.inFlight === 1);
    expect(queue.acknowledged).toEqual([]);
    release();
    await eventually(() => queue.acknowledged.length === 1);
    expect(handled).toEqual(['a']);
    expect(queue.pending).toBe(0);
    expect(poller.stats).toMatchObject({ received: 1, handled: 1, acknowledged: 1, deadLettered: 0 });
  });

  it('retries a failing handler with backoff, then dead-letters and acknowledges it', async () => {
    const queue = new FakeProviderQueue();
    queue.push(textEvent('poison'));
    queue.push(textEvent('fine'));
    const calls: Array<[string, number]> = [];
    const deadLetters: Array<{ id: string; error: unknown; attempts: number }> = [];
    const poller = poll(createFakeMessenger('instance-1', queue), {
      ...fast,
      onEvent: (event, { attempt }) => {
        calls.push([event.id, attempt]);
        if (event.id === 'poison') throw new Error('cannot handle');
      },
      onDeadLetter: (event, error, { attempts }) => {
        deadLetters.push({ id: event.id, error, attempts });
      },
    });
    await eventually(() => queue.acknowledged.length === 2);
    expect(calls).toEqual([
      ['poison', 1],
      ['poison', 2],
      ['poison', 3],
      ['fine', 1],
    ]);
    expect(deadLetters).toHaveLength(1);
    expect(deadLetters[0]).toMatchObject({ id: 'poison', attempts: 3 });
    expect(String(deadLetters[0]?.error)).toBe('Error: cannot handle');
    expect(poller.stats).toMatchObject({ handled: 1, deadLettered: 1, handlerFailures: 3, acknowledged: 2 });
  });

  it('does not acknowledge when onDeadLetter throws, and processes the item again later', async () => {
    const queue = new FakeProviderQueue('head');
    queue.push(textEvent('poison'));
    let deadLetterCalls = 0;
    const errors: PollingErrorContext['phase'][] = [];
    poll(createFakeMessenger('instance-1', queue), {
      ...fast,
      onEvent: () => {
        throw new Error('cannot handle');
      },
      onDeadLetter: () => {
        deadLetterCalls += 1;
        if (deadLetterCalls === 1) throw new Error('dead-letter storage down');
      },
      onError: (_error, { phase }) => errors.push(phase),
    });
    await eventually(() => deadLetterCalls === 2 && queue.acknowledged.length === 1);
    expect(errors).toContain('dead-letter');
    expect(queue.acknowledged).toEqual(['1']);
  });

  it('handles a duplicate delivery once and acknowledges both copies', async () => {
    const queue = new FakeProviderQueue();
    queue.push(textEvent('same'));
    queue.push(textEvent('same'));
    queue.push(textEvent('other'));
    const handled: string[] = [];
    const poller = poll(createFakeMessenger('instance-1', queue), {
      ...fast,
      onEvent: recordEventIds(handled),
      onDeadLetter: () => {},
    });
    await eventually(() => queue.acknowledged.length === 3);
    expect(handled).toEqual(['same', 'other']);
    expect(poller.stats.duplicates).toBe(1);
  });

  it('keeps the number of handlers running at once within the concurrency bound', async () => {
    const queue = new FakeProviderQueue();
    for (let index = 0; index < 30; index += 1) queue.push(textEvent(`event-${index}`));
    let running = 0;
    let peak = 0;
    poll(createFakeMessenger('instance-1', queue), {
      ...fast,
      concurrency: 3,
      onEvent: async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 3));
        running -= 1;
      },
      onDeadLetter: () => {},
    });
    await eventually(() => queue.acknowledged.length === 30);
    expect(peak).toBe(3);
  });

  it('stops gracefully: in-flight handlers finish, items waiting for a retry stay unacknowledged', async () => {
    const queue = new FakeProviderQueue();
    queue.push(textEvent('slow'));
    queue.push(textEvent('failing'));
    const store = createMemoryIdempotencyStore();
    let finishSlow: () => void = () => {};
    let failingCalls = 0;
    const poller = poll(createFakeMessenger('instance-1', queue), {
      ...fast,
      store,
      concurrency: 2,
      retry: { attempts: 5, baseDelayMilliseconds: 60_000, maximumDelayMilliseconds: 60_000 },
      onEvent: async (event) => {
        if (event.id === 'failing') {
          failingCalls += 1;
          throw new Error('temporarily broken');
        }
        await new Promise<void>((resolve) => {
          finishSlow = resolve;
        });
      },
      onDeadLetter: () => {},
    });
    await eventually(() => poller.stats.inFlight === 2 && failingCalls === 1);
    const stopped = poller.stop();
    finishSlow();
    await stopped;
    expect(queue.acknowledged).toEqual(['1']);
    expect(queue.pending).toBe(1);

    // The failing event's claim was released: after redelivery a new poller handles it.
    expect(await handledAfterRedelivery(queue, store)).toEqual(['failing']);
  });

  it('leaves an event whose last attempt failed because of the stop for redelivery, not dead-lettered', async () => {
    const queue = new FakeProviderQueue();
    queue.push(textEvent('interrupted'));
    const store = createMemoryIdempotencyStore();
    const deadLetters: string[] = [];
    const poller = poll(createFakeMessenger('instance-1', queue), {
      ...fast,
      store,
      retry: { attempts: 1 },
      onEvent: (_event, { signal }) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => reject(signal.reason), { once: true });
        }),
      onDeadLetter: (event) => {
        deadLetters.push(event.id);
      },
    });
    await eventually(() => poller.stats.inFlight === 1);
    await poller.stop();
    expect(deadLetters).toEqual([]);
    expect(queue.acknowledged).toEqual([]);
    expect(queue.pending).toBe(1);
    expect(poller.stats).toMatchObject({ handlerFailures: 1, deadLettered: 0, acknowledged: 0 });

    // The claim was released: after redelivery a new poller handles the event.
    expect(await handledAfterRedelivery(queue, store)).toEqual(['interrupted']);
  });

  it('backs off on retryable receive errors and honours retryAfterMilliseconds', async () => {
    const queue = new FakeProviderQueue();
    const rateLimited = new MessengerError('Too many requests', {
      code: 'rate-limited',
      status: 429,
      retryAfterMilliseconds: 120,
    });
    queue.faults.push(
      new MessengerError('Bad gateway', { code: 'provider', status: 502 }),
      rateLimited,
      new TypeError('fetch failed'),
    );
    queue.push(textEvent('after-faults'));
    const phases: Array<[string, boolean]> = [];
    const handled: string[] = [];
    const poller = poll(createFakeMessenger('instance-1', queue), {
      ...fast,
      onEvent: recordEventIds(handled),
      onDeadLetter: () => {},
      onError: (_error, { phase, willRetry }) => phases.push([phase, willRetry]),
    });
    await eventually(() => handled.length === 1);
    expect(poller.stats.receiveErrors).toBe(3);
    expect(phases).toEqual([
      ['receive', true],
      ['receive', true],
      ['receive', true],
    ]);
    const [, rateLimitedAt, afterRateLimit] = queue.receiveTimes as [number, number, number];
    // The 429 was followed by at least its retryAfterMilliseconds (the configured backoff is at most 4 ms).
    expect(afterRateLimit - rateLimitedAt).toBeGreaterThanOrEqual(115);
  });

  it('waits out delays longer than the longest timer instead of retrying at once', async () => {
    const overflowing = 3_000_000_000;
    const rateLimited = new FakeProviderQueue();
    rateLimited.faults.push(
      new MessengerError('Too many requests', {
        code: 'rate-limited',
        status: 429,
        retryAfterMilliseconds: overflowing,
      }),
    );
    const failing = new FakeProviderQueue();
    failing.faults.push(new MessengerError('Bad gateway', { code: 'provider', status: 502 }));
    poll(createFakeMessenger('rate-limited', rateLimited), {
      ...fast,
      onEvent: () => {},
      onDeadLetter: () => {},
    });
    poll(createFakeMessenger('failing', failing), {
      ...fast,
      retry: { baseDelayMilliseconds: overflowing, maximumDelayMilliseconds: overflowing },
      onEvent: () => {},
      onDeadLetter: () => {},
    });
    // Both pollers made their first receive (however long that took); 200 ms later neither has retried.
    await eventually(() => rateLimited.receiveTimes.length > 0 && failing.receiveTimes.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(rateLimited.receiveTimes).toHaveLength(1);
    expect(failing.receiveTimes).toHaveLength(1);
  });

  it('refuses an idle delay that is not a non-negative finite number, and accepts 0', () => {
    const messenger = createFakeMessenger();
    const handlers = { onEvent: () => {}, onDeadLetter: () => {} };
    for (const idleDelayMilliseconds of [Number.NaN, -1, Number.POSITIVE_INFINITY]) {
      expect(() => startPolling(messenger, { ...handlers, idleDelayMilliseconds })).toThrow(
        expect.objectContaining({
          code: 'invalid-request',
          message: expect.stringContaining('idleDelayMilliseconds'),
        }),
      );
    }
    const poller = poll(messenger, { ...fast, ...handlers, idleDelayMilliseconds: 0 });
    expect(poller.stats.failedMessengers).toBe(0);
  });

  it('stops the loop of a messenger on a non-retryable error (auth), reporting it to onError', async () => {
    const broken = new FakeProviderQueue();
    broken.faults.push(new MessengerError('Token rejected', { code: 'auth', status: 401 }));
    const healthy = new FakeProviderQueue();
    const errors: Array<[unknown, PollingErrorContext]> = [];
    const handled: string[] = [];
    const poller = poll([createFakeMessenger('broken', broken), createFakeMessenger('healthy', healthy)], {
      ...fast,
      onEvent: recordEventIds(handled),
      onDeadLetter: () => {},
      onError: (error, context) => errors.push([error, context]),
    });
    await eventually(() => poller.stats.failedMessengers === 1);
    const receivesAfterFailure = broken.receiveTimes.length;
    healthy.push(textEvent('still-served', 'hi', 'healthy'));
    await eventually(() => handled.length === 1);
    expect(broken.receiveTimes.length).toBe(receivesAfterFailure);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.[1]).toMatchObject({ phase: 'receive', willRetry: false });
    expect(errors[0]?.[1].messenger.instanceId).toBe('broken');
  });

  it('keeps polling after a garbled answer or an instance still starting', async () => {
    const queue = new FakeProviderQueue();
    queue.faults.push(
      new MessengerError('Unexpected end of JSON input', { code: 'invalid-response', status: 200 }),
      new MessengerError('instance in starting process try later', {
        code: 'session-not-ready',
        status: 400,
      }),
    );
    queue.push(textEvent('after-garbled', 'hi', 'garbled'));
    const errors: Array<[unknown, PollingErrorContext]> = [];
    const handled: string[] = [];
    const poller = poll([createFakeMessenger('garbled', queue)], {
      ...fast,
      onEvent: recordEventIds(handled),
      onDeadLetter: () => {},
      onError: (error, context) => errors.push([error, context]),
    });
    await eventually(() => handled.length === 1);
    expect(poller.stats.failedMessengers).toBe(0);
    expect(errors.map(([, context]) => context.willRetry)).toEqual([true, true]);
  });

  it('serves many messengers from one poller and ends when the signal aborts', async () => {
    const queues = [new FakeProviderQueue(), new FakeProviderQueue(), new FakeProviderQueue()];
    const messengers = queues.map((queue, index) => createFakeMessenger(`instance-${index}`, queue));
    queues.forEach((queue, index) => {
      for (let number = 0; number < 20; number += 1)
        queue.push(textEvent(`${index}-${number}`, 'x', `instance-${index}`));
    });
    const controller = new AbortController();
    const seen = new Map<string, MessengerEvent>();
    const poller = startPolling(messengers, {
      ...fast,
      concurrency: 2,
      signal: controller.signal,
      onEvent: (event) => {
        seen.set(`${event.instanceId}/${event.id}`, event);
      },
      onDeadLetter: () => {},
    });
    await eventually(() => seen.size === 60);
    controller.abort();
    await poller.done;
    expect(queues.map((queue) => queue.pending)).toEqual([0, 0, 0]);
  });

  it('rejects invalid options at once', () => {
    const messenger = createFakeMessenger();
    const handlers = { onEvent: () => {}, onDeadLetter: () => {} };
    expect(() => startPolling(messenger, { ...handlers, concurrency: 0 })).toThrow(/concurrency/);
    expect(() => startPolling(messenger, { ...handlers, retry: { attempts: 1.5 } })).toThrow(
      /retry.attempts/,
    );
    expect(() => startPolling(messenger, { onEvent: () => {} } as unknown as PollingOptions)).toThrow(
      /onDeadLetter/,
    );
  });
});
