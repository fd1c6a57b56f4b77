import type { MessengerEvent } from '@switchboard/core';
import { createGreenApiMessenger } from '@switchboard/green-api';
import { type GreenApiEmulator, greenApiFixtures, startGreenApiEmulator } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startOrderInbox } from '../src/start-order-inbox.js';

let emulator: GreenApiEmulator;

beforeAll(async () => {
  emulator = await startGreenApiEmulator();
});

afterAll(() => emulator?.close());

describe('polling recipe: GREEN-API notifications through startPolling, against the emulator', () => {
  it('handles a notification delivered twice once, and acknowledges both', async () => {
    const [instance] = emulator.instances;
    if (instance === undefined) throw new Error('the emulator started without an instance');
    const messenger = createGreenApiMessenger({
      network: 'whatsapp',
      idInstance: instance.idInstance,
      apiTokenInstance: instance.apiTokenInstance,
      apiUrl: instance.apiUrl,
      mediaUrl: instance.mediaUrl,
    });
    const notification = {
      ...greenApiFixtures.incomingTextMessage,
      instanceData: { ...greenApiFixtures.incomingTextMessage.instanceData, idInstance: instance.idInstance },
    };
    emulator.control.injectNotification(instance.idInstance, notification);
    emulator.control.injectNotification(instance.idInstance, notification); // GREEN-API redelivers

    const handled: MessengerEvent[] = [];
    const deadLetters: MessengerEvent[] = [];
    const poller = startOrderInbox(
      [messenger],
      (event) => void handled.push(event),
      (event) => void deadLetters.push(event),
    );
    try {
      // Both deliveries acknowledged; the timeout only guards against a hang, it measures no speed.
      await vi.waitUntil(
        () => handled.length > 0 && emulator.control.queuedNotifications(instance.idInstance).length === 0,
        { timeout: 30_000, interval: 20 },
      );
    } finally {
      await poller.stop();
    }
    expect(handled).toHaveLength(1);
    expect(handled[0]).toMatchObject({
      type: 'message-received',
      provider: 'green-api',
      instanceId: String(instance.idInstance),
      message: { content: { type: 'text', text: notification.messageData.textMessageData.textMessage } },
    });
    expect(deadLetters).toEqual([]);
  }, 60_000);
});
