import { sdkwaFixtures } from '@switchboard/testing';
import { describe, expect, it } from 'vitest';
import { api, createTestMessenger, pathOf, useNock } from '../support/nock-helpers.js';

useNock();

const chatId = '79001234567@c.us';

describe('session state and settings', () => {
  it('getState maps stateInstance; a null body reads as starting', async () => {
    api()
      .get(pathOf('getStateInstance'))
      .reply(200, { stateInstance: 'notAuthorized' })
      .get(pathOf('getStateInstance'))
      .reply(200, sdkwaFixtures.stateInstanceResponse)
      .get(pathOf('getStateInstance'))
      .reply(200, 'null');
    const { session } = createTestMessenger();
    expect(await session.getState()).toBe('not-authorized');
    expect(await session.getState()).toBe('authorized');
    expect(await session.getState()).toBe('starting');
  });

  it('confirmCode sends the code and answers the new state (WhatsApp and Telegram)', async () => {
    const scope = api()
      .post(pathOf('sendRegistrationCode'), { code: '123456' })
      .reply(200, sdkwaFixtures.registrationCodeAccepted)
      .get(pathOf('getStateInstance'))
      .reply(200, { stateInstance: 'authorized' })
      .post(pathOf('signInWithConfirmationCode', 'telegram'), { code: '54321' })
      .reply(200, { result: true, message: 'Signed in' })
      .get(pathOf('getStateInstance', 'telegram'))
      .reply(200, { stateInstance: 'authorized' });
    expect(await createTestMessenger().session.confirmCode('123456')).toBe('authorized');
    expect(await createTestMessenger({ network: 'telegram' }).session.confirmCode('54321')).toBe(
      'authorized',
    );
    expect(scope.isDone()).toBe(true);
  });

  it('getSettings reads "yes"/"no" as booleans', async () => {
    api().get(pathOf('getSettings')).reply(200, sdkwaFixtures.settingsResponse);
    expect(await createTestMessenger().session.getSettings()).toMatchObject({
      webhookUrl: 'https://mysite.com/webhook/sdkwa/',
      sendDelayMilliseconds: 3000,
      markIncomingAsRead: true,
      notifications: { incomingMessages: true, messageStatuses: true, stateChanges: true },
    });
  });

  it('updateSettings writes SDKWA names and refuses settings SDKWA does not have', async () => {
    const scope = api()
      .post(pathOf('setSettings'), {
        webhookUrl: '',
        webhookUrlToken: 'secret-1',
        delaySendMessagesMilliseconds: 1000,
        incomingWebhook: 'yes',
        outgoingWebhook: 'no',
      })
      .reply(200, sdkwaFixtures.setSettingsResponse);
    const { session } = createTestMessenger();
    await session.updateSettings({
      webhookUrl: '',
      webhookToken: 'secret-1',
      sendDelayMilliseconds: 1000,
      notifications: { incomingMessages: true, messageStatuses: false },
    });
    expect(scope.isDone()).toBe(true);
    await expect(session.updateSettings({ notifications: { incomingCalls: true } })).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });
});

