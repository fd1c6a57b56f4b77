import { startWhatsgateEmulator, type WhatsgateEmulator } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsgateMessenger } from '../../src/index.js';

let emulator: WhatsgateEmulator;
let whatsappId: string;

beforeAll(async () => {
  emulator = await startWhatsgateEmulator({ automaticAcks: [], mediaEvents: true });
  whatsappId = emulator.sessions[0]?.whatsappId ?? '';
});

afterAll(async () => {
  await emulator.close();
});

describe('downloadMedia by the id of a message without media', () => {
  it('is a not-found that is not retried, and falls back to the media key when one is given', async () => {
    const requests: string[] = [];
    const messenger = createWhatsgateMessenger({
      apiKey: emulator.apiKey,
      whatsappId,
      baseUrl: emulator.url,
      // Whether a 500 is retried is the transport's policy (core's); this test is about the mapping.
      retry: false,
      onLog: (entry) => {
        if (entry.event === 'request') requests.push(entry.url);
      },
    });
    const plain = emulator.control.injectIncomingMessage(whatsappId, {
      kind: 'text',
      from: '79991112233',
      body: 'plain',
    });
    const image = emulator.control.injectIncomingMessage(whatsappId, {
      kind: 'image',
      from: '79991112233',
      caption: 'pic',
    });

    await expect(messenger.messages.downloadMedia({ messageId: plain.id })).rejects.toMatchObject({
      code: 'not-found',
      isRetryable: false,
      message: expect.stringContaining('Message has no media'),
    });

    requests.length = 0;
    const file = await messenger.messages.downloadMedia({ messageId: plain.id, mediaKey: image.mediaKey });
    expect(file).toMatchObject({ mimeType: 'image/jpeg' });
    expect(file.data.length).toBeGreaterThan(0);
    expect(requests.map((url) => new URL(url).pathname)).toEqual([
      '/api/v1/get-messagemedia',
      '/api/v1/get-media',
    ]);
  });
});
