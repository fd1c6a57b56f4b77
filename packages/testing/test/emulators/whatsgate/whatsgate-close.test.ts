import { describe, expect, it } from 'vitest';
import { startWhatsgateEmulator } from '../../../src/emulators/whatsgate/index.js';
import { callWhatsgate, startWebhookReceiver } from './whatsgate-test-helpers.js';

describe('Whatsgate emulator: close()', () => {
  it('cancels session, ack, async-send and webhook-retry timers and closes the port', async () => {
    const receiver = await startWebhookReceiver();
    receiver.answer = () => ({ status: 500, text: '' });
    const timers = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
    const before = timers();
    const busy = await startWhatsgateEmulator({
      initializationMilliseconds: 60_000,
      ackDelayMilliseconds: 60_000,
      asyncSendDelayMilliseconds: 60_000,
      webhookRetryDelayMilliseconds: 60_000,
    });
    const whatsappId = busy.sessions[0]?.whatsappId ?? '';
    busy.control.createSession({ name: 'pending' });
    await callWhatsgate(busy, 'set-hook', { WhatsappID: whatsappId, callback: receiver.url });
    await callWhatsgate(busy, 'send', {
      WhatsappID: whatsappId,
      async: false,
      recipient: { number: '79991112233' },
      message: { body: 'x' },
    });
    await callWhatsgate(busy, 'send', {
      WhatsappID: whatsappId,
      async: true,
      recipient: { number: '79991112233' },
      message: { body: 'y' },
    });
    busy.control.injectError(whatsappId, 'retried');
    await receiver.waitFor(1);
    expect(timers()).toBeGreaterThan(before);
    await busy.close();
    expect(timers()).toBeLessThanOrEqual(before);
    await expect(fetch(`${busy.apiUrl}/check`, { method: 'POST' })).rejects.toThrow();
    await receiver.close();
  });
});
