import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isMessengerError, type Messenger, type MessengerEvent } from '@switchboard/core';
import { startWhatsgateEmulator, type WhatsgateEmulator } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsgateAccount, type WhatsgateAccount } from '../../src/index.js';

const webhookSecret = 'e2e-webhook-secret-value';
let emulator: WhatsgateEmulator;
let account: WhatsgateAccount;
let server: Server;
let receiverUrl: string;
let messenger: Messenger<unknown> | undefined;
const received: MessengerEvent[] = [];

async function toRequest(incoming: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return new Request(`http://127.0.0.1${incoming.url ?? '/'}`, {
    method: incoming.method,
    body: Buffer.concat(chunks),
  });
}

beforeAll(async () => {
  emulator = await startWhatsgateEmulator({
    automaticAcks: [],
    webhookRetries: 1,
    webhookRetryDelayMilliseconds: 5,
  });
  account = createWhatsgateAccount({
    apiKey: emulator.apiKey,
    baseUrl: emulator.url,
    retry: false,
    webhookSecret,
  });
  server = createServer((incoming, outgoing) => {
    void (async () => {
      try {
        if (messenger === undefined) throw new Error('no messenger yet');
        const parsed = await messenger.inbox.parseWebhook(await toRequest(incoming));
        received.push(...parsed.events);
        const response = parsed.respond();
        outgoing.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? '' });
        outgoing.end(await response.text());
      } catch (error) {
        outgoing.writeHead(isMessengerError(error, 'auth') ? 401 : 400);
        outgoing.end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/whatsgate`;
});

afterAll(async () => {
  await emulator.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('webhooks pushed by the emulator', () => {
  it('setWebhook adds the secret; parseWebhook verifies it and respond() acknowledges with the event id', async () => {
    const whatsappId = emulator.sessions[0]?.whatsappId ?? '';
    messenger = account.messenger(whatsappId);
    await account.setWebhook(whatsappId, receiverUrl);
    await expect(messenger.session.getSettings()).resolves.toEqual({
      webhookUrl: receiverUrl,
      webhookToken: webhookSecret,
    });

    const message = emulator.control.injectIncomingMessage(whatsappId, {
      kind: 'text',
      from: '79991112233',
      body: 'pushed',
    });
    await emulator.control.webhookIdle();

    const deliveries = emulator.control.webhookDeliveries();
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ status: 200, accepted: true, attempt: 1 });
    expect(received).toEqual([
      expect.objectContaining({
        type: 'message-received',
        message: expect.objectContaining({ id: message.id }),
      }),
    ]);
  });

  it('a callback without the secret is refused with 401, so Whatsgate retries and gives up', async () => {
    const whatsappId = emulator.sessions[0]?.whatsappId ?? '';
    await account.raw.setHook({ WhatsappID: whatsappId, callback: receiverUrl });
    const before = received.length;
    emulator.control.injectIncomingMessage(whatsappId, { kind: 'text', from: '79991112233', body: 'forged' });
    await emulator.control.webhookIdle();
    const refused = emulator.control.webhookDeliveries().filter((delivery) => delivery.url === receiverUrl);
    expect(refused.map((delivery) => [delivery.status, delivery.accepted])).toEqual([
      [401, false],
      [401, false],
    ]);
    expect(received).toHaveLength(before);
  });
});
