import { describe, expect, it } from 'vitest';
import { startGreenApiEmulator } from '../../../src/emulators/green-api/index.js';
import { useGreenApiEmulator } from '../../support/green-api-emulator-suite.js';
import { call, fastTimings } from './green-api-test-client.js';

describe('GREEN-API emulator settings', () => {
  const { instance } = useGreenApiEmulator({ timings: fastTimings });

  it('starts with every notification switched off, as "yes"/"no" strings', async () => {
    const settings = (await call(instance(0), 'getSettings')).json as Record<string, unknown>;
    expect(settings).toMatchObject({
      wid: '',
      webhookUrl: '',
      webhookUrlToken: '',
      incomingWebhook: 'no',
      outgoingWebhook: 'no',
      outgoingAPIMessageWebhook: 'no',
      stateWebhook: 'no',
      delaySendMessagesMilliseconds: expect.any(Number),
      countryInstance: expect.any(String),
    });
  });

  it('saves a partial update and returns it from getSettings', async () => {
    const saved = await call(instance(0), 'setSettings', {
      body: { incomingWebhook: 'yes', delaySendMessagesMilliseconds: 500, webhookUrlToken: 'secret' },
    });
    expect(saved.json).toEqual({ saveSettings: true });
    expect((await call(instance(0), 'getSettings')).json).toMatchObject({
      incomingWebhook: 'yes',
      outgoingWebhook: 'no',
      delaySendMessagesMilliseconds: 500,
      webhookUrlToken: 'secret',
    });
  });

  it('rejects booleans, too short delays and empty bodies', async () => {
    const boolean = await call(instance(0), 'setSettings', { body: { incomingWebhook: true } });
    expect(boolean.status).toBe(400);
    expect(boolean.json).toMatchObject({
      message: "Validation failed. Details: 'incomingWebhook' must be one of [yes, no]",
    });
    expect(
      (await call(instance(0), 'setSettings', { body: { delaySendMessagesMilliseconds: 100 } })).status,
    ).toBe(400);
    expect((await call(instance(0), 'setSettings', { body: {} })).status).toBe(400);
    expect((await call(instance(0), 'setSettings', { body: { webhookUrl: 'not a url' } })).status).toBe(400);
  });

  it('gives Telegram and MAX a subset with typeInstance', async () => {
    const telegram = (await call(instance(1), 'getSettings')).json as Record<string, unknown>;
    const max = (await call(instance(2), 'getSettings')).json as Record<string, unknown>;
    expect(telegram.typeInstance).toBe('telegram');
    expect(max.typeInstance).toBe('v3');
    expect(telegram).not.toHaveProperty('countryInstance');
    expect(max).toHaveProperty('incomingWebhook', 'no');
  });

  it('applies option settings per instance over emulator-wide ones', async () => {
    const custom = await startGreenApiEmulator({
      settings: { incomingWebhook: 'yes', outgoingWebhook: 'yes' },
      instances: [{ settings: { outgoingWebhook: 'no' } }],
    });
    try {
      const settings = (await call(custom.instances[0]!, 'getSettings')).json;
      expect(settings).toMatchObject({ incomingWebhook: 'yes', outgoingWebhook: 'no' });
    } finally {
      await custom.close();
    }
  });
});
