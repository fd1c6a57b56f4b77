import { isMessengerError, UnsupportedError } from '@switchboard/core';
import { whatsgateFixtures as fixtures } from '@switchboard/testing';
import { describe, expect, it } from 'vitest';
import { expectCommand, testAccount, useNock } from './nock-setup.js';

useNock();

const ready = fixtures.sessionsGetResponse.data[1]!;
const sessionId = ready.unique_id;
const filter = { WhatsappID: sessionId, page_cnt: 100, page: 1 };
const listing = (session: object) => ({ result: 'OK', pages: 1, elements: 1, page: 1, data: [session] });
const messenger = testAccount({ webhookSecret: 'hook-secret-42' }).messenger(sessionId);

describe('session: sessions-get filtered by the session, set-hook', () => {
  it.each([
    ['READY', 'authorized'],
    ['PENDING', 'starting'],
    ['AUTH', 'not-authorized'],
    ['DESTROYING', 'deleting'],
    ['SOMETHING_NEW', 'unknown'],
  ])('getState maps %s to %s', async (status, state) => {
    expectCommand('sessions-get', filter, listing({ ...ready, status }));
    await expect(messenger.session.getState()).resolves.toBe(state);
  });

  it('getState of a session Whatsgate does not list is not-found', async () => {
    expectCommand('sessions-get', filter, listing({ ...ready, unique_id: 'someone-else' }));
    await expect(messenger.session.getState()).rejects.toMatchObject({ code: 'not-found' });
  });

  it('getProfile reads wid and pushname', async () => {
    expectCommand('sessions-get', filter, listing(ready));
    await expect(messenger.session.getProfile()).resolves.toMatchObject({
      chatId: '79991234567@c.us',
      phone: '79991234567',
      name: 'Vasya',
    });
  });

  it('getProfile never returns the webhook secret of the callback URL in raw', async () => {
    const callback = 'https://example.com/hooks/whatsgate?secret=hook-secret-42';
    expectCommand('sessions-get', filter, listing({ ...ready, callback }));
    const profile = await messenger.session.getProfile();
    expect(JSON.stringify(profile)).not.toContain('hook-secret-42');
    expect(profile.raw).toMatchObject({ callback: 'https://example.com/hooks/whatsgate' });
  });

  it('getQrCode gives the qr_link page while not authorized, and authorized when READY', async () => {
    expectCommand(
      'sessions-get',
      filter,
      listing({ ...ready, status: 'AUTH', qr_link: 'https://whatsgate.ru/qr/x' }),
    );
    await expect(messenger.session.getQrCode()).resolves.toEqual({
      status: 'pending',
      link: 'https://whatsgate.ru/qr/x',
    });
    expectCommand('sessions-get', filter, listing(ready));
    await expect(messenger.session.getQrCode()).resolves.toEqual({ status: 'authorized' });
  });

  it('getSettings splits the secret out of the callback', async () => {
    expectCommand(
      'sessions-get',
      filter,
      listing({ ...ready, callback: 'https://app.test/hook?secret=hook-secret-42' }),
    );
    await expect(messenger.session.getSettings()).resolves.toEqual({
      webhookUrl: 'https://app.test/hook',
      webhookToken: 'hook-secret-42',
    });
  });

  it('updateSettings({ webhookUrl }) sets the callback with the configured secret; "" turns it off', async () => {
    expectCommand(
      'set-hook',
      { WhatsappID: sessionId, callback: 'https://app.test/hook?secret=hook-secret-42' },
      fixtures.okResponse,
    );
    await messenger.session.updateSettings({ webhookUrl: 'https://app.test/hook' });
    expectCommand('set-hook', { WhatsappID: sessionId, callback: '' }, fixtures.okResponse);
    await messenger.session.updateSettings({ webhookUrl: '' });
  });

  it('updateSettings({ webhookToken }) alone keeps the current URL', async () => {
    expectCommand(
      'sessions-get',
      filter,
      listing({ ...ready, callback: 'https://app.test/hook?secret=old' }),
    );
    expectCommand(
      'set-hook',
      { WhatsappID: sessionId, callback: 'https://app.test/hook?secret=new-secret' },
      fixtures.okResponse,
    );
    await messenger.session.updateSettings({ webhookToken: 'new-secret' });
  });

  it('settings Whatsgate does not have are unsupported; so is logout (deleting is on the session manager)', async () => {
    await expect(messenger.session.updateSettings({ markIncomingAsRead: true })).rejects.toMatchObject({
      code: 'unsupported',
    });
    await expect(messenger.session.logout()).rejects.toBeInstanceOf(UnsupportedError);
    await expect(messenger.session.requestPairingCode({ phone: '79991234567' })).rejects.toBeInstanceOf(
      UnsupportedError,
    );
  });
});

