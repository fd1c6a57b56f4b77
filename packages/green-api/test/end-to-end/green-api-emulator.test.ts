import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isMessengerError, type Messenger, type MessengerEvent } from '@switchboard/core';
import { type GreenApiEmulator, startGreenApiEmulator } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGreenApiMessenger, type GreenApiClient, type GreenApiNetwork } from '../../src/index.js';

const typeInstances = { whatsapp: 'whatsapp', telegram: 'telegram', max: 'v3' } as const;
const peers = {
  whatsapp: { chat: '79001234567@c.us', member: '79002223344@c.us' },
  telegram: { chat: '20000000', member: '30000000' },
  max: { chat: '20000000', member: '30000000' },
} as const;

let emulator: GreenApiEmulator;
let receiver: Server;
let receiverUrl = '';
const webhookMessengers = new Map<string, Messenger<GreenApiClient>>();
const pushedEvents = new Map<string, MessengerEvent[]>();

async function toRequest(incoming: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers))
    if (typeof value === 'string') headers.set(name, value);
  return new Request(`${receiverUrl}${incoming.url ?? '/'}`, {
    method: incoming.method ?? 'POST',
    headers,
    body: Buffer.concat(chunks),
  });
}

async function handleWebhook(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  const path = incoming.url ?? '';
  const messenger = webhookMessengers.get(path);
  try {
    if (messenger === undefined) throw new Error(`no messenger for ${path}`);
    const parsed = await messenger.inbox.parseWebhook(await toRequest(incoming));
    pushedEvents.set(path, [...(pushedEvents.get(path) ?? []), ...parsed.events]);
    const response = parsed.respond();
    outgoing.writeHead(response.status).end();
  } catch (error) {
    outgoing.writeHead(isMessengerError(error, 'auth') ? 401 : 500).end();
  }
}

beforeAll(async () => {
  emulator = await startGreenApiEmulator({
    seed: 7,
    settings: { incomingWebhook: 'yes' },
    timings: {
      receiveTimeoutSecondMilliseconds: 10,
      sendDelayScale: 0,
      deliveredAfterMilliseconds: 5,
      readAfterMilliseconds: 5,
      webhookRetryDelayMilliseconds: 20,
      webhookAttempts: 3,
      webhookTimeoutMilliseconds: 2000,
    },
  });
  receiver = createServer((incoming, outgoing) => void handleWebhook(incoming, outgoing));
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await emulator?.close();
  await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
});

