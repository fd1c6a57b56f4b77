import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createWebhookHandler,
  isMessengerError,
  type Messenger,
  type MessengerEvent,
} from '@switchboard/core';
import { createNodeWebhookListener } from '@switchboard/core/node';
import { type SdkwaEmulator, startSdkwaEmulator } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSdkwaSessionManager, type SdkwaClient } from '../../src/index.js';
import { messengerOnEmulator } from '../support/emulator-messenger.js';

const phone = '79001234567';
const webhookUrlToken = 'e2e-webhook-token-31337';

let emulator: SdkwaEmulator;
let messenger: Messenger<SdkwaClient>;
let idInstance: number;
let server: Server;
const pushed: MessengerEvent[] = [];

beforeAll(async () => {
  emulator = await startSdkwaEmulator({
    instances: [{ network: 'whatsapp', state: 'notAuthorized', settings: { statusInstanceWebhook: 'yes' } }],
    sendDelayMilliseconds: 0,
    timings: {
      receiveTimeoutMilliseconds: 100,
      rebootMilliseconds: 20,
      smsWaitMilliseconds: 60_000,
      voiceWaitMilliseconds: 60_000,
      deliveryDelayMilliseconds: 10,
      webhookRetryDelayMilliseconds: 20,
    },
  });
  ({ messenger, idInstance } = messengerOnEmulator(emulator, {
    webhookUrlToken,
    timeoutMilliseconds: 5000,
  }));
  const handler = createWebhookHandler({
    messengers: [messenger],
    onEvent: (event) => {
      pushed.push(event);
    },
  });
  server = createServer(createNodeWebhookListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await emulator.close();
});

/** Receives and acknowledges notifications until one matches (others are acknowledged and skipped). */
async function receiveUntil(match: (event: MessengerEvent) => boolean): Promise<MessengerEvent> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const item = await messenger.inbox.receive({ timeoutMilliseconds: 10_000 });
    if (item === null) continue;
    await messenger.inbox.ack(item);
    if (match(item.event)) return item.event;
  }
  throw new Error('no matching notification arrived');
}

