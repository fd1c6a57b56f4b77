import { describe, expect, it } from 'vitest';
import {
  type GreenApiIncomingMessageInput,
  startGreenApiEmulator,
} from '../../../src/emulators/green-api/index.js';
import { type GreenApiFixtureName, greenApiFixtures } from '../../../src/fixtures/green-api-fixtures.js';
import { useGreenApiEmulator } from '../../support/green-api-emulator-suite.js';
import { authorizedAllWebhooksOptions, call, drain, fastTimings, shapeOf } from './green-api-test-client.js';

const quotedId = '3EB0C767D097B7C7C030';

const cases: Array<[GreenApiFixtureName, GreenApiIncomingMessageInput]> = [
  ['incomingTextMessage', { kind: 'text', text: 'Hi' }],
  [
    'incomingExtendedTextMessage',
    { kind: 'extendedText', text: 'https://green-api.com', title: 'GREEN-API' },
  ],
  ['incomingQuotedMessage', { kind: 'quoted', text: 'reply', quotedMessageId: quotedId }],
  ['incomingImageMessage', { kind: 'image', caption: 'Photo' }],
  ['incomingVideoMessage', { kind: 'video' }],
  ['incomingDocumentMessage', { kind: 'document', fileName: 'report.pdf' }],
  ['incomingAudioMessage', { kind: 'audio' }],
  ['incomingStickerMessage', { kind: 'sticker' }],
  [
    'incomingLocationMessage',
    { kind: 'location', latitude: 55.75, longitude: 37.62, nameLocation: 'Red Square' },
  ],
  ['incomingContactMessage', { kind: 'contact', displayName: 'Jane Doe', phone: '79001234567' }],
  [
    'incomingContactsArrayMessage',
    { kind: 'contactsArray', contacts: [{ displayName: 'A', phone: '79001234567' }] },
  ],
  ['incomingReactionMessage', { kind: 'reaction', emoji: '👍', quotedMessageId: quotedId }],
  ['incomingPollMessage', { kind: 'poll', name: 'Q?', options: ['A', 'B'] }],
  [
    'incomingPollUpdateMessage',
    {
      kind: 'pollUpdate',
      stanzaId: quotedId,
      name: 'Q?',
      votes: [{ optionName: 'A', optionVoters: ['79001234567@c.us'] }],
    },
  ],
  ['incomingEditedMessage', { kind: 'edited', stanzaId: quotedId, text: 'new text' }],
  ['incomingDeletedMessage', { kind: 'deleted', stanzaId: quotedId }],
  [
    'incomingGroupInviteMessage',
    {
      kind: 'groupInvite',
      groupJid: '120363043968066561@g.us',
      inviteCode: 'AbCd',
      groupName: 'Team',
      caption: 'Join',
    },
  ],
];

