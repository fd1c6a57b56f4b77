import { isMessengerError } from '@switchboard/core';
import { sdkwaFixtures } from '@switchboard/testing';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { api, createTestMessenger, host, pathOf, token, useNock } from '../support/nock-helpers.js';

useNock();

const chatId = '7900123456858@c.us';
const groupId = '120363043968066561@g.us';

describe('contacts', () => {
  it('check posts checkWhatsapp with an integer and returns the chat id (seed example 12)', async () => {
    const scope = api()
      .post(pathOf('checkWhatsapp'), { phoneNumber: 7900123456858 })
      .reply(200, { existsWhatsapp: true })
      .post(pathOf('checkWhatsapp'), { phoneNumber: 79001234567 })
      .reply(200, sdkwaFixtures.checkWhatsappResponse);
    const messenger = createTestMessenger();
    expect(await messenger.contacts.check('7900123456858')).toEqual({
      exists: true,
      chatId,
      raw: { existsWhatsapp: true },
    });
    expect((await messenger.contacts.check('+7 900 123 45 67')).exists).toBe(false);
    expect(scope.isDone()).toBe(true);
  });

  it('getInfo posts getContactInfo and maps it (seed example 11)', async () => {
    const answer = {
      avatar: 'https://pps.whatsapp.net/a.jpg',
      name: 'Anna',
      email: '',
      category: 'Shop',
      description: 'Flowers',
      products: [],
      chatId,
      lastSeen: 1728645000,
      isArchive: false,
      isDisappearing: false,
      isMute: true,
    };
    const scope = api().post(pathOf('getContactInfo'), { chatId }).reply(200, answer);
    expect(await createTestMessenger().contacts.getInfo(chatId)).toEqual({
      chatId,
      name: 'Anna',
      phone: '7900123456858',
      avatarUrl: answer.avatar,
      description: 'Flowers',
      isBusiness: true,
      lastSeen: 1728645000000,
      isArchived: false,
      isMuted: true,
      hasDisappearingMessages: false,
      raw: answer,
    });
    expect(scope.isDone()).toBe(true);
  });

  it('getInfo keeps the documented mute and disappearing-messages fields of getContactInfo', async () => {
    const answer = sdkwaFixtures.contactInfoResponse;
    const scope = api().post(pathOf('getContactInfo'), { chatId: answer.chatId }).reply(200, answer);
    expect(await createTestMessenger().contacts.getInfo(answer.chatId)).toMatchObject({
      chatId: '79001234567@c.us',
      isArchived: false,
      isMuted: true,
      hasDisappearingMessages: true,
      disappearingMessagesMilliseconds: 604_800_000,
    });
    expect(scope.isDone()).toBe(true);
  });

  it('getAvatar maps urlAvatar', async () => {
    const scope = api()
      .post(pathOf('getAvatar'), { chatId })
      .reply(200, sdkwaFixtures.getAvatarResponse)
      .post(pathOf('getAvatar'), { chatId })
      .reply(200, { existsWhatsapp: true, urlAvatar: '' });
    const messenger = createTestMessenger();
    expect(await messenger.contacts.getAvatar(chatId)).toEqual({
      url: sdkwaFixtures.getAvatarResponse.urlAvatar,
      available: true,
    });
    expect(await messenger.contacts.getAvatar(chatId)).toEqual({ available: false });
    expect(scope.isDone()).toBe(true);
  });

  it('check is WhatsApp only', async () => {
    await expect(
      createTestMessenger({ network: 'telegram' }).contacts.check('79001234567'),
    ).rejects.toMatchObject({
      code: 'unsupported',
    });
  });
});