describe('messages and contacts', () => {
  it('markRead posts seen for the chat', async () => {
    expectCommand(
      'seen',
      { WhatsappID: sessionId, recipient: { id: '79999999999@c.us' } },
      fixtures.okResponse,
    );
    await messenger.messages.markRead({ chatId: '79999999999@c.us', messageId: 'ignored' });
  });

  it('downloadMedia by media key (get-media) decodes the base64', async () => {
    expectCommand(
      'get-media',
      { WhatsappID: sessionId, mediaKey: 'key=' },
      {
        result: 'OK',
        media: { mimetype: 'text/plain', filename: 'hello.txt', data: 'aGVsbG8=' },
      },
    );
    const file = await messenger.messages.downloadMedia({ mediaKey: 'key=' });
    expect(new TextDecoder().decode(file.data)).toBe('hello');
    expect(file).toMatchObject({ mimeType: 'text/plain', fileName: 'hello.txt' });
  });

  it('downloadMedia by long message id (get-messagemedia), falling back to the key when the message is unknown', async () => {
    const messageId = 'false_79991112233@c.us_17AC61BFA5A561B7EE42F98810EDFFC4';
    expectCommand(
      'get-messagemedia',
      { WhatsappID: sessionId, MessageID: messageId },
      fixtures.getMediaResponse,
    );
    await expect(messenger.messages.downloadMedia({ messageId })).resolves.toMatchObject({
      fileName: 'image.jpg',
    });
    expectCommand(
      'get-messagemedia',
      { WhatsappID: sessionId, MessageID: messageId },
      { name: 'Internal Server Error', message: 'Message not found', code: 0, status: 500 },
      { status: 500 },
    );
    expectCommand('get-media', { WhatsappID: sessionId, mediaKey: 'key=' }, fixtures.getMediaResponse);
    await messenger.messages.downloadMedia({ messageId, mediaKey: 'key=' });
  });

  it('downloadMedia of an answer whose data is not base64 is an invalid-response naming media.data', async () => {
    expectCommand(
      'get-media',
      { WhatsappID: sessionId, mediaKey: 'key=' },
      { result: 'OK', media: { mimetype: 'image/jpeg', filename: 'a.jpg', data: 'not base64 at all!!' } },
    );
    const error = await messenger.messages
      .downloadMedia({ mediaKey: 'key=' })
      .catch((caught: unknown) => caught);
    expect(isMessengerError(error, 'invalid-response')).toBe(true);
    expect(error).toMatchObject({ provider: 'whatsgate', message: expect.stringContaining('media.data') });
  });

  it('downloadMedia without a key or long id is an invalid request', async () => {
    await expect(messenger.messages.downloadMedia({ url: 'https://x.test/a' })).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });

  it('contacts.check maps data to exists and the chat id', async () => {
    expectCommand('check', { WhatsappID: sessionId, number: '79999999999' }, fixtures.checkResponse);
    await expect(messenger.contacts.check('+7 (999) 999-99-99')).resolves.toMatchObject({
      exists: true,
      chatId: '79999999999@c.us',
    });
    expectCommand('check', { WhatsappID: sessionId, number: '79990000000' }, { result: 'OK', data: false });
    await expect(messenger.contacts.check('79990000000')).resolves.toMatchObject({ exists: false });
  });

  it('contacts.listChats maps get-chats to chat contact and chat group templates', async () => {
    expectCommand('get-chats', { WhatsappID: sessionId }, fixtures.getChatsResponse);
    const [contact, group] = await messenger.contacts.listChats();
    expect(contact).toEqual({
      id: '79999999999@c.us',
      name: '+7 999 999-99-99',
      isGroup: false,
      phone: '79999999999',
      isReadOnly: false,
      unreadCount: 0,
      lastActivityAt: 1662710454000,
      isPinned: false,
      isMuted: false,
      muteExpiresInMilliseconds: 0,
      isArchived: false,
    });
    expect(group).toMatchObject({
      id: '4239048293082@g.us',
      isGroup: true,
      name: 'Test group',
      metadata: {
        id: '4239048293082@g.us',
        name: 'Test group',
        owner: '79999999999@c.us',
        createdAt: 1658328976000,
        size: 2,
        participants: [
          { id: '79999999999@c.us', isAdmin: true, isSuperAdmin: false },
          { id: '79991112233@c.us', isAdmin: false, isSuperAdmin: false },
        ],
      },
    });
  });
});
