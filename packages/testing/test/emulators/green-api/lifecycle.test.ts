import { describe, expect, it } from 'vitest';
import { greenApiAllWebhooksOn, startGreenApiEmulator } from '../../../src/emulators/green-api/index.js';
import { call } from './green-api-test-client.js';

const timers = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;

describe('GREEN-API emulator lifecycle', () => {
  it('closes at once, ending long-polls and cancelling every timer', async () => {
    const before = timers();
    const emulator = await startGreenApiEmulator({
      state: 'authorized',
      settings: { ...greenApiAllWebhooksOn, delaySendMessagesMilliseconds: 600_000 },
      instances: [{}, {}],
      timings: {
        webhookRetryDelayMilliseconds: 600_000,
        deliveredAfterMilliseconds: 600_000,
        startingMilliseconds: 600_000,
      },
    });
    const [polling, pushing] = emulator.instances;
    await call(pushing!, 'setSettings', { body: { webhookUrl: 'http://127.0.0.1:1/unreachable' } });
    emulator.control.injectIncomingMessage(pushing!.idInstance, { kind: 'text', text: 'retry me' });
    await call(polling!, 'sendMessage', { body: { chatId: '79001234567@c.us', message: 'one' } });
    await call(polling!, 'sendMessage', { body: { chatId: '79001234567@c.us', message: 'two' } });
    await call(polling!, 'reboot');
    const longPoll = call(polling!, 'receiveNotification', { query: { receiveTimeout: '60' } }).then(
      () => 'answered',
      () => 'closed',
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(timers()).toBeGreaterThan(before);
    await emulator.close();
    expect(['answered', 'closed']).toContain(await longPoll);
    expect(timers()).toBeLessThanOrEqual(before);
  });
});
