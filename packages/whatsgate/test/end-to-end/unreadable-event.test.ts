import type { MessengerEvent } from '@switchboard/core';
import { startWhatsgateEmulator, type WhatsgateEmulator } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsgateMessenger } from '../../src/index.js';

let emulator: WhatsgateEmulator;
let whatsappId: string;

beforeAll(async () => {
  emulator = await startWhatsgateEmulator({ automaticAcks: [], mediaEvents: false });
  whatsappId = emulator.sessions[0]?.whatsappId ?? '';
});

afterAll(async () => {
  await emulator.close();
});

const text = (event: MessengerEvent | undefined) =>
  event?.type === 'message-received' && event.message.content.type === 'text'
    ? event.message.content.text
    : undefined;

describe('an events-get page with an unreadable event', () => {
  it('delivers it as unknown with its raw payload, between its neighbours, and moves past it', async () => {
    emulator.control.injectIncomingMessage(whatsappId, { kind: 'text', from: '79991112233', body: 'before' });
    // A status_code that is neither a number nor a string: the event does not fit the schema.
    const malformedStatusCode = { code: 'E42' } as unknown as number;
    const malformed = emulator.control.injectEvent(
      whatsappId,
      'error',
      { message: 'weird' },
      malformedStatusCode,
    );
    emulator.control.injectIncomingMessage(whatsappId, { kind: 'text', from: '79991112233', body: 'after' });
    const messenger = createWhatsgateMessenger({
      apiKey: emulator.apiKey,
      whatsappId,
      baseUrl: emulator.url,
      retry: false,
      pollIntervalMilliseconds: 5,
    });

    const received: MessengerEvent[] = [];
    for (;;) {
      const item = await messenger.inbox.receive({ timeoutMilliseconds: 50 });
      if (item === null) break;
      received.push(item.event);
      await messenger.inbox.ack(item);
    }

    expect(received.map((event) => event.type)).toEqual(['message-received', 'unknown', 'message-received']);
    expect(text(received[0])).toBe('before');
    expect(received[1]).toMatchObject({
      type: 'unknown',
      instanceId: whatsappId,
      reason: expect.stringContaining('status_code'),
      raw: { id: malformed.id, event_action: 'error', status_code: { code: 'E42' } },
    });
    expect(text(received[2])).toBe('after');
  });
});