/** Waits until `read` answers a value (30 s at most: a deadline for a hang, far above a loaded machine's need). */
async function waitFor<Value>(read: () => Value | undefined): Promise<Value> {
  const deadline = performance.now() + 30_000;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('SDKWA adapter against the emulator', () => {
  it('registers the number by SMS: request → refused while waiting → wrong code → right code → authorized', async () => {
    expect(await messenger.session.getState()).toBe('not-authorized');

    const request = await messenger.session.requestCode({ phone, channel: 'sms' });
    expect(request.channel).toBe('sms');
    expect(request.retryAfterMilliseconds).toBe(60_000);
    expect(request.waitMilliseconds?.sms).toBe(60_000);
    expect(request.length).toBe(6);

    const refused = await messenger.session
      .requestCode({ phone, channel: 'sms' })
      .catch((error: unknown) => error);
    expect(isMessengerError(refused, 'rate-limited')).toBe(true);
    expect((refused as { retryAfterMilliseconds?: number }).retryAfterMilliseconds).toBeGreaterThan(0);
    expect((refused as { details?: Record<string, unknown> }).details?.reason).toBe('too_recent');

    const code = emulator.control.readRegistrationCode(idInstance);
    expect(code?.method).toBe('sms');
    const wrong = code!.code === '000000' ? '111111' : '000000';
    const invalid = await messenger.session.confirmCode(wrong).catch((error: unknown) => error);
    expect(isMessengerError(invalid, 'invalid-request')).toBe(true);
    expect(String((invalid as Error).message)).toMatch(/invalid code/);

    expect(await messenger.session.confirmCode(code!.code)).toBe('authorized');
    expect(await messenger.session.getState()).toBe('authorized');
    expect(await messenger.session.getQrCode()).toEqual({ status: 'authorized' });
    expect((await messenger.session.getProfile()).phone).toBe(phone);
  });

  it('sends text, location, contact and an uploaded file that reach the provider', async () => {
    const chatId = '79005550000@c.us';
    const text = await messenger.sendText(chatId, 'Hello from the adapter');
    await messenger.sendLocation(chatId, { latitude: 55.74093, longitude: 37.620508, name: "I'm here" });
    await messenger.sendContact(chatId, { phone: '79001234568', firstName: 'Anna' });
    await messenger.sendMedia(chatId, { data: new Uint8Array([80, 75, 3, 4]), fileName: 'temp.zip' });
    const sent = emulator.control.sentMessages(idInstance);
    expect(sent.map((request) => request.method)).toEqual([
      'sendMessage',
      'sendLocation',
      'sendContact',
      'sendFileByUpload',
    ]);
    expect(sent[0]).toMatchObject({
      idMessage: text.messageId,
      chatId,
      body: { message: 'Hello from the adapter' },
    });
    expect(sent[3]?.file).toMatchObject({ fileName: 'temp.zip', size: 4 });

    const status = await receiveUntil(
      (event) => event.type === 'message-status-updated' && event.messageId === text.messageId,
    );
    expect(status).toMatchObject({ provider: 'sdkwa', instanceId: String(idInstance) });
    const history = await messenger.messages.history({ chatId, count: 10 });
    expect(history.some((message) => message.id === text.messageId && message.direction === 'outgoing')).toBe(
      true,
    );
  });

  it('receives an incoming text by polling, redelivered until acknowledged', async () => {
    const injected = emulator.control.injectIncomingMessage(idInstance, {
      type: 'text',
      text: 'hello by polling',
      from: '79005551111@c.us',
      senderName: 'Ivan',
    });
    let first: Awaited<ReturnType<typeof messenger.inbox.receive>> = null;
    for (let attempt = 0; attempt < 50 && first === null; attempt += 1) {
      const item = await messenger.inbox.receive({ timeoutMilliseconds: 10_000 });
      if (item?.event.type === 'message-received') first = item;
      else if (item !== null) await messenger.inbox.ack(item);
    }
    expect(first?.event).toMatchObject({
      type: 'message-received',
      provider: 'sdkwa',
      chat: { id: '79005551111@c.us' },
      message: {
        id: injected.idMessage,
        sender: { name: 'Ivan' },
        content: { type: 'text', text: 'hello by polling' },
      },
    });
    // Still queued, so answered at once; the long deadline only bounds a slow HTTP call on a loaded machine.
    const again = await messenger.inbox.receive({ timeoutMilliseconds: 10_000 });
    expect(again?.receipt).toBe(first?.receipt);
    expect(again?.event.id).toBe(first?.event.id);
    await messenger.inbox.ack(first!);
    const next = await messenger.inbox.receive({ timeoutMilliseconds: 300 });
    expect(next?.receipt).not.toBe(first?.receipt);
  });

  it('downloads a received image', async () => {
    const injected = emulator.control.injectIncomingMessage(idInstance, {
      type: 'image',
      caption: 'look',
      from: '79005552222@c.us',
    });
    const event = await receiveUntil(
      (candidate) => candidate.type === 'message-received' && candidate.message.id === injected.idMessage,
    );
    if (event.type !== 'message-received' || event.message.content.type !== 'media')
      throw new Error('not media');
    const { file } = event.message.content;
    const byId = await messenger.messages.downloadMedia({
      ...file,
      chatId: event.chat.id,
      messageId: event.message.id,
    });
    expect(byId.data.length).toBeGreaterThan(0);
    const byUrl = await messenger.messages.downloadMedia({ url: file.url });
    expect(byUrl.data).toEqual(byId.data);
  });

  it("reads a chat's mute and disappearing-messages flags, and the connection going offline", async () => {
    const chat = '79005553333@c.us';
    emulator.control.setChatPreferences(idInstance, chat, {
      isMuted: true,
      messageExpirationMilliseconds: 86_400_000,
    });
    await expect(messenger.contacts.getInfo(chat)).resolves.toMatchObject({
      chatId: chat,
      isMuted: true,
      hasDisappearingMessages: true,
      disappearingMessagesMilliseconds: 86_400_000,
    });
    emulator.control.setStatusInstance(idInstance, 'offline');
    const event = await receiveUntil((candidate) => candidate.type === 'session-connection-changed');
    expect(event).toMatchObject({ provider: 'sdkwa', connection: 'offline', instanceId: String(idInstance) });
  });

  it('receives by webhook with the bearer token', async () => {
    const { port } = server.address() as AddressInfo;
    await messenger.session.updateSettings({
      webhookUrl: `http://127.0.0.1:${port}/sdkwa`,
      webhookToken: webhookUrlToken,
    });
    await waitFor(() =>
      emulator.control.instance(idInstance).stateInstance === 'authorized' ? true : undefined,
    );
    const injected = emulator.control.injectIncomingMessage(idInstance, {
      type: 'text',
      text: 'hello by webhook',
      from: '79005553333@c.us',
    });
    const event = await waitFor(() =>
      pushed.find(
        (candidate) => candidate.type === 'message-received' && candidate.message.id === injected.idMessage,
      ),
    );
    expect(event).toMatchObject({ provider: 'sdkwa', message: { content: { text: 'hello by webhook' } } });
    await emulator.control.webhooksIdle();
    const deliveries = emulator.control.webhookDeliveries();
    expect(deliveries.at(-1)?.status).toBe(200);
    await messenger.session.updateSettings({ webhookUrl: '' });
  });

  it('manages instances through the user API', async () => {
    const manager = createSdkwaSessionManager({
      userId: emulator.userId,
      userToken: emulator.userToken,
      host: emulator.url,
      retry: false,
    });
    const created = await manager.create({ name: 'Shop' });
    expect(created.info.credentials?.apiTokenInstance).toEqual(expect.any(String));
    expect((await manager.list()).some((session) => session.id === created.id)).toBe(true);
    await manager.delete(created.id);
    const deleted = (await manager.list()).find((session) => session.id === created.id);
    expect(deleted?.info.state).toBe('deleting');
    await manager.restore(created.id);
    const missing = await manager.delete('9999999999').catch((error: unknown) => error);
    expect(isMessengerError(missing, 'not-found')).toBe(true);
    const wrongToken = createSdkwaSessionManager({
      userId: emulator.userId,
      userToken: 'wrong',
      host: emulator.url,
    });
    expect(isMessengerError(await wrongToken.list().catch((error: unknown) => error), 'auth')).toBe(true);
  });
});
