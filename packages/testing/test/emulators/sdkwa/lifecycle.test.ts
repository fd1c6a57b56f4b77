import { describe, expect, it } from 'vitest';
import { startSdkwaEmulator } from '../../../src/emulators/sdkwa/index.js';
import { fastOptions, instanceApi } from './sdkwa-test-client.js';

function activeTimers(): number {
  return process
    .getActiveResourcesInfo()
    .filter((resource) => resource === 'Timeout' || resource === 'Immediate').length;
}

describe('SDKWA emulator lifecycle', () => {
  it('closes immediately with pending long-polls, reboots, send pacing and webhook retries, leaking no timers', async () => {
    const baseline = activeTimers();
    const emulator = await startSdkwaEmulator({
      ...fastOptions,
      sendDelayMilliseconds: 60_000,
      timings: {
        receiveTimeoutMilliseconds: 60_000,
        rebootMilliseconds: 60_000,
        webhookRetryDelayMilliseconds: 60_000,
      },
      instances: [{}, { settings: { webhookUrl: 'http://127.0.0.1:9/none' } }],
    });
    const api = instanceApi(emulator);
    const longPoll = api.get('receiveNotification').catch((error: unknown) => error);
    await api.post('sendMessage', { chatId: '79001234567@c.us', message: 'a' });
    await api.post('sendMessage', { chatId: '79001234567@c.us', message: 'b' });
    const webhookInstance = emulator.instances[1]!.idInstance;
    emulator.control.injectIncomingMessage(webhookInstance, { type: 'text', text: 'x' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    await api.get('reboot');
    expect(activeTimers()).toBeGreaterThan(baseline);
    await emulator.close();
    await longPoll;
    await new Promise((resolve) => setImmediate(resolve));
    expect(activeTimers()).toBeLessThanOrEqual(baseline);
  });

  it('starts quickly on a given port and host', async () => {
    const emulator = await startSdkwaEmulator({ host: '127.0.0.1', port: 0, instances: [] });
    expect(emulator.instances).toEqual([]);
    expect(emulator.control.instances()).toEqual([]);
    await emulator.close();
    await emulator.close();
  });
});