describe('groups', () => {
  it('create, rename, add, remove, promote, demote, leave (seed example 14)', async () => {
    const participant = { groupId, participantChatId: '7900123456851@c.us' };
    const scope = api()
      .post(pathOf('createGroup'), { groupName: 'Моя тестовая группа', chatIds: ['7900123456859@c.us'] })
      .reply(200, sdkwaFixtures.createGroupResponse)
      .post(pathOf('updateGroupName'), { groupId, groupName: 'Renamed' })
      .reply(200, { updateGroupName: true })
      .post(pathOf('addGroupParticipant'), participant)
      .reply(200, { addParticipant: true })
      .post(pathOf('removeGroupParticipant'), participant)
      .reply(200, { removeParticipant: true })
      .post(pathOf('setGroupAdmin'), participant)
      .reply(200, { setGroupAdmin: true })
      .post(pathOf('removeAdmin'), participant)
      .reply(200, { removeAdmin: true })
      .post(pathOf('leaveGroup'), { groupId })
      .reply(200, { leaveGroup: true });
    const { groups } = createTestMessenger();
    const created = await groups.create({
      name: 'Моя тестовая группа',
      participants: ['7900123456859@c.us'],
    });
    expect(created).toMatchObject({
      id: groupId,
      inviteLink: sdkwaFixtures.createGroupResponse.groupInviteLink,
    });
    await created.rename('Renamed');
    const participantId = '7900123456851@c.us';
    await created.addParticipant(participantId);
    await created.removeParticipant(participantId);
    await created.promote(participantId);
    await created.demote(participantId);
    await created.leave();
    expect(scope.isDone()).toBe(true);
  });

  it('setPicture uploads the bytes; a URL is refused', async () => {
    const scope = api()
      .post(pathOf('setGroupPicture'))
      .reply(200, { setGroupPicture: true, urlAvatar: 'https://sdkwa.pro/g.jpg', reason: '' });
    const group = createTestMessenger().group(groupId);
    await group.setPicture({ data: new Uint8Array([255, 216]), fileName: 'logo.jpg' });
    expect(scope.isDone()).toBe(true);
    const refused = await group
      .setPicture({ url: 'https://example.com/a.jpg', fileName: 'a.jpg' })
      .catch((error: unknown) => error);
    expect(isMessengerError(refused, 'invalid-request')).toBe(true);
  });
});

