import type { Messenger } from '@switchboard/core';
import { type SdkwaEmulator, startSdkwaEmulator } from '@switchboard/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SdkwaClient } from '../../src/index.js';
import { messengerOnEmulator } from '../support/emulator-messenger.js';

let emulator: SdkwaEmulator;
let messenger: Messenger<SdkwaClient>;
let idInstance: number;
let receiveCalls = 0;

beforeAll(async () => {
  // A server that answers `receiveNotification` empty at once instead of waiting ~5 s.
  emulator = await startSdkwaEmulator({
    instances: [{ network: 'whatsapp' }],
    sendDelayMilliseconds: 0,
    timings: { receiveTimeoutMilliseconds: 0 },
  });
  ({ messenger, idInstance } = messengerOnEmulator(emulator, {
    onLog: (entry) => {
      if (entry.event === 'request' && entry.url.includes('/receiveNotification')) receiveCalls += 1;
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
});

describe('inbox.receive with a timeout against a server that answers empty at once', () => {
  it('calls receiveNotification at most once a second and answers null at the deadline', async () => {
    const started = Date.now();
    expect(await messenger.inbox.receive({ timeoutMilliseconds: 1500 })).toBeNull();
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(1400);
    expect(elapsed).toBeLessThan(2500);
    expect(receiveCalls).toBe(2);
  });

  it('never waits past the deadline', async () => {
    const started = Date.now();
    expect(await messenger.inbox.receive({ timeoutMilliseconds: 300 })).toBeNull();
    expect(Date.now() - started).toBeLessThan(800);
    expect(receiveCalls).toBe(1);
  });

  it('receives a notification that arrives during the pause at the next call', async () => {
    setTimeout(() => {
      emulator.control.injectIncomingMessage(idInstance, {
        type: 'text',
        text: 'late',
        from: '79005551111@c.us',
      });
    }, 300);
    const item = await messenger.inbox.receive({ timeoutMilliseconds: 5000 });
    expect(item?.event).toMatchObject({ type: 'message-received', message: { content: { text: 'late' } } });
    expect(receiveCalls).toBe(2);
    await messenger.inbox.ack(item!);
  });

  it("stops the pause at once with the caller's abort reason", async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    const started = Date.now();
    const pending = messenger.inbox.receive({ timeoutMilliseconds: 10_000, signal: controller.signal });
    setTimeout(() => controller.abort(reason), 200);
    await expect(pending).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(800);
    expect(receiveCalls).toBe(1);
  });
});
