import { describe, expect, it } from 'vitest';
import { startGreenApiEmulator } from '../../../src/emulators/green-api/index.js';
import { greenApiFixtures } from '../../../src/fixtures/green-api-fixtures.js';
import { useGreenApiEmulator } from '../../support/green-api-emulator-suite.js';
import {
  authorizedAllWebhooksOptions,
  call,
  drain,
  eventually,
  fastTimings,
  jane,
  shapeOf,
} from './green-api-test-client.js';

describe('GREEN-API emulator sending', () => {
  const { emulator, instance } = useGreenApiEmulator(authorizedAllWebhooksOptions);
  const settle = async (index: number) => {
    await emulator.control.settle(instance(index).idInstance);
    await eventually(() =>
      emulator.control
        .sentMessages(instance(index).idInstance)
        .every(
          (message) =>
            message.status !== 'pending' && message.status !== 'sent' && message.status !== 'delivered',
        ),
    );
  };

  it('sends text with a hex id on WhatsApp and echoes it with sent → delivered → read', async () => {
    const whatsapp = instance(0);
    const answer = await call(whatsapp, 'sendMessage', { body: { chatId: jane, message: 'Hello' } });
    expect(answer.status).toBe(200);
    const { idMessage } = answer.json as { idMessage: string };
    expect(idMessage).toMatch(/^[0-9A-F]{16,32}$/);
    await settle(0);
    const bodies = await drain(whatsapp);
    expect(bodies.map((body) => body.status ?? body.typeWebhook)).toEqual([
      'outgoingAPIMessageReceived',
      'sent',
      'delivered',
      'read',
    ]);
    const echo = bodies[0]!;
    expect(shapeOf(echo)).toEqual(shapeOf(greenApiFixtures.outgoingApiMessageWhatsapp));
    expect(echo).toMatchObject({
      idMessage,
      senderData: { chatId: jane, sender: whatsapp.idInstance ? expect.stringMatching(/@c\.us$/) : '' },
      messageData: {
        typeMessage: 'extendedTextMessage',
        extendedTextMessageData: { text: 'Hello', previewType: 'None' },
      },
    });
    expect(shapeOf(bodies[2])).toEqual(shapeOf(greenApiFixtures.outgoingMessageStatusDelivered));
    const [sent] = emulator.control.sentMessages(whatsapp.idInstance);
    expect(sent).toMatchObject({
      idMessage,
      method: 'sendMessage',
      chatId: jane,
      body: { message: 'Hello' },
      status: 'read',
    });
  });

  it('uses numeric string ids and the MAX echo shape on Telegram and MAX', async () => {
    const telegram = await call(instance(1), 'sendMessage', { body: { chatId: '20000000', message: 'Hi' } });
    expect((telegram.json as { idMessage: string }).idMessage).toMatch(/^\d{13,}$/);
    const max = await call(instance(2), 'sendMessage', { body: { chatId: '20000000', message: 'Hello' } });
    expect((max.json as { idMessage: string }).idMessage).toMatch(/^\d{13,}$/);
    await settle(2);
    const [echo] = await drain(instance(2));
    expect(shapeOf(echo)).toEqual(shapeOf(greenApiFixtures.outgoingApiMessageMax));
    expect(echo).toMatchObject({ instanceData: { typeInstance: 'v3' } });
    await drain(instance(1));
  });

  it('validates chat ids and text length per messenger', async () => {
    const badWhatsapp = await call(instance(0), 'sendMessage', {
      body: { chatId: '79001234567', message: 'x' },
    });
    expect(badWhatsapp.status).toBe(400);
    const badTelegram = await call(instance(1), 'sendMessage', { body: { chatId: jane, message: 'x' } });
    expect(badTelegram.status).toBe(400);
    const long = 'a'.repeat(4001);
    const maxLong = await call(instance(2), 'sendMessage', { body: { chatId: '20000000', message: long } });
    expect(maxLong.json).toMatchObject({
      message:
        "Validation failed. Details: 'message' length must be less than or equal to 4000 characters long",
    });
    expect((await call(instance(0), 'sendMessage', { body: { chatId: jane, message: long } })).status).toBe(
      200,
    );
    expect(
      (await call(instance(0), 'sendMessage', { body: { chatId: jane, message: 'a'.repeat(20_001) } }))
        .status,
    ).toBe(400);
    expect((await call(instance(0), 'sendMessage', { body: { chatId: jane, message: 5 } })).status).toBe(400);
    expect(
      (await call(instance(0), 'sendMessage', { body: { chatId: jane, message: 'x', typingTime: 50 } }))
        .status,
    ).toBe(400);
    await settle(0);
    await drain(instance(0));
  });

  it('sends files by URL, requiring an extension in fileName', async () => {
    const noExtension = await call(instance(0), 'sendFileByUrl', {
      body: { chatId: jane, urlFile: 'https://example.com/file', fileName: 'file' },
    });
    expect(noExtension.status).toBe(400);
    const answer = await call(instance(0), 'sendFileByUrl', {
      body: { chatId: jane, urlFile: 'https://example.com/a.pdf', fileName: 'a.pdf', caption: 'Doc' },
    });
    expect(answer.status).toBe(200);
    await settle(0);
    const [echo] = await drain(instance(0));
    expect(echo).toMatchObject({
      messageData: {
        typeMessage: 'documentMessage',
        fileMessageData: {
          downloadUrl: 'https://example.com/a.pdf',
          fileName: 'a.pdf',
          caption: 'Doc',
          mimeType: 'application/pdf',
        },
      },
    });
  });

  it('sends locations, contacts and polls with their validation rules', async () => {
    const whatsapp = instance(0);
    expect(
      (await call(whatsapp, 'sendLocation', { body: { chatId: jane, latitude: 95, longitude: 0 } })).status,
    ).toBe(400);
    expect(
      (
        await call(whatsapp, 'sendLocation', {
          body: { chatId: jane, latitude: 55.7, longitude: 37.6, nameLocation: 'Here' },
        })
      ).status,
    ).toBe(200);
    const noName = await call(whatsapp, 'sendContact', {
      body: { chatId: jane, contact: { phoneContact: 79001234567 } },
    });
    expect(noName.status).toBe(400);
    expect(
      (
        await call(whatsapp, 'sendContact', {
          body: { chatId: jane, contact: { phoneContact: 79001234567, lastName: 'Doe' } },
        })
      ).status,
    ).toBe(200);
    const telegramNoFirst = await call(instance(1), 'sendContact', {
      body: { chatId: '20000000', contact: { phoneContact: 79001234567, lastName: 'D' } },
    });
    expect(telegramNoFirst.status).toBe(400);
    const maxContact = await call(instance(2), 'sendContact', {
      body: { chatId: '20000000', contact: { chatId: '30000000' } },
    });
    expect(maxContact.status).toBe(200);
    const oneOption = await call(whatsapp, 'sendPoll', {
      body: { chatId: jane, message: 'Q?', options: [{ optionName: 'A' }] },
    });
    expect(oneOption.json).toMatchObject({
      message: "Validation failed. Details: 'options' must contain at least 2 items",
    });
    const duplicate = await call(whatsapp, 'sendPoll', {
      body: { chatId: jane, message: 'Q?', options: [{ optionName: 'A' }, { optionName: 'A' }] },
    });
    expect(duplicate.status).toBe(400);
    const thirteen = Array.from({ length: 13 }, (_, index) => ({ optionName: `O${index}` }));
    expect(
      (await call(whatsapp, 'sendPoll', { body: { chatId: jane, message: 'Q?', options: thirteen } })).status,
    ).toBe(400);
    expect(
      (
        await call(whatsapp, 'sendPoll', {
          body: { chatId: jane, message: 'Q?', options: [{ optionName: 'A' }, { optionName: 'B' }] },
        })
      ).status,
    ).toBe(200);
    await settle(0);
    const types = (await drain(whatsapp))
      .filter((body) => body.typeWebhook === 'outgoingAPIMessageReceived')
      .map((body) => (body.messageData as { typeMessage: string }).typeMessage);
    expect(types).toEqual(['locationMessage', 'contactMessage', 'pollMessage']);
    await drain(instance(2));
  });

  it('forwards known messages, skips unknown ids and rejects an empty list', async () => {
    const whatsapp = instance(0);
    const empty = await call(whatsapp, 'forwardMessages', {
      body: { chatId: jane, chatIdFrom: jane, messages: [] },
    });
    expect(empty.json).toMatchObject({
      message: "Validation failed. Details: 'messages' must contain at least 1 items",
    });
    const { idMessage: incomingId } = emulator.control.injectIncomingMessage(whatsapp.idInstance, {
      kind: 'text',
      text: 'fwd me',
      chatId: jane,
    });
    const target = '79005550000@c.us';
    const forwarded = await call(whatsapp, 'forwardMessages', {
      body: { chatId: target, chatIdFrom: jane, messages: [incomingId, 'UNKNOWN'] },
    });
    expect(forwarded.status).toBe(200);
    const { messages } = forwarded.json as { messages: string[] };
    expect(messages).toHaveLength(1);
    await settle(0);
    const echo = (await drain(whatsapp)).find((body) => body.typeWebhook === 'outgoingAPIMessageReceived');
    expect(echo).toMatchObject({
      idMessage: messages[0],
      messageData: { extendedTextMessageData: { text: 'fwd me', isForwarded: true, forwardingScore: 1 } },
    });
  });

  it('edits and deletes own messages, answers empty bodies for void methods', async () => {
    const whatsapp = instance(0);
    const { idMessage } = (await call(whatsapp, 'sendMessage', { body: { chatId: jane, message: 'typo' } }))
      .json as { idMessage: string };
    await settle(0);
    const edited = await call(whatsapp, 'editMessage', {
      body: { chatId: jane, idMessage, message: 'fixed' },
    });
    expect(edited.status).toBe(200);
    expect((edited.json as { idMessage: string }).idMessage).not.toBe(idMessage);
    const entry = (await call(whatsapp, 'getMessage', { body: { chatId: jane, idMessage } })).json;
    expect(entry).toMatchObject({ textMessage: 'fixed', isEdited: true });
    const unknown = await call(whatsapp, 'editMessage', {
      body: { chatId: jane, idMessage: 'NOPE', message: 'x' },
    });
    expect(unknown.status).toBe(400);
    const deleted = await call(whatsapp, 'deleteMessage', { body: { chatId: jane, idMessage } });
    expect(deleted).toMatchObject({ status: 200, text: '' });
    expect((await call(whatsapp, 'getMessage', { body: { chatId: jane, idMessage } })).json).toMatchObject({
      isDeleted: true,
    });
    const typing = await call(whatsapp, 'sendTyping', { body: { chatId: jane, typingTime: 1000 } });
    expect(typing).toMatchObject({ status: 200, text: '' });
    const buttons = await call(whatsapp, 'sendInteractiveButtons', {
      body: {
        chatId: jane,
        body: 'Pick',
        buttons: [{ type: 'copy', buttonId: '1', buttonText: 'Copy', copyCode: '42' }],
      },
    });
    expect(buttons.status).toBe(200);
    expect(
      (
        await call(whatsapp, 'sendInteractiveButtons', {
          body: { chatId: jane, body: 'Pick', buttons: [1, 2, 3, 4] },
        })
      ).status,
    ).toBe(400);
    await settle(0);
    await drain(whatsapp);
  });

  it('always reports noAccount, failed and notInGroup, and skips the echo for them', async () => {
    const whatsapp = instance(0);
    await call(whatsapp, 'setSettings', { body: { outgoingWebhook: 'no' } });
    emulator.control.addContact(whatsapp.idInstance, { chatId: '79000000001@c.us', exists: false });
    emulator.control.addContact(whatsapp.idInstance, {
      chatId: '79000000002@c.us',
      deliveryFailure: { status: 'failed', description: 'SWE004: 1000' },
    });
    const { chatId: groupId } = emulator.control.addGroup(whatsapp.idInstance, {
      subject: 'Old',
      member: false,
    });
    await call(whatsapp, 'sendMessage', { body: { chatId: '79000000001@c.us', message: 'a' } });
    await call(whatsapp, 'sendMessage', { body: { chatId: '79000000002@c.us', message: 'b' } });
    await call(whatsapp, 'sendMessage', { body: { chatId: groupId, message: 'c' } });
    await call(whatsapp, 'sendMessage', { body: { chatId: jane, message: 'd' } });
    await emulator.control.settle(whatsapp.idInstance);
    const bodies = await drain(whatsapp);
    const statuses = bodies.filter((body) => body.typeWebhook === 'outgoingMessageStatus');
    expect(statuses.map((body) => body.status)).toEqual(['noAccount', 'failed', 'notInGroup']);
    expect(shapeOf(statuses[1])).toEqual(shapeOf(greenApiFixtures.outgoingMessageStatusFailed));
    expect(bodies.filter((body) => body.typeWebhook === 'outgoingAPIMessageReceived')).toHaveLength(1);
    await call(whatsapp, 'setSettings', { body: { outgoingWebhook: 'yes' } });
  });
});