describe.each(['whatsapp', 'telegram', 'max'] as const)(
  'GREEN-API %s against the emulator',
  (network: GreenApiNetwork) => {
    const { chat, member } = peers[network];
    let messenger: Messenger<GreenApiClient>;
    let idInstance = 0;

    beforeAll(() => {
      const instance = emulator.instances.find(
        (candidate) => candidate.typeInstance === typeInstances[network],
      );
      if (instance === undefined) throw new Error(`no ${network} instance`);
      idInstance = instance.idInstance;
      messenger = createGreenApiMessenger({
        network,
        idInstance: instance.idInstance,
        apiTokenInstance: instance.apiTokenInstance,
        apiUrl: instance.apiUrl,
        mediaUrl: instance.mediaUrl,
        webhookUrlToken: `hook-secret-${network}`,
        retry: false,
        timeoutMilliseconds: 5000,
      });
    });

    it('authorizes by QR', async () => {
      await expect(messenger.session.getState()).resolves.toBe('not-authorized');
      const qr = await messenger.session.getQrCode();
      expect(qr.status).toBe('pending');
      if (qr.status === 'pending') expect(qr.imageBase64?.length).toBeGreaterThan(10);
      expect(emulator.control.scanQr(idInstance)).toBe(true);
      await expect(messenger.session.getState()).resolves.toBe('authorized');
      await expect(messenger.session.getQrCode()).resolves.toEqual({ status: 'authorized' });
      await expect(messenger.session.getProfile()).resolves.toMatchObject({ phone: expect.any(String) });
    });

    it('sends text and uploads a file to the media host', async () => {
      const text = await messenger.sendText(chat, `Hello from ${network}`);
      const file = await messenger.sendMedia(
        chat,
        {
          data: new TextEncoder().encode('%PDF-1.4 test'),
          fileName: 'invoice.pdf',
          mimeType: 'application/pdf',
        },
        { caption: 'Invoice' },
      );
      await emulator.control.settle(idInstance);
      expect(file.fileUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
      const sent = emulator.control.sentMessages(idInstance);
      expect(sent).toContainEqual(
        expect.objectContaining({ idMessage: text.messageId, method: 'sendMessage', chatId: chat }),
      );
      expect(sent).toContainEqual(
        expect.objectContaining({
          idMessage: file.messageId,
          method: 'sendFileByUpload',
          file: expect.objectContaining({ fileName: 'invoice.pdf', mimeType: 'application/pdf' }),
        }),
      );
      const download = await messenger.messages.downloadMedia({ url: file.fileUrl });
      expect(new TextDecoder().decode(download.data)).toBe('%PDF-1.4 test');
    });

    it('receives an incoming message by polling, then acknowledges it', async () => {
      const injected = emulator.control.injectIncomingMessage(idInstance, {
        kind: 'text',
        text: 'Ping',
        chatId: chat,
      });
      const item = await messenger.inbox.receive({ timeoutMilliseconds: 5000 });
      expect(item?.event).toMatchObject({
        type: 'message-received',
        network,
        instanceId: String(idInstance),
        chat: { id: chat },
        message: { content: { type: 'text', text: 'Ping' } },
      });
      if (item === null) throw new Error('expected a notification');
      expect(item.event.type === 'message-received' && item.event.message.id).toBe(injected.idMessage);
      const again = await messenger.inbox.receive({ timeoutMilliseconds: 5000 });
      expect(again?.event.id).toBe(item.event.id);
      await messenger.inbox.ack(item);
      await expect(messenger.inbox.receive({ timeoutMilliseconds: 5000 })).resolves.toBeNull();
    });

    it('receives an incoming message by webhook', async () => {
      const path = `/hook/${network}`;
      webhookMessengers.set(path, messenger);
      await messenger.session.updateSettings({
        webhookUrl: `${receiverUrl}${path}`,
        webhookToken: `hook-secret-${network}`,
      });
      await expect(messenger.session.getSettings()).resolves.toMatchObject({
        webhookUrl: `${receiverUrl}${path}`,
        notifications: { incomingMessages: true },
      });
      emulator.control.injectIncomingMessage(idInstance, { kind: 'text', text: 'Pushed', chatId: chat });
      await emulator.control.settle(idInstance);
      const received = (pushedEvents.get(path) ?? []).filter((event) => event.type === 'message-received');
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ network, message: { content: { type: 'text', text: 'Pushed' } } });
      await messenger.session.updateSettings({ webhookUrl: '' });
    });

    it('marks a chat read', async () => {
      await messenger.messages.markRead({ chatId: chat, messageId: 'M-1' });
      expect(emulator.control.readMarks(idInstance)).toContainEqual({ chatId: chat, idMessage: 'M-1' });
    });

    it('reads the journals and a single message; an unknown id is not-found', async () => {
      const sent = await messenger.sendText(chat, 'For the journal');
      if (sent.status !== 'accepted') throw new Error('GREEN-API names every message it accepts');
      await emulator.control.settle(idInstance);
      const outgoing = await messenger.messages.lastOutgoing({ minutes: 60 });
      expect(outgoing.map((message) => message.id)).toContain(sent.messageId);
      await expect(
        messenger.messages.get({ chatId: chat, messageId: sent.messageId }),
      ).resolves.toMatchObject({
        id: sent.messageId,
        direction: 'outgoing',
        content: { type: 'text', text: 'For the journal' },
      });
      const history = await messenger.messages.history({ chatId: chat, count: 10 });
      expect(history.map((message) => message.id)).toContain(sent.messageId);
      await expect(messenger.messages.get({ chatId: chat, messageId: 'NOPE' })).rejects.toMatchObject({
        code: 'not-found',
      });
    });

    it('creates a group, adds a participant and sends to the group', async () => {
      const group = await messenger.groups.create({ name: `Team ${network}`, participants: [chat] });
      await messenger.group(group.id).addParticipant(member);
      const info = await messenger.group(group.id).info();
      expect(info.name).toBe(`Team ${network}`);
      expect(info.participants.map((participant) => participant.id)).toEqual(
        expect.arrayContaining([chat, member]),
      );
      const sent = await messenger.sendText(group.id, 'Welcome, team');
      await emulator.control.settle(idInstance);
      expect(emulator.control.sentMessages(idInstance)).toContainEqual(
        expect.objectContaining({ idMessage: sent.messageId, chatId: group.id }),
      );
      await expect(
        messenger.group(network === 'whatsapp' ? '1203630000000000@g.us' : '-999').info(),
      ).rejects.toMatchObject({
        code: 'not-found',
      });
    });

    it.runIf(network === 'whatsapp')(
      'keeps a file over 100 MB as a document, reads chat flags and the connection going offline',
      async () => {
        emulator.control.injectIncomingMessage(idInstance, {
          kind: 'document',
          fileName: 'backup.zip',
          mimeType: 'application/zip',
          caption: 'Full backup',
          downloadUrl: '{{SWE002}}',
          chatId: chat,
        });
        const item = await messenger.inbox.receive({ timeoutMilliseconds: 5000 });
        if (item?.event.type !== 'message-received') throw new Error('expected the document');
        await messenger.inbox.ack(item);
        const { content } = item.event.message;
        expect(content).toEqual({
          type: 'media',
          mediaType: 'document',
          file: { fileName: 'backup.zip', mimeType: 'application/zip', isDownloadable: false },
          caption: 'Full backup',
        });
        const reference = { chatId: chat, messageId: item.event.message.id };
        await expect(messenger.messages.downloadMedia(reference)).rejects.toMatchObject({
          code: 'not-found',
        });

        emulator.control.addContact(idInstance, { chatId: chat, isMute: true });
        await messenger.raw.setDisappearingChat({ chatId: chat, ephemeralExpiration: 604_800 });
        await expect(messenger.contacts.getInfo(chat)).resolves.toMatchObject({
          chatId: chat,
          isMuted: true,
          hasDisappearingMessages: true,
          disappearingMessagesMilliseconds: 604_800_000,
        });

        emulator.control.updateSettings(idInstance, { statusInstanceWebhook: 'yes' });
        emulator.control.setStatusInstance(idInstance, 'offline');
        const status = await messenger.inbox.receive({ timeoutMilliseconds: 5000 });
        expect(status?.event).toMatchObject({ type: 'session-connection-changed', connection: 'offline' });
        if (status !== null) await messenger.inbox.ack(status);
      },
    );
  },
);