describe('GREEN-API emulator incoming messages', () => {
  const { emulator, instance } = useGreenApiEmulator(authorizedAllWebhooksOptions);

  it.each(cases)('generates %s in the fixture shape', async (fixture, input) => {
    const whatsapp = instance(0);
    const { idMessage, published } = emulator.control.injectIncomingMessage(whatsapp.idInstance, input);
    expect(published).toBe(true);
    const [body] = await drain(whatsapp);
    expect(body?.idMessage).toBe(idMessage);
    expect(shapeOf(body)).toEqual(shapeOf(greenApiFixtures[fixture]));
  });

  it('keeps the contactsArray nested messageData quirk', async () => {
    emulator.control.injectIncomingMessage(instance(0).idInstance, {
      kind: 'contactsArray',
      contacts: [{ displayName: 'A' }, { displayName: 'B', vcard: 'BEGIN:VCARD\nEND:VCARD' }],
    });
    const [body] = await drain(instance(0));
    expect(body?.messageData).toMatchObject({
      typeMessage: 'contactsArrayMessage',
      messageData: {
        contacts: [{ displayName: 'A' }, { displayName: 'B', vcard: 'BEGIN:VCARD\nEND:VCARD' }],
      },
    });
  });

  it('serves the bytes of incoming media at downloadUrl and through downloadFile', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 1, 2, 3]);
    const chatId = '79001112233@c.us';
    const { idMessage } = emulator.control.injectIncomingMessage(instance(0).idInstance, {
      kind: 'document',
      fileName: 'offer.pdf',
      bytes,
      chatId,
    });
    const [body] = await drain(instance(0));
    const data = (body!.messageData as { fileMessageData: { downloadUrl: string; mimeType: string } })
      .fileMessageData;
    expect(data.mimeType).toBe('application/pdf');
    const download = await fetch(data.downloadUrl);
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes);
    const viaApi = await call(instance(0), 'downloadFile', { body: { chatId, idMessage } });
    expect(viaApi.json).toEqual({ downloadUrl: data.downloadUrl });
    expect((await call(instance(0), 'downloadFile', { body: { chatId, idMessage: 'NOPE' } })).status).toBe(
      400,
    );
    const image = emulator.control.injectIncomingMessage(instance(0).idInstance, {
      kind: 'image',
      base64: Buffer.from('img').toString('base64'),
    });
    const [imageBody] = await drain(instance(0));
    const imageUrl = (imageBody!.messageData as { fileMessageData: { downloadUrl: string } }).fileMessageData
      .downloadUrl;
    expect(Buffer.from(await (await fetch(imageUrl)).arrayBuffer()).toString()).toBe('img');
    expect(image.idMessage).toMatch(/^[0-9A-F]{32}$/);
  });

  it('builds group, device-suffixed and @lid senders', async () => {
    const whatsapp = instance(0);
    const { chatId } = emulator.control.addGroup(whatsapp.idInstance, {
      subject: 'Team',
      participants: ['79001234567@c.us'],
    });
    emulator.control.injectIncomingMessage(whatsapp.idInstance, {
      kind: 'text',
      text: 'g',
      chatId,
      sender: '79001234567@c.us',
      deviceSuffix: 3,
    });
    emulator.control.injectIncomingMessage(whatsapp.idInstance, {
      kind: 'text',
      text: 'l',
      sender: '123456789012345@lid',
      chatId: '123456789012345@lid',
    });
    const [group, lid] = await drain(whatsapp);
    expect(shapeOf(group)).toEqual(shapeOf(greenApiFixtures.incomingGroupTextMessage));
    expect(group?.senderData).toMatchObject({ chatId, chatName: 'Team', sender: '79001234567:3@c.us' });
    expect(lid?.senderData).toMatchObject({ chatId: '123456789012345@lid', sender: '123456789012345@lid' });
  });

  it('uses Telegram and MAX shapes with numeric ids', async () => {
    emulator.control.injectIncomingMessage(instance(1).idInstance, { kind: 'text', text: 'Hi' });
    emulator.control.injectIncomingMessage(instance(1).idInstance, {
      kind: 'text',
      text: 'group',
      chatId: '-1001234567890',
      sender: '20000000',
    });
    emulator.control.injectIncomingMessage(instance(2).idInstance, { kind: 'text', text: 'Hi' });
    const [telegram, telegramGroup] = await drain(instance(1));
    const [max] = await drain(instance(2));
    expect(shapeOf(telegram)).toEqual(shapeOf(greenApiFixtures.incomingTelegramTextMessage));
    expect(telegram).toMatchObject({
      instanceData: { typeInstance: 'telegram' },
      senderData: { chatType: 'user', senderType: 'user' },
    });
    expect(telegram?.idMessage).toMatch(/^\d{13,}$/);
    expect(telegramGroup?.senderData).toMatchObject({ chatType: 'group', chatId: '-1001234567890' });
    expect(shapeOf(max)).toEqual(shapeOf(greenApiFixtures.incomingMaxTextMessage));
    expect(max).toMatchObject({ instanceData: { typeInstance: 'v3' } });
  });

  it('reports messages sent from the phone as outgoingMessageReceived', async () => {
    emulator.control.injectIncomingMessage(instance(0).idInstance, {
      kind: 'text',
      text: 'Sent from my phone',
      fromMe: true,
    });
    const [body] = await drain(instance(0));
    expect(shapeOf(body)).toEqual(shapeOf(greenApiFixtures.outgoingMessageReceived));
    expect(body?.typeWebhook).toBe('outgoingMessageReceived');
  });

  it('delivers calls, state and status changes, and raw custom bodies', async () => {
    const whatsapp = instance(0);
    emulator.control.injectIncomingCall(whatsapp.idInstance, { from: '79001234567@c.us', status: 'offer' });
    emulator.control.setStatusInstance(whatsapp.idInstance, 'offline');
    emulator.control.setState(whatsapp.idInstance, 'yellowCard');
    emulator.control.injectNotification(whatsapp.idInstance, {
      typeWebhook: 'deviceInfo',
      deviceData: { battery: 50 },
    });
    emulator.control.injectIncomingMessage(whatsapp.idInstance, {
      kind: 'custom',
      messageData: {
        typeMessage: 'buttonsResponseMessage',
        buttonsResponseMessage: { stanzaId: 'X', selectedButtonId: '1' },
      },
    });
    const bodies = await drain(whatsapp);
    expect(bodies.map((body) => body.typeWebhook)).toEqual([
      'incomingCall',
      'statusInstanceChanged',
      'stateInstanceChanged',
      'deviceInfo',
      'incomingMessageReceived',
    ]);
    expect(shapeOf(bodies[0])).toEqual(shapeOf(greenApiFixtures.incomingCall));
    expect(shapeOf(bodies[1])).toEqual(shapeOf(greenApiFixtures.statusInstanceChanged));
    expect(bodies[2]).toMatchObject({ stateInstance: 'yellowCard' });
    expect(bodies[3]).toMatchObject({
      deviceData: { battery: 50 },
      instanceData: { idInstance: whatsapp.idInstance },
    });
    expect(bodies[4]?.messageData).toMatchObject({ typeMessage: 'buttonsResponseMessage' });
    emulator.control.setState(whatsapp.idInstance, 'authorized');
    await drain(whatsapp);
  });

  it('journals incoming messages and marks edits and deletions', async () => {
    const whatsapp = instance(0);
    const chatId = '79002223344@c.us';
    const { idMessage } = emulator.control.injectIncomingMessage(whatsapp.idInstance, {
      kind: 'text',
      text: 'orig',
      chatId,
      senderName: 'Bob',
    });
    emulator.control.injectIncomingMessage(whatsapp.idInstance, {
      kind: 'edited',
      stanzaId: idMessage,
      text: 'changed',
      chatId,
    });
    const entry = (await call(whatsapp, 'getMessage', { body: { chatId, idMessage } })).json;
    expect(entry).toMatchObject({
      type: 'incoming',
      senderId: chatId,
      senderName: 'Bob',
      textMessage: 'changed',
      isEdited: true,
    });
    emulator.control.injectIncomingMessage(whatsapp.idInstance, {
      kind: 'deleted',
      stanzaId: idMessage,
      chatId,
    });
    expect((await call(whatsapp, 'getMessage', { body: { chatId, idMessage } })).json).toMatchObject({
      isDeleted: true,
    });
    await drain(whatsapp);
  });
});

