import { startWhatsgateEmulator, type WhatsgateEmulator } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsgateAccount } from '../../src/index.js';
import { eventOf, receiveUntil } from './receive-until.js';

let emulator: WhatsgateEmulator;

beforeAll(async () => {
  emulator = await startWhatsgateEmulator({ asyncSendDelayMilliseconds: 5, automaticAcks: [] });
});

afterAll(async () => {
  await emulator.close();
});

const asynchronously = { providerOptions: { whatsgate: { async: true } } };

describe('async sends against the emulator', () => {
  it('an async send is pending, then arrives as message-sent; a failed one as provider-error-reported', async () => {
    const whatsappId = emulator.sessions[0]!.whatsappId;
    const account = createWhatsgateAccount({ apiKey: emulator.apiKey, baseUrl: emulator.url, retry: false });
    const messenger = account.messenger(whatsappId, { pollIntervalMilliseconds: 5 });

    const pending = await messenger.sendText({ phone: '79991112233' }, 'Queued', asynchronously);
    expect(pending).toEqual({ status: 'pending', chatId: '79991112233@c.us', raw: { result: 'OK' } });
    const sent = await receiveUntil(messenger, eventOf('message-sent'));
    expect(sent).toMatchObject({
      source: 'api',
      chat: { id: '79991112233@c.us' },
      message: { content: { type: 'text', text: 'Queued' } },
    });

    emulator.control.setNumberRegistered('79990000777', false);
    const doomed = await messenger.sendText({ phone: '79990000777' }, 'Nobody', asynchronously);
    expect(doomed.status).toBe('pending');
    const failure = await receiveUntil(messenger, eventOf('provider-error-reported'));
    expect(failure).toMatchObject({ providerCode: '500', instanceId: whatsappId });
    expect(failure.description).toEqual(expect.any(String));
    expect(JSON.stringify(failure)).not.toContain(emulator.apiKey);
  });
});
