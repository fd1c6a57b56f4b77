import type { MessengerEvent } from '@switchboard/core';
import { startWhatsgateEmulator, type WhatsgateEmulator } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createWhatsgateMessenger,
  MemoryCursorStore,
  type WhatsgateCursor,
  type WhatsgateCursorStore,
} from '../../src/index.js';

let emulator: WhatsgateEmulator;
let whatsappId: string;

beforeAll(async () => {
  emulator = await startWhatsgateEmulator({ automaticAcks: [], mediaEvents: false });
  whatsappId = emulator.sessions[0]?.whatsappId ?? '';
  for (const body of ['first', 'second', 'third']) {
    emulator.control.injectIncomingMessage(whatsappId, { kind: 'text', from: '79991112233', body });
  }
});

afterAll(async () => {
  await emulator.close();
});

/** A store that keeps cursors only as JSON text, like a file or a Redis key would. */
class SerializedCursorStore implements WhatsgateCursorStore {
  readonly texts = new Map<string, string>();
  async get(sessionId: string): Promise<WhatsgateCursor | undefined> {
    const text = this.texts.get(sessionId);
    return text === undefined ? undefined : (JSON.parse(text) as WhatsgateCursor);
  }
  async set(sessionId: string, cursor: WhatsgateCursor): Promise<void> {
    this.texts.set(sessionId, JSON.stringify(cursor));
  }
}

const messengerWith = (cursorStore: WhatsgateCursorStore) =>
  createWhatsgateMessenger({
    apiKey: emulator.apiKey,
    whatsappId,
    baseUrl: emulator.url,
    retry: false,
    cursorStore,
    pollIntervalMilliseconds: 5,
  });

const text = (event: MessengerEvent | undefined) =>
  event?.type === 'message-received' && event.message.content.type === 'text'
    ? event.message.content.text
    : undefined;

describe('polling events-get with a shared cursor store', () => {
  it('a second messenger resumes after the first one’s acknowledgements, redelivering only what was not acknowledged', async () => {
    const cursorStore = new SerializedCursorStore();
    const first = messengerWith(cursorStore);

    // Every event asked for is already queued, so each receive answers at once; its deadline only bounds an HTTP call
    // that a loaded machine makes slow.
    const one = await first.inbox.receive({ timeoutMilliseconds: 10_000 });
    expect(text(one?.event)).toBe('first');
    await first.inbox.ack(one!);
    const two = await first.inbox.receive({ timeoutMilliseconds: 10_000 });
    expect(text(two?.event)).toBe('second');
    // The first poller stops here ("crashes") without acknowledging "second".

    expect(JSON.parse(cursorStore.texts.get(whatsappId) ?? '{}')).toEqual({
      eventId: Number(one?.receipt),
      eventDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
    });

    const second = messengerWith(cursorStore);
    const again = await second.inbox.receive({ timeoutMilliseconds: 10_000 });
    expect(again?.receipt).toBe(two?.receipt);
    expect(again?.event.id).toBe(two?.event.id);
    await second.inbox.ack(again!);
    const three = await second.inbox.receive({ timeoutMilliseconds: 10_000 });
    expect(text(three?.event)).toBe('third');
    await second.inbox.ack(three!);
    await expect(second.inbox.receive({ timeoutMilliseconds: 20 })).resolves.toBeNull();

    // The first instance sees the cursor moved by the second one.
    await expect(first.inbox.receive({ timeoutMilliseconds: 0 })).resolves.toBeNull();
  });

  it('without the shared store a new poller starts from the oldest stored event (Whatsgate deletes nothing)', async () => {
    const fresh = messengerWith(new MemoryCursorStore());
    const item = await fresh.inbox.receive({ timeoutMilliseconds: 10_000 });
    expect(text(item?.event)).toBe('first');
  });

  it('new events after the cursor arrive while receive waits', async () => {
    const cursorStore = new MemoryCursorStore();
    const messenger = messengerWith(cursorStore);
    for (;;) {
      const item = await messenger.inbox.receive({ timeoutMilliseconds: 0 });
      if (item === null) break;
      await messenger.inbox.ack(item);
    }
    const waiting = messenger.inbox.receive({ timeoutMilliseconds: 5000 });
    emulator.control.injectIncomingMessage(whatsappId, { kind: 'text', from: '79991112233', body: 'late' });
    expect(text((await waiting)?.event)).toBe('late');
  });
});