describe('GREEN-API emulator outgoing queue', () => {
  it('honours delaySendMessagesMilliseconds, lists and clears the queue', async () => {
    const emulator = await startGreenApiEmulator({
      state: 'authorized',
      instances: [{ settings: { delaySendMessagesMilliseconds: 600_000 } }],
      timings: { ...fastTimings, sendDelayScale: 1 },
    });
    try {
      const [whatsapp] = emulator.instances;
      expect((await call(whatsapp!, 'showMessagesQueue')).json).toEqual({});
      const first = (await call(whatsapp!, 'sendMessage', { body: { chatId: jane, message: '1' } })).json as {
        idMessage: string;
      };
      await eventually(() => emulator.control.sentMessages(whatsapp!.idInstance)[0]?.status !== 'pending');
      const second = (await call(whatsapp!, 'sendMessage', { body: { chatId: jane, message: '2' } }))
        .json as { idMessage: string };
      await call(whatsapp!, 'sendPoll', {
        body: { chatId: jane, message: 'Q', options: [{ optionName: 'A' }, { optionName: 'B' }] },
      });
      expect((await call(whatsapp!, 'getMessagesCount')).json).toEqual({ count: 2 });
      const queue = (await call(whatsapp!, 'showMessagesQueue')).json as Array<Record<string, unknown>>;
      expect(queue).toMatchObject([
        { messageID: second.idMessage, type: 'sendMessage', body: { chatId: jane, message: '2' } },
        { type: 'sendPoll' },
      ]);
      expect(queue.map((item) => item.messageID)).not.toContain(first.idMessage);
      expect((await call(whatsapp!, 'clearMessagesQueue')).json).toEqual({ isCleared: true });
      expect((await call(whatsapp!, 'getMessagesCount')).json).toEqual({ count: 0 });
      expect((await call(whatsapp!, 'showMessagesQueue')).json).toEqual({});
    } finally {
      await emulator.close();
    }
  });

  it('holds sends while not authorized and sends them after login', async () => {
    const emulator = await startGreenApiEmulator({
      instances: [{}],
      settings: { outgoingAPIMessageWebhook: 'yes' },
      timings: fastTimings,
    });
    try {
      const [whatsapp] = emulator.instances;
      await call(whatsapp!, 'sendMessage', { body: { chatId: jane, message: 'queued' } });
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect((await call(whatsapp!, 'getMessagesCount')).json).toEqual({ count: 1 });
      emulator.control.scanQr(whatsapp!.idInstance);
      await emulator.control.settle(whatsapp!.idInstance);
      expect((await call(whatsapp!, 'getMessagesCount')).json).toEqual({ count: 0 });
      const [echo] = await drain(whatsapp!);
      expect(echo).toMatchObject({ typeWebhook: 'outgoingAPIMessageReceived' });
    } finally {
      await emulator.close();
    }
  });
});
