import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSdkwaEmulator } from '../../../src/emulators/sdkwa/index.js';
import { useStartedResource } from '../../support/suite-value.js';
import { fastOptions, instanceApi } from './sdkwa-test-client.js';

interface Received {
  authorization: string | undefined;
  body: Record<string, unknown>;
}

describe('SDKWA emulator webhooks', () => {
  let receiver: Server;
  let receiverUrl: string;
  const received: Received[] = [];
  let failuresLeft = 0;

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({
          authorization: request.headers.authorization,
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
        });
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          response.writeHead(500).end('busy');
          return;
        }
        response.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const address = receiver.address();
    receiverUrl = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}/hook`;
  });
  afterAll(async () => {
    await new Promise((resolve) => receiver.close(resolve));
  });
  const emulator = useStartedResource(() => startSdkwaEmulator({ ...fastOptions, webhookAttempts: 3 }));

  it('pushes notifications to webhookUrl with the Bearer webhookUrlToken', async () => {
    const api = instanceApi(emulator);
    const saved = await api.post('setSettings', { webhookUrl: receiverUrl, webhookUrlToken: 'hook-secret' });
    expect(saved.json).toEqual({ saveSettings: true });
    emulator.control.injectIncomingMessage(api.instance.idInstance, { type: 'text', text: 'pushed' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await emulator.control.webhooksIdle();
    const pushed = received.find((entry) => entry.body.typeWebhook === 'incomingMessageReceived');
    expect(pushed?.authorization).toBe('Bearer hook-secret');
    expect(pushed?.body).toMatchObject({ messageData: { textMessageData: { textMessage: 'pushed' } } });
    expect(received.some((entry) => entry.body.typeWebhook === 'stateInstanceChanged')).toBe(true);
  });

  it('retries a rejected push and records every attempt', async () => {
    const api = instanceApi(emulator);
    received.length = 0;
    failuresLeft = 2;
    const { outcome } = emulator.control.injectIncomingMessage(api.instance.idInstance, {
      type: 'text',
      text: 'retry',
    });
    expect(outcome.route).toBe('webhook');
    await emulator.control.webhooksIdle();
    expect(
      received.map(
        (entry) =>
          (entry.body.messageData as { textMessageData: { textMessage: string } }).textMessageData
            .textMessage,
      ),
    ).toEqual(['retry', 'retry', 'retry']);
    const attempts = emulator.control
      .webhookDeliveries()
      .filter((delivery) => delivery.body === outcome.body);
    expect(attempts.map((delivery) => [delivery.attempt, delivery.status, delivery.accepted])).toEqual([
      [1, 500, false],
      [2, 500, false],
      [3, 200, true],
    ]);
  });

  it('gives up after webhookAttempts and keeps later notifications in order', async () => {
    const api = instanceApi(emulator);
    received.length = 0;
    failuresLeft = 3;
    emulator.control.injectIncomingMessage(api.instance.idInstance, { type: 'text', text: 'lost' });
    emulator.control.injectIncomingMessage(api.instance.idInstance, { type: 'text', text: 'kept' });
    await emulator.control.webhooksIdle();
    const texts = received.map(
      (entry) =>
        (entry.body.messageData as { textMessageData: { textMessage: string } }).textMessageData.textMessage,
    );
    expect(texts).toEqual(['lost', 'lost', 'lost', 'kept']);
  });

  it('goes back to the receiveNotification queue when webhookUrl is cleared', async () => {
    const api = instanceApi(emulator);
    await api.post('setSettings', { webhookUrl: '' });
    await api.drain();
    emulator.control.injectIncomingMessage(api.instance.idInstance, { type: 'text', text: 'polled' });
    expect(await api.next('incomingMessageReceived')).toMatchObject({
      messageData: { textMessageData: { textMessage: 'polled' } },
    });
  });
});
