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

describe('GREEN-API emulator journals', () => {
  const { emulator, instance } = useGreenApiEmulator(authorizedAllWebhooksOptions);

  it('answers empty journals as [] on WhatsApp and {} on MAX', async () => {
    expect((await call(instance(0), 'lastIncomingMessages')).json).toEqual([]);
    expect((await call(instance(0), 'lastOutgoingMessages', { query: { minutes: '5' } })).json).toEqual([]);
    expect((await call(instance(2), 'lastIncomingMessages')).json).toEqual({});
    expect((await call(instance(2), 'lastOutgoingMessages')).json).toEqual({});
  });

  it('records incoming and outgoing messages, newest first', async () => {
    const whatsapp = instance(0);
    const incoming = emulator.control.injectIncomingMessage(whatsapp.idInstance, {
      kind: 'text',
      text: 'question',
      chatId: jane,
    });
    const { idMessage } = (
      await call(whatsapp, 'sendMessage', {
        body: { chatId: jane, message: 'Hello', quotedMessageId: incoming.idMessage },
      })
    ).json as { idMessage: string };
    await emulator.control.settle(whatsapp.idInstance);
    await eventually(() => emulator.control.sentMessages(whatsapp.idInstance)[0]?.status === 'read');
    const history = (await call(whatsapp, 'getChatHistory', { body: { chatId: jane, count: 10 } }))
      .json as Array<Record<string, unknown>>;
    expect(history.map((entry) => entry.idMessage)).toEqual([idMessage, incoming.idMessage]);
    expect(history[0]).toMatchObject({
      type: 'outgoing',
      typeMessage: 'quotedMessage',
      statusMessage: 'read',
      sendByApi: true,
      quotedMessage: { stanzaId: incoming.idMessage },
    });
    expect((await call(whatsapp, 'getChatHistory', { body: { chatId: jane, count: 1 } })).json).toHaveLength(
      1,
    );
    const plain = (await call(whatsapp, 'sendMessage', { body: { chatId: jane, message: 'Hello' } }))
      .json as { idMessage: string };
    await emulator.control.settle(whatsapp.idInstance);
    await eventually(() => emulator.control.sentMessages(whatsapp.idInstance)[1]?.status === 'read');
    const entry = (await call(whatsapp, 'getMessage', { body: { chatId: jane, idMessage: plain.idMessage } }))
      .json;
    expect(shapeOf(entry)).toEqual(shapeOf(greenApiFixtures.journalOutgoingEntry));
    expect((await call(whatsapp, 'getMessage', { body: { chatId: jane, idMessage: 'NOPE' } })).status).toBe(
      400,
    );
    expect((await call(whatsapp, 'lastIncomingMessages')).json).toMatchObject([
      { idMessage: incoming.idMessage, senderId: jane },
    ]);
    expect((await call(whatsapp, 'lastOutgoingMessages')).json).toHaveLength(2);
    const chats = (await call(whatsapp, 'getChats')).json as Array<Record<string, unknown>>;
    expect(chats).toContainEqual(expect.objectContaining({ chatId: jane, type: 'user' }));
    expect(
      (await call(whatsapp, 'readChat', { body: { chatId: jane, idMessage: incoming.idMessage } })).json,
    ).toEqual({ setRead: true });
    expect(emulator.control.readMarks(whatsapp.idInstance)).toEqual([
      { chatId: jane, idMessage: incoming.idMessage },
    ]);
    await drain(whatsapp);
  });
});

