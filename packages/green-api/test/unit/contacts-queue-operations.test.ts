import { describe, expect, it } from 'vitest';
import { apiHost, messengerFor, methodPath, useNock } from '../support/nock-helpers.js';

useNock();

const networks = ['whatsapp', 'telegram', 'max'] as const;

describe('contacts.check', () => {
  it('WhatsApp uses checkWhatsapp', async () => {
    apiHost('whatsapp')
      .post(methodPath('whatsapp', 'checkWhatsapp'), { phoneNumber: 79001234567 })
      .reply(200, { existsWhatsapp: true, chatId: '79001234567@c.us' });
    await expect(messengerFor('whatsapp').contacts.check('+7 900 123-45-67')).resolves.toMatchObject({
      exists: true,
      chatId: '79001234567@c.us',
    });
  });

  it.each(['telegram', 'max'] as const)('%s uses checkAccount', async (network) => {
    apiHost(network)
      .post(methodPath(network, 'checkAccount'), { phoneNumber: 79001234567 })
      .reply(200, { exist: false, chatId: null });
    await expect(messengerFor(network).contacts.check('79001234567')).resolves.toEqual({
      exists: false,
      raw: { exist: false, chatId: null },
    });
  });
});

describe.each(networks)('contacts on %s', (network) => {
  const chatId = network === 'whatsapp' ? '79001234567@c.us' : '20000000';

  it('reads contact info', async () => {
    apiHost(network)
      .post(methodPath(network, 'getContactInfo'), { chatId })
      .reply(200, {
        chatId,
        name: 'Jane',
        contactName: 'Jane Doe',
        avatar: 'https://a/j.jpg',
        email: '',
        isBusiness: false,
        lastSeen: 1700000000,
        phoneNumber: network === 'max' ? 79001234567 : undefined,
      });
    await expect(messengerFor(network).contacts.getInfo(chatId)).resolves.toMatchObject({
      chatId,
      name: 'Jane',
      contactName: 'Jane Doe',
      avatarUrl: 'https://a/j.jpg',
      isBusiness: false,
      lastSeen: 1700000000000,
      ...(network === 'telegram' ? {} : { phone: '79001234567' }),
    });
  });

  it('reads the avatar; a 200 with a reason rejects', async () => {
    apiHost(network)
      .post(methodPath(network, 'getAvatar'), { chatId })
      .reply(200, { urlAvatar: 'https://a/j.jpg', available: true })
      .post(methodPath(network, 'getAvatar'), { chatId })
      .reply(200, { existsWhatsapp: true, urlAvatar: '', reason: 'bad request data' })
      .post(methodPath(network, 'getAvatar'), { chatId })
      .reply(200, { urlAvatar: '', reason: 'get avatar timeout limit exceeded' });
    const { contacts } = messengerFor(network);
    await expect(contacts.getAvatar(chatId)).resolves.toEqual({ url: 'https://a/j.jpg', available: true });
    await expect(contacts.getAvatar(chatId)).rejects.toMatchObject({
      code: 'invalid-request',
      message: /bad request data/,
    });
    await expect(contacts.getAvatar(chatId)).rejects.toMatchObject({ code: 'timeout' });
  });

  it('lists contacts without groups', async () => {
    apiHost(network)
      .get(methodPath(network, 'getContacts'))
      .reply(200, [
        { id: chatId, name: 'Jane', type: 'user' },
        { id: network === 'whatsapp' ? '120363043968066561@g.us' : '-100200', name: 'Team', type: 'group' },
      ]);
    const contacts = await messengerFor(network).contacts.list();
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({ id: chatId, name: 'Jane', isGroup: false });
  });

  it('lists chats with getChats (Telegram/MAX) or getContacts (WhatsApp)', async () => {
    const method = network === 'whatsapp' ? 'getContacts' : 'getChats';
    const groupId = network === 'whatsapp' ? '120363043968066561@g.us' : '-100200';
    apiHost(network)
      .get(methodPath(network, method))
      .reply(200, [
        { [network === 'whatsapp' ? 'id' : 'chatId']: chatId, name: 'Jane' },
        { [network === 'whatsapp' ? 'id' : 'chatId']: groupId, name: 'Team' },
      ]);
    const chats = await messengerFor(network).contacts.listChats();
    expect(chats.map((chat) => [chat.id, chat.isGroup])).toEqual([
      [chatId, false],
      [groupId, true],
    ]);
  });
});

describe.each(networks)('queue on %s', (network) => {
  it('lists the outgoing queue ({} is empty) and clears it', async () => {
    const scope = apiHost(network)
      .get(methodPath(network, 'showMessagesQueue'))
      .reply(200, {})
      .get(methodPath(network, 'showMessagesQueue'))
      .reply(200, [{ messageID: 'Q1', type: 'sendMessage', body: { chatId: '1@c.us', message: 'x' } }])
      .get(methodPath(network, 'clearMessagesQueue'))
      .reply(200, { isCleared: true });
    const { queue } = messengerFor(network);
    await expect(queue.listOutgoing()).resolves.toEqual([]);
    await expect(queue.listOutgoing()).resolves.toMatchObject([
      { messageId: 'Q1', chatId: '1@c.us', kind: 'sendMessage' },
    ]);
    await queue.clearOutgoing();
    expect(scope.isDone()).toBe(true);
  });

  it('counts and clears notifications; the once-a-minute refusal is rate-limited', async () => {
    const scope = apiHost(network)
      .get(methodPath(network, 'getWebhooksCount'))
      .reply(200, { count: 4 })
      .delete(methodPath(network, 'clearWebhooksQueue'))
      .reply(200, { isCleared: true, reason: null })
      .delete(methodPath(network, 'clearWebhooksQueue'))
      .reply(200, { isCleared: false, reason: 'Too many requests', leftTime: 42 });
    const { queue } = messengerFor(network);
    await expect(queue.countNotifications()).resolves.toBe(4);
    await queue.clearNotifications();
    await expect(queue.clearNotifications()).rejects.toMatchObject({
      code: 'rate-limited',
      retryAfterMilliseconds: 42_000,
    });
    expect(scope.isDone()).toBe(true);
  });
});
