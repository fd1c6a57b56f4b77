import { createMessenger, createSessionManager } from '@switchboard/core';
import { startWhatsgateEmulator, type WhatsgateEmulator } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let emulator: WhatsgateEmulator;
const importModule = async (specifier: string) => {
  expect(specifier).toBe('@switchboard/whatsgate');
  return import('../../src/index.js');
};

beforeAll(async () => {
  emulator = await startWhatsgateEmulator({ automaticAcks: [] });
});

afterAll(async () => {
  await emulator.close();
});

describe("core's registry builds Whatsgate messengers and session managers from config", () => {
  it('createMessenger and createSessionManager with the catalog options', async () => {
    const whatsappId = emulator.sessions[0]?.whatsappId;
    if (whatsappId === undefined) throw new Error('the emulator has no session');
    const options = { apiKey: emulator.apiKey, whatsappId, baseUrl: emulator.apiUrl };
    const messenger = await createMessenger({ provider: 'whatsgate', options }, { importModule });
    expect(messenger).toMatchObject({
      provider: 'whatsgate',
      network: 'whatsapp',
      instanceId: options.whatsappId,
    });
    await expect(messenger.session.getState()).resolves.toBe('authorized');
    const manager = await createSessionManager({ provider: 'whatsgate', options }, { importModule });
    await expect(manager.list()).resolves.toEqual([expect.objectContaining({ id: options.whatsappId })]);
  });
});