describe('journals, contacts and groups', () => {
  it('history maps journal entries (seed example 9)', async () => {
    const incoming = {
      type: 'incoming',
      idMessage: 'F7AEC1B7086ECDC7E6E45923F5EDB825',
      timestamp: 1728645200,
      typeMessage: 'textMessage',
      chatId,
      senderId: chatId,
      senderName: 'Ivan',
      textMessage: 'Hi',
    };
    const scope = api()
      .post(pathOf('getChatHistory'), { chatId, count: 100 })
      .reply(200, [sdkwaFixtures.chatHistoryOutgoingItem, incoming]);
    const history = await createTestMessenger().messages.history({ chatId, count: 100 });
    expect(history).toMatchObject([
      {
        id: '3EB0C767D097B7C7C030',
        chatId,
        direction: 'outgoing',
        status: 'delivered',
        timestamp: 1728645300000,
        content: { type: 'text', text: 'Hello' },
      },
      { id: incoming.idMessage, direction: 'incoming', sender: { id: chatId, name: 'Ivan' } },
    ]);
    expect(scope.isDone()).toBe(true);
  });

  it('lastIncoming and lastOutgoing pass minutes', async () => {
    const scope = api()
      .get(pathOf('lastIncomingMessages'))
      .query({ minutes: '60' })
      .reply(200, [])
      .get(pathOf('lastOutgoingMessages'))
      .reply(200, [sdkwaFixtures.chatHistoryOutgoingItem]);
    const { messages } = createTestMessenger();
    expect(await messages.lastIncoming({ minutes: 60 })).toEqual([]);
    expect((await messages.lastOutgoing())[0]?.direction).toBe('outgoing');
    expect(scope.isDone()).toBe(true);
  });

  it('contacts.list (seed example 10) leaves groups out; listChats merges names and the archive flag', async () => {
    const contacts = [
      { id: chatId, name: 'Ivan', type: 'user' },
      { id: '120363043968066561@g.us', name: 'Team', type: 'group' },
    ];
    api()
      .get(pathOf('getContacts'))
      .reply(200, contacts)
      .get(pathOf('getChats'))
      .reply(200, [
        { id: chatId, archive: true, notSpam: true },
        { id: '120363043968066561@g.us', archive: false, notSpam: true },
      ])
      .get(pathOf('getContacts'))
      .reply(200, contacts);
    const messenger = createTestMessenger();
    expect(await messenger.contacts.list()).toMatchObject([{ id: chatId, name: 'Ivan', isGroup: false }]);
    expect(await messenger.contacts.listChats()).toMatchObject([
      { id: chatId, name: 'Ivan', isGroup: false, isArchived: true },
      { id: '120363043968066561@g.us', name: 'Team', isGroup: true, isArchived: false },
    ]);
  });

  it('groups.getInfo maps getGroupData (seed example 14)', async () => {
    const groupId = sdkwaFixtures.getGroupDataResponse.groupId;
    api().post(pathOf('getGroupData'), { groupId }).reply(200, sdkwaFixtures.getGroupDataResponse);
    expect(await createTestMessenger().group(groupId).info()).toMatchObject({
      id: groupId,
      name: 'Моя тестовая группа',
      owner: '79990000000@c.us',
      inviteLink: sdkwaFixtures.getGroupDataResponse.groupInviteLink,
      size: 2,
      participants: [
        { id: '79990000000@c.us', isAdmin: true, isSuperAdmin: true },
        { id: '7900123456859@c.us', isAdmin: false },
      ],
    });
  });
});

describe('inbox.receive', () => {
  it('maps the envelope to an item (seed examples 7 and 8); null is null after one call', async () => {
    api()
      .get(pathOf('receiveNotification'))
      .reply(200, sdkwaFixtures.incomingTextNotification)
      .get(pathOf('receiveNotification'))
      .reply(200, 'null');
    const { inbox } = createTestMessenger();
    const item = await inbox.receive();
    expect(item?.receipt).toBe('13');
    expect(item?.event).toMatchObject({
      type: 'message-received',
      provider: 'sdkwa',
      message: { content: { text: 'hello' } },
    });
    expect(await inbox.receive()).toBeNull();
  });

  it('with a timeout, polls again until a notification arrives', async () => {
    const scope = api()
      .get(pathOf('receiveNotification'))
      .times(2)
      .reply(200, 'null')
      .get(pathOf('receiveNotification'))
      .reply(200, sdkwaFixtures.incomingTextNotification);
    const item = await createTestMessenger().inbox.receive({ timeoutMilliseconds: 10_000 });
    expect(item?.receipt).toBe('13');
    expect(scope.isDone()).toBe(true);
  });

  it('abandons a poll still running at the deadline and answers null', async () => {
    api().get(pathOf('receiveNotification')).delay(3000).reply(200, sdkwaFixtures.incomingTextNotification);
    expect(await createTestMessenger().inbox.receive({ timeoutMilliseconds: 50 })).toBeNull();
  });

  it("rejects with the caller's abort reason", async () => {
    api().get(pathOf('receiveNotification')).delay(3000).reply(200, 'null');
    const controller = new AbortController();
    const reason = new Error('stop');
    const pending = createTestMessenger().inbox.receive({
      timeoutMilliseconds: 10_000,
      signal: controller.signal,
    });
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });
});