describe('GREEN-API emulator groups', () => {
  const { instance } = useGreenApiEmulator({ state: 'authorized', timings: fastTimings });

  it('runs the WhatsApp group lifecycle with groupId', async () => {
    const whatsapp = instance(0);
    expect((await call(whatsapp, 'createGroup', { body: { groupName: 'Team', chatIds: [] } })).status).toBe(
      400,
    );
    const created = (await call(whatsapp, 'createGroup', { body: { groupName: 'Team', chatIds: [jane] } }))
      .json as Record<string, string>;
    expect(created).toMatchObject({
      created: true,
      chatId: expect.stringMatching(/^\d+@g\.us$/),
      groupInviteLink: expect.stringMatching(/^https:\/\/chat\.whatsapp\.com\//),
    });
    const groupId = created.chatId!;
    expect(
      (await call(whatsapp, 'updateGroupName', { body: { groupId, groupName: 'Team 2' } })).json,
    ).toEqual({ updateGroupName: true });
    expect(
      (
        await call(whatsapp, 'addGroupParticipant', {
          body: { groupId, participantChatId: '79005556677@c.us' },
        })
      ).json,
    ).toEqual({ addParticipant: true });
    expect(
      (await call(whatsapp, 'setGroupAdmin', { body: { groupId, participantChatId: '79005556677@c.us' } }))
        .json,
    ).toEqual({ setGroupAdmin: true });
    expect(
      (await call(whatsapp, 'removeAdmin', { body: { groupId, participantChatId: jane } })).json,
    ).toEqual({ removeAdmin: true });
    expect(
      (await call(whatsapp, 'removeGroupParticipant', { body: { groupId, participantChatId: jane } })).json,
    ).toEqual({ removeParticipant: true });
    const data = (await call(whatsapp, 'getGroupData', { body: { groupId } })).json as Record<
      string,
      unknown
    >;
    expect(data).toMatchObject({ groupId, subject: 'Team 2', size: 2 });
    expect(data.participants).toContainEqual(
      expect.objectContaining({ id: '79005556677@c.us', isAdmin: true, lid: expect.stringMatching(/@lid$/) }),
    );
    expect((await call(whatsapp, 'getGroupData', { body: { chatId: groupId } })).status).toBe(400);
    const form = new FormData();
    form.append('groupId', groupId);
    form.append('file', new Blob([new Uint8Array([1, 2])], { type: 'image/jpeg' }), 'g.jpg');
    expect((await call(whatsapp, 'setGroupPicture', { body: form })).json).toMatchObject({
      setGroupPicture: true,
      reason: null,
    });
    expect((await call(whatsapp, 'leaveGroup', { body: { groupId } })).json).toMatchObject({
      leaveGroup: true,
    });
    const forbidden = await call(whatsapp, 'getGroupData', { body: { groupId } });
    expect(forbidden).toMatchObject({ status: 200, json: 'Error: forbidden' });
    const missing = await call(whatsapp, 'getGroupData', { body: { groupId: '120363000000000000@g.us' } });
    expect(missing).toMatchObject({ status: 200, json: greenApiFixtures.getGroupDataNotFound });
  });

  it('uses chatId and the MAX shape on MAX, with updateGroupSettings', async () => {
    const max = instance(2);
    const created = (await call(max, 'createGroup', { body: { groupName: 'Max team', chatIds: [] } }))
      .json as Record<string, string>;
    expect(created.chatId).toMatch(/^-\d+$/);
    const chatId = created.chatId!;
    expect(
      (await call(max, 'updateGroupSettings', { body: { chatId, allowParticipantsPinMessages: true } })).json,
    ).toEqual({ updateGroupSettings: true });
    const data = (await call(max, 'getGroupData', { body: { chatId } })).json as Record<string, unknown>;
    expect(data).toMatchObject({ chatId, subject: 'Max team', allowParticipantsPinMessages: true });
    expect(data).not.toHaveProperty('groupId');
    expect((await call(instance(0), 'updateGroupSettings', { body: {} })).status).toBe(404);
  });

  it('requires a logged-in account for live methods', async () => {
    const offline = await startGreenApiEmulator({ instances: [{}] });
    try {
      const refused = await call(offline.instances[0]!, 'createGroup', {
        body: { groupName: 'x', chatIds: [jane] },
      });
      expect(refused).toMatchObject({ status: 400, json: { message: 'instance account not authorized' } });
    } finally {
      await offline.close();
    }
  });
});

describe('GREEN-API emulator contacts', () => {
  const { emulator, instance } = useGreenApiEmulator({ state: 'authorized', timings: fastTimings });

  it('checks WhatsApp numbers with the 11–16 digit rule and @lid answers', async () => {
    const whatsapp = instance(0);
    const short = await call(whatsapp, 'checkWhatsapp', { body: { phoneNumber: 7900123456 } });
    expect(short).toMatchObject({
      status: 400,
      json: { message: 'bad phone number, valid from 11 to 16 digits' },
    });
    expect((await call(whatsapp, 'checkWhatsapp', { body: { phoneNumber: 2 * 10 ** 16 } })).status).toBe(400);
    expect((await call(whatsapp, 'checkWhatsapp', { body: { phoneNumber: 79001234567 } })).json).toEqual({
      existsWhatsapp: true,
      chatId: jane,
    });
    emulator.control.addContact(whatsapp.idInstance, { chatId: '79009998877@c.us', exists: false });
    expect(
      (await call(whatsapp, 'checkWhatsapp', { body: { phoneNumber: 79009998877 } })).json,
    ).toMatchObject({ existsWhatsapp: false });
    emulator.control.addContact(whatsapp.idInstance, {
      chatId: '79001112200@c.us',
      lid: '123456789012345@lid',
    });
    expect((await call(whatsapp, 'checkWhatsapp', { body: { chatId: '79001112200@c.us' } })).json).toEqual({
      existsWhatsapp: true,
      chatId: '123456789012345@lid',
    });
  });

  it('resolves Telegram/MAX accounts by phone, with the cache flag and MAX country rule', async () => {
    const telegram = instance(1);
    const first = (await call(telegram, 'checkAccount', { body: { phoneNumber: 79001234567 } }))
      .json as Record<string, unknown>;
    expect(first).toMatchObject({ exist: true, chatId: expect.stringMatching(/^\d+$/), fromCache: false });
    expect((await call(telegram, 'checkAccount', { body: { phoneNumber: 79001234567 } })).json).toEqual({
      ...first,
      fromCache: true,
    });
    expect(
      (await call(telegram, 'checkAccount', { body: { phoneNumber: 79001234567, force: true } })).json,
    ).toEqual({ ...first, fromCache: false });
    expect(
      (await call(instance(2), 'checkAccount', { body: { phoneNumber: 4915112345678 } })).json,
    ).toMatchObject({ exist: false });
    expect(
      (await call(instance(2), 'checkAccount', { body: { phoneNumber: 375291234567 } })).json,
    ).toMatchObject({ exist: true });
  });

  it('returns avatars, with failures as HTTP 200 and a reason', async () => {
    const whatsapp = instance(0);
    const ok = (await call(whatsapp, 'getAvatar', { body: { chatId: jane } })).json as Record<
      string,
      unknown
    >;
    expect(ok).toMatchObject({ existsWhatsapp: true, available: true });
    expect((await fetch(String(ok.urlAvatar))).status).toBe(200);
    expect(await call(whatsapp, 'getAvatar', { body: { chatId: 'garbage' } })).toMatchObject({
      status: 200,
      json: { reason: 'bad request data', available: false },
    });
    emulator.control.addContact(whatsapp.idInstance, {
      chatId: '79003334455@c.us',
      avatarFailureReason: 'get avatar timeout limit exceeded',
    });
    expect((await call(whatsapp, 'getAvatar', { body: { chatId: '79003334455@c.us' } })).json).toMatchObject({
      reason: 'get avatar timeout limit exceeded',
      urlAvatar: '',
    });
    expect((await call(instance(1), 'getAvatar', { body: { chatId: '20000000' } })).json).toEqual({
      urlAvatar: expect.any(String),
      available: true,
    });
  });

  it('lists contacts and contact info, archives chats and sets disappearing messages', async () => {
    const whatsapp = instance(0);
    emulator.control.addContact(whatsapp.idInstance, {
      chatId: '79004445566@c.us',
      name: 'Bob',
      contactName: 'Bobby',
    });
    emulator.control.addGroup(whatsapp.idInstance, { subject: 'Club' });
    const contacts = (await call(whatsapp, 'getContacts')).json as Array<Record<string, unknown>>;
    expect(contacts).toContainEqual({
      id: '79004445566@c.us',
      name: 'Bob',
      contactName: 'Bobby',
      type: 'user',
    });
    expect(contacts).toContainEqual(expect.objectContaining({ name: 'Club', type: 'group' }));
    expect((await call(whatsapp, 'getContacts', { query: { group: 'true' } })).json).toEqual([
      expect.objectContaining({ type: 'group' }),
    ]);
    const info = (await call(whatsapp, 'getContactInfo', { body: { chatId: '79004445566@c.us' } })).json;
    expect(info).toMatchObject({
      name: 'Bob',
      contactName: 'Bobby',
      chatId: '79004445566@c.us',
      isArchive: false,
      isBusiness: false,
      products: [],
    });
    expect(await call(whatsapp, 'archiveChat', { body: { chatId: '79004445566@c.us' } })).toMatchObject({
      status: 200,
      text: '',
    });
    expect(
      (await call(whatsapp, 'getContactInfo', { body: { chatId: '79004445566@c.us' } })).json,
    ).toMatchObject({ isArchive: true });
    await call(whatsapp, 'unarchiveChat', { body: { chatId: '79004445566@c.us' } });
    expect(
      (await call(whatsapp, 'getContactInfo', { body: { chatId: '79004445566@c.us' } })).json,
    ).toMatchObject({ isArchive: false });
    expect(
      (await call(whatsapp, 'setDisappearingChat', { body: { chatId: jane, ephemeralExpiration: 86400 } }))
        .json,
    ).toEqual({ chatId: jane, disappearingMessagesInChat: true, ephemeralExpiration: 86400 });
    expect(
      (await call(whatsapp, 'setDisappearingChat', { body: { chatId: jane, ephemeralExpiration: 5 } }))
        .status,
    ).toBe(400);
    const maxInfo = (await call(instance(2), 'getContactInfo', { body: { chatId: '20000000' } })).json;
    expect(Object.keys(maxInfo as object).sort()).toEqual([
      'avatar',
      'chatId',
      'contactName',
      'lastSeen',
      'name',
      'phoneNumber',
    ]);
    expect((await call(instance(2), 'archiveChat', { body: { chatId: '20000000' } })).status).toBe(404);
  });
});