describe('messages', () => {
  it('markRead posts readChat (seed example 13); delete posts deleteMessage, for everyone only', async () => {
    const scope = api()
      .post(pathOf('readChat'), { chatId })
      .reply(200, sdkwaFixtures.readChatResponse)
      .post(pathOf('readChat'), { chatId, idMessage: 'X1' })
      .reply(200, sdkwaFixtures.readChatResponse)
      .post(pathOf('deleteMessage'), { chatId, idMessage: 'X1' })
      .reply(200, {});
    const { messages } = createTestMessenger();
    await messages.markRead({ chatId });
    await messages.markRead({ chatId, messageId: 'X1' });
    await messages.delete({ chatId, messageId: 'X1' });
    await expect(messages.delete({ chatId, messageId: 'X1', forEveryone: false })).rejects.toMatchObject({
      code: 'invalid-request',
    });
    expect(scope.isDone()).toBe(true);
  });

  it('downloadMedia by message id uses downloadFile (POST with the chat, GET without)', async () => {
    const bytes = Buffer.from([1, 2, 3]);
    const scope = api()
      .post(pathOf('downloadFile/EA0B'), { chatId })
      .reply(200, bytes)
      .get(pathOf('downloadFile/EA0B'))
      .reply(200, bytes);
    const { messages } = createTestMessenger();
    const file = await messages.downloadMedia({ chatId, messageId: 'EA0B', fileName: 'image.jpg' });
    expect(file).toEqual({ data: new Uint8Array([1, 2, 3]), fileName: 'image.jpg', mimeType: 'image/jpeg' });
    expect((await messages.downloadMedia({ messageId: 'EA0B' })).data).toEqual(new Uint8Array([1, 2, 3]));
    expect(scope.isDone()).toBe(true);
  });

  it('downloadMedia by a downloadFile URL on the host uses the id; other host URLs go without the token', async () => {
    const scope = api()
      .get(pathOf('downloadFile/EA0BD1'))
      .reply(200, Buffer.from([7]));
    const foreign = nock('https://cdn.example.test', { badheaders: ['authorization'] })
      .get('/f/a.pdf')
      .reply(200, Buffer.from([9]));
    const { messages } = createTestMessenger();
    expect(
      (await messages.downloadMedia({ url: `${host}/whatsapp/1101000001/downloadFile/EA0BD1` })).data,
    ).toEqual(new Uint8Array([7]));
    expect((await messages.downloadMedia({ url: 'https://cdn.example.test/f/a.pdf' })).data).toEqual(
      new Uint8Array([9]),
    );
    expect(scope.isDone() && foreign.isDone()).toBe(true);
  });

  it('downloadMedia refuses a url that is not absolute with invalid-request naming it', async () => {
    const { messages } = createTestMessenger();
    for (const url of ['not a url', '/media/x.png']) {
      const error = await messages.downloadMedia({ url }).catch((caught: unknown) => caught);
      expect(isMessengerError(error, 'invalid-request')).toBe(true);
      expect((error as Error).message).toContain('absolute');
      expect((error as Error).message).toContain(JSON.stringify(url));
    }
  });

  it('downloadMedia requests a URL under a host with a path as given, with the token', async () => {
    const scope = nock(host, { reqheaders: { authorization: `Bearer ${token}` } })
      .get('/prefix/media/abc/image.png')
      .query({ v: '1' })
      .reply(200, Buffer.from([4, 2]))
      .get(`/prefix${pathOf('downloadFile/EA0B')}`)
      .reply(200, Buffer.from([4, 3]));
    const { messages } = createTestMessenger({ host: `${host}/prefix` });
    expect((await messages.downloadMedia({ url: `${host}/prefix/media/abc/image.png?v=1` })).data).toEqual(
      new Uint8Array([4, 2]),
    );
    expect(
      (await messages.downloadMedia({ url: `${host}/prefix${pathOf('downloadFile/EA0B')}` })).data,
    ).toEqual(new Uint8Array([4, 3]));
    expect(scope.isDone()).toBe(true);
  });

  it('downloadMedia fetches a URL on the host but outside its path without the token', async () => {
    const outside = nock(host, { badheaders: ['authorization'] })
      .get('/media/abc/image.png')
      .reply(200, Buffer.from([6]));
    const { messages } = createTestMessenger({ host: `${host}/prefix` });
    expect((await messages.downloadMedia({ url: `${host}/media/abc/image.png` })).data).toEqual(
      new Uint8Array([6]),
    );
    expect(outside.isDone()).toBe(true);
  });

  it('downloadMedia follows a JSON {downloadUrl} answer (GREEN-API form) once', async () => {
    const scope = api()
      .post(pathOf('downloadFile/EA0B'), { chatId })
      .reply(200, { downloadUrl: 'https://files.example.test/x.jpg' });
    const files = nock('https://files.example.test')
      .get('/x.jpg')
      .reply(200, Buffer.from([5, 5]));
    const file = await createTestMessenger().messages.downloadMedia({ chatId, messageId: 'EA0B' });
    expect(file.data).toEqual(new Uint8Array([5, 5]));
    expect(scope.isDone() && files.isDone()).toBe(true);
  });

  it('a failed foreign download maps to a MessengerError', async () => {
    nock('https://cdn.example.test').get('/gone.jpg').reply(404);
    const error = await createTestMessenger()
      .messages.downloadMedia({ url: 'https://cdn.example.test/gone.jpg' })
      .catch((caught: unknown) => caught);
    expect(isMessengerError(error, 'not-found')).toBe(true);
  });

  it('edit, forward and get are unsupported', async () => {
    const { messages } = createTestMessenger();
    await expect(messages.edit({ chatId, messageId: '1', text: 'x' })).rejects.toMatchObject({
      code: 'unsupported',
    });
    await expect(
      messages.forward({ fromChatId: chatId, toChatId: chatId, messageIds: ['1'] }),
    ).rejects.toMatchObject({
      code: 'unsupported',
    });
    await expect(messages.get({ chatId, messageId: '1' })).rejects.toMatchObject({ code: 'unsupported' });
  });
});

describe('queue', () => {
  it('lists and clears the outgoing queue; notification counts are unsupported', async () => {
    const scope = api()
      .get(pathOf('showMessagesQueue'))
      .reply(200, sdkwaFixtures.showMessagesQueueResponse)
      .get(pathOf('clearMessagesQueue'))
      .reply(200, sdkwaFixtures.clearMessagesQueueResponse);
    const { queue } = createTestMessenger();
    expect(await queue.listOutgoing()).toEqual([
      { chatId: '79001234567@c.us', kind: 'textMessage', raw: sdkwaFixtures.showMessagesQueueResponse[0] },
    ]);
    await queue.clearOutgoing();
    expect(scope.isDone()).toBe(true);
    await expect(queue.countNotifications()).rejects.toMatchObject({ code: 'unsupported' });
  });
});

describe('inbox.ack', () => {
  it('deletes the notification by receipt and refuses non-integer receipts', async () => {
    const scope = api()
      .delete(pathOf('deleteNotification/13'))
      .reply(200, sdkwaFixtures.deleteNotificationResponse);
    const { inbox } = createTestMessenger();
    const event = { type: 'unknown' } as never;
    await inbox.ack({ event, receipt: '13' });
    expect(scope.isDone()).toBe(true);
    await expect(inbox.ack({ event, receipt: 'abc' })).rejects.toMatchObject({ code: 'invalid-request' });
  });
});
