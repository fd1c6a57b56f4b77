import type { Messenger } from '@switchboard/core';
import { type SdkwaEmulator, startSdkwaEmulator } from '@switchboard/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SdkwaClient } from '../../src/index.js';
import { messengerOnEmulator } from '../support/emulator-messenger.js';

let emulator: SdkwaEmulator;
let messenger: Messenger<SdkwaClient>;
let idInstance: number;
let receiveCalls = 0;
/** `Date.now()` (the fake clock's, in the tests that fake it) when each `receiveNotification` call started. */
let receiveStarts: number[] = [];
/** How many `receiveNotification` calls were answered. */
let receiveAnswers = 0;

/**
 * The tests run on a fake clock (`Date` and timers; the HTTP calls are real): the time between calls and the deadline
 * are then whatever the test advances, so they prove the pace however slow or loaded the machine is.
 */
function useFakeClock(): void {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: 0 });
}

/** The real timer, kept before any test fakes the global one. */
const realSetTimeout = globalThis.setTimeout;

/**
 * Waits in real time (30 s at most), leaving the fake clock where it is, until `condition` holds. (`vi.waitFor`
 * would advance the fake clock by its interval on every check.)
 */
async function eventually(condition: () => boolean): Promise<void> {
  const deadline = performance.now() + 30_000;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error('condition not reached in 30 s');
    await new Promise((resolve) => realSetTimeout(resolve, 5));
  }
}

/** Whether `promise` has settled, read without waiting. */
function track(promise: Promise<unknown>): () => boolean {
  let settled = false;
  promise.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  return () => settled;
}

beforeAll(async () => {
  // A server that answers `receiveNotification` empty at once instead of waiting ~5 s.
  emulator = await startSdkwaEmulator({
    instances: [{ network: 'whatsapp' }],
    sendDelayMilliseconds: 0,
    timings: { receiveTimeoutMilliseconds: 0 },
  });
  ({ messenger, idInstance } = messengerOnEmulator(emulator, {
    onLog: (entry) => {
      if (!entry.url.includes('/receiveNotification')) return;
      if (entry.event === 'request') {
        receiveCalls += 1;
        receiveStarts.push(Date.now());
      }
      if (entry.event === 'response') receiveAnswers += 1;
    },
  }));
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  for (;;) {
    const item = await messenger.inbox.receive();
    if (item === null) break;
    await messenger.inbox.ack(item);
  }
  receiveCalls = 0;
  receiveStarts = [];
  receiveAnswers = 0;
});

afterEach(() => {
  vi.useRealTimers();
});

describe('inbox.receive with a timeout against a server that answers empty at once', () => {
  it('calls receiveNotification at most once a second and answers null at the deadline', async () => {
    useFakeClock();
    const pending = messenger.inbox.receive({ timeoutMilliseconds: 1500 });
    const settled = track(pending);
    await eventually(() => receiveAnswers === 1);
    await vi.advanceTimersByTimeAsync(999);
    expect(receiveCalls).toBe(1); // the clock stands at 999: the pause is not over
    await vi.advanceTimersByTimeAsync(1);
    await eventually(() => receiveAnswers === 2);
    await vi.advanceTimersByTimeAsync(499);
    expect(settled()).toBe(false); // the deadline (1500) is not reached
    await vi.advanceTimersByTimeAsync(1);
    await eventually(settled);
    expect(await pending).toBeNull();
    expect(Date.now()).toBe(1500); // answered at the deadline, not after a whole second
    expect(receiveStarts).toEqual([0, 1000]);
  });

  it('never waits past the deadline', async () => {
    useFakeClock();
    const pending = messenger.inbox.receive({ timeoutMilliseconds: 300 });
    const settled = track(pending);
    await eventually(() => receiveAnswers === 1);
    await vi.advanceTimersByTimeAsync(300);
    // The clock stays at 300: a receive that waited for the rest of its second would never settle.
    await eventually(settled);
    expect(await pending).toBeNull();
    expect(receiveCalls).toBe(1);
  });

  it('receives a notification that arrives during the pause at the next call', async () => {
    useFakeClock();
    const pending = messenger.inbox.receive({ timeoutMilliseconds: 5000 });
    await eventually(() => receiveAnswers === 1); // the first call answered empty: the pause runs
    emulator.control.injectIncomingMessage(idInstance, {
      type: 'text',
      text: 'late',
      from: '79005551111@c.us',
    });
    await vi.advanceTimersByTimeAsync(1000);
    const item = await pending;
    expect(item?.event).toMatchObject({ type: 'message-received', message: { content: { text: 'late' } } });
    expect(receiveStarts).toEqual([0, 1000]);
    vi.useRealTimers();
    await messenger.inbox.ack(item!);
  });

  it("stops the pause at once with the caller's abort reason", async () => {
    useFakeClock();
    const controller = new AbortController();
    const reason = new Error('stop');
    const pending = messenger.inbox.receive({ timeoutMilliseconds: 10_000, signal: controller.signal });
    const settled = track(pending);
    await eventually(() => receiveAnswers === 1);
    await vi.advanceTimersByTimeAsync(200);
    controller.abort(reason);
    // The clock stays at 200, well inside the pause: only the abort can end it.
    await eventually(settled);
    await expect(pending).rejects.toBe(reason);
    expect(receiveCalls).toBe(1);
  });
});