describe('GREEN-API emulator notification settings', () => {
  it('publishes each notification only when its setting is "yes"', async () => {
    const emulator = await startGreenApiEmulator({
      state: 'authorized',
      timings: fastTimings,
      instances: [{}],
    });
    try {
      const [whatsapp] = emulator.instances;
      const id = whatsapp!.idInstance;
      expect(emulator.control.injectIncomingMessage(id, { kind: 'text', text: 'silent' }).published).toBe(
        false,
      );
      emulator.control.injectIncomingCall(id);
      await call(whatsapp!, 'sendMessage', { body: { chatId: '79001234567@c.us', message: 'x' } });
      await emulator.control.settle(id);
      emulator.control.setState(id, 'blocked');
      emulator.control.setState(id, 'authorized');
      expect(await drain(whatsapp!)).toEqual([]);
      await call(whatsapp!, 'setSettings', { body: { incomingWebhook: 'yes', editedMessageWebhook: 'no' } });
      expect(emulator.control.injectIncomingMessage(id, { kind: 'text', text: 'loud' }).published).toBe(true);
      expect(
        emulator.control.injectIncomingMessage(id, { kind: 'edited', stanzaId: 'X', text: 'e' }).published,
      ).toBe(false);
      expect(
        emulator.control.injectIncomingMessage(id, { kind: 'text', text: 'mine', fromMe: true }).published,
      ).toBe(false);
      expect((await drain(whatsapp!)).map((body) => body.typeWebhook)).toEqual(['incomingMessageReceived']);
    } finally {
      await emulator.close();
    }
  });
});
