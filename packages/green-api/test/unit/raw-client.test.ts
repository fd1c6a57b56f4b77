import type nock from 'nock';
import { describe, expect, it } from 'vitest';
import type { GreenApiClient, GreenApiNetwork } from '../../src/index.js';
import { apiHost, mediaHost, messengerFor, methodPath, useNock } from '../support/nock-helpers.js';

useNock();

interface RawCase {
  /** GREEN-API method name (path segment). */
  method: string;
  verb: 'GET' | 'POST' | 'DELETE';
  call: (client: GreenApiClient) => Promise<unknown>;
  body?: Record<string, unknown>;
  query?: Record<string, string>;
  suffix?: string;
  reply: unknown;
  expected?: unknown;
}

const chatId = '79001234567@c.us';
const groupId = '120363043968066561@g.us';

const cases: RawCase[] = [
  // §2.1 account
  {
    method: 'getSettings',
    verb: 'GET',
    call: (c) => c.getSettings(),
    reply: { webhookUrl: '', incomingWebhook: 'yes' },
  },
  {
    method: 'setSettings',
    verb: 'POST',
    call: (c) => c.setSettings({ webhookUrl: '', incomingWebhook: 'yes' }),
    body: { webhookUrl: '', incomingWebhook: 'yes' },
    reply: { saveSettings: true },
  },
  {
    method: 'getStateInstance',
    verb: 'GET',
    call: (c) => c.getStateInstance(),
    reply: { stateInstance: 'authorized' },
  },
  {
    method: 'getStatusInstance',
    verb: 'GET',
    call: (c) => c.getStatusInstance(),
    reply: { statusInstance: 'online' },
  },
  { method: 'reboot', verb: 'GET', call: (c) => c.reboot(), reply: { isReboot: true } },
  { method: 'logout', verb: 'GET', call: (c) => c.logout(), reply: { isLogout: true } },
  { method: 'qr', verb: 'GET', call: (c) => c.qr(), reply: { type: 'qrCode', message: 'iVBORw0KGgo=' } },
  {
    method: 'getAuthorizationCode',
    verb: 'POST',
    call: (c) => c.getAuthorizationCode({ phoneNumber: 79001234567 }),
    body: { phoneNumber: 79001234567 },
    reply: { status: true, code: 'ABCD1234' },
  },
  {
    method: 'startAuthorization',
    verb: 'POST',
    call: (c) => c.startAuthorization({ phoneNumber: 79001234567 }),
    body: { phoneNumber: 79001234567 },
    reply: { status: true, data: { status: 'success' } },
  },
  {
    method: 'sendAuthorizationCode',
    verb: 'POST',
    call: (c) => c.sendAuthorizationCode({ code: '12345' }),
    body: { code: '12345' },
    reply: { status: true, data: { status: 'success' } },
  },
  {
    method: 'sendAuthorizationPassword',
    verb: 'POST',
    call: (c) => c.sendAuthorizationPassword({ password: 'cloud' }),
    body: { password: 'cloud' },
    reply: { status: true, data: { status: 'success' } },
  },
  {
    method: 'getWaSettings',
    verb: 'GET',
    call: (c) => c.getWaSettings(),
    reply: { phone: '79876543210', chatId },
  },
  {
    method: 'getAccountSettings',
    verb: 'GET',
    call: (c) => c.getAccountSettings(),
    reply: { phone: '79876543210' },
  },
  { method: 'getDeviceInfo', verb: 'GET', call: (c) => c.getDeviceInfo(), reply: { deviceModel: 'Pixel' } },
  // §2.2 sending
  {
    method: 'sendMessage',
    verb: 'POST',
    call: (c) =>
      c.sendMessage({ chatId, message: 'Hi', quotedMessageId: 'Q1', linkPreview: false, typingTime: 2000 }),
    body: { chatId, message: 'Hi', quotedMessageId: 'Q1', linkPreview: false, typingTime: 2000 },
    reply: { idMessage: '3EB0C767D097B7C7C030' },
  },
  {
    method: 'sendFileByUrl',
    verb: 'POST',
    call: (c) =>
      c.sendFileByUrl({ chatId, urlFile: 'https://example.com/a.pdf', fileName: 'a.pdf', caption: 'Doc' }),
    body: { chatId, urlFile: 'https://example.com/a.pdf', fileName: 'a.pdf', caption: 'Doc' },
    reply: { idMessage: 'A1' },
  },
  {
    method: 'sendLocation',
    verb: 'POST',
    call: (c) =>
      c.sendLocation({
        chatId,
        latitude: 55.75,
        longitude: 37.61,
        nameLocation: 'Office',
        address: 'Moscow',
      }),
    body: { chatId, latitude: 55.75, longitude: 37.61, nameLocation: 'Office', address: 'Moscow' },
    reply: { idMessage: 'A2' },
  },
  {
    method: 'sendContact',
    verb: 'POST',
    call: (c) => c.sendContact({ chatId, contact: { phoneContact: 79001234567, firstName: 'Anna' } }),
    body: { chatId, contact: { phoneContact: 79001234567, firstName: 'Anna' } },
    reply: { idMessage: 'A3' },
  },
  {
    method: 'sendPoll',
    verb: 'POST',
    call: (c) =>
      c.sendPoll({ chatId, message: 'Lunch?', options: [{ optionName: 'A' }, { optionName: 'B' }] }),
    body: { chatId, message: 'Lunch?', options: [{ optionName: 'A' }, { optionName: 'B' }] },
    reply: { idMessage: 'A4' },
  },
  {
    method: 'forwardMessages',
    verb: 'POST',
    call: (c) => c.forwardMessages({ chatId, chatIdFrom: '79002222222@c.us', messages: ['M1'] }),
    body: { chatId, chatIdFrom: '79002222222@c.us', messages: ['M1'] },
    reply: { messages: ['N1'] },
    expected: { messages: ['N1'] },
  },
  {
    method: 'sendTyping',
    verb: 'POST',
    call: (c) => c.sendTyping({ chatId, typingTime: 3000, typingType: 'recording' }),
    body: { chatId, typingTime: 3000, typingType: 'recording' },
    reply: '',
    expected: null,
  },
  {
    method: 'editMessage',
    verb: 'POST',
    call: (c) => c.editMessage({ chatId, idMessage: 'M1', message: 'new' }),
    body: { chatId, idMessage: 'M1', message: 'new' },
    reply: { idMessage: 'M2' },
  },
  {
    method: 'deleteMessage',
    verb: 'POST',
    call: (c) => c.deleteMessage({ chatId, idMessage: 'M1', onlySenderDelete: true }),
    body: { chatId, idMessage: 'M1', onlySenderDelete: true },
    reply: '',
    expected: null,
  },
  {
    method: 'sendInteractiveButtons',
    verb: 'POST',
    call: (c) =>
      c.sendInteractiveButtons({
        chatId,
        body: 'Pick',
        buttons: [{ buttonText: 'Site', type: 'url', url: 'https://a.b' }],
      }),
    body: { chatId, body: 'Pick', buttons: [{ buttonText: 'Site', type: 'url', url: 'https://a.b' }] },
    reply: { idMessage: 'B1' },
  },
  {
    method: 'sendInteractiveButtonsReply',
    verb: 'POST',
    call: (c) =>
      c.sendInteractiveButtonsReply({
        chatId,
        body: 'Agree?',
        buttons: [{ buttonId: '1', buttonText: 'Yes' }],
      }),
    body: { chatId, body: 'Agree?', buttons: [{ buttonId: '1', buttonText: 'Yes' }] },
    reply: { idMessage: 'B2' },
  },
  {
    method: 'sendButtons',
    verb: 'POST',
    call: (c) => c.sendButtons({ chatId, message: 'Choose', buttons: [{ buttonId: 1, buttonText: 'Yes' }] }),
    body: { chatId, message: 'Choose', buttons: [{ buttonId: 1, buttonText: 'Yes' }] },
    reply: { idMessage: 'B3' },
  },
  {
    method: 'sendTemplateButtons',
    verb: 'POST',
    call: (c) => c.sendTemplateButtons({ chatId, message: 'Visit', templateButtons: [] }),
    body: { chatId, message: 'Visit', templateButtons: [] },
    reply: { idMessage: 'B4' },
  },
  {
    method: 'sendListMessage',
    verb: 'POST',
    call: (c) => c.sendListMessage({ chatId, message: 'Menu', buttonText: 'Open', sections: [] }),
    body: { chatId, message: 'Menu', buttonText: 'Open', sections: [] },
    reply: { idMessage: 'B5' },
  },
  {
    method: 'sendLink',
    verb: 'POST',
    call: (c) => c.sendLink({ chatId, urlLink: 'https://green-api.com' }),
    body: { chatId, urlLink: 'https://green-api.com' },
    reply: { idMessage: 'B6' },
  },
  // §2.3 receiving
  {
    method: 'receiveNotification',
    verb: 'GET',
    call: (c) => c.receiveNotification({ receiveTimeout: 7 }),
    query: { receiveTimeout: '7' },
    reply: { receiptId: 5, body: { typeWebhook: 'stateInstanceChanged' } },
  },
  {
    method: 'deleteNotification',
    verb: 'DELETE',
    call: (c) => c.deleteNotification(5),
    suffix: '/5',
    reply: { result: true },
  },
  {
    method: 'downloadFile',
    verb: 'POST',
    call: (c) => c.downloadFile({ chatId, idMessage: 'M1' }),
    body: { chatId, idMessage: 'M1' },
    reply: { downloadUrl: 'https://storage.example/a.jpg' },
  },
  // §2.4 journals
  {
    method: 'getChatHistory',
    verb: 'POST',
    call: (c) => c.getChatHistory({ chatId, count: 10 }),
    body: { chatId, count: 10 },
    reply: [
      {
        type: 'incoming',
        idMessage: 'M1',
        timestamp: 1,
        typeMessage: 'textMessage',
        chatId,
        textMessage: 'x',
      },
    ],
  },
  {
    method: 'getMessage',
    verb: 'POST',
    call: (c) => c.getMessage({ chatId, idMessage: 'M1' }),
    body: { chatId, idMessage: 'M1' },
    reply: { type: 'outgoing', idMessage: 'M1', timestamp: 1, typeMessage: 'textMessage', chatId },
  },
  {
    method: 'lastIncomingMessages',
    verb: 'GET',
    call: (c) => c.lastIncomingMessages({ minutes: 60 }),
    query: { minutes: '60' },
    reply: {},
    expected: [],
  },
  {
    method: 'lastOutgoingMessages',
    verb: 'GET',
    call: (c) => c.lastOutgoingMessages({ minutes: 30 }),
    query: { minutes: '30' },
    reply: [],
    expected: [],
  },
  {
    method: 'getChats',
    verb: 'GET',
    call: (c) => c.getChats({ count: 5 }),
    query: { count: '5' },
    reply: [{ chatId: '10000000', name: 'Ivan' }],
  },
  // §2.5 queues, §2.6 read marks
  { method: 'showMessagesQueue', verb: 'GET', call: (c) => c.showMessagesQueue(), reply: {}, expected: [] },
  {
    method: 'clearMessagesQueue',
    verb: 'GET',
    call: (c) => c.clearMessagesQueue(),
    reply: { isCleared: true },
  },
  { method: 'getMessagesCount', verb: 'GET', call: (c) => c.getMessagesCount(), reply: { count: 2 } },
  { method: 'getWebhooksCount', verb: 'GET', call: (c) => c.getWebhooksCount(), reply: { count: 4 } },
  {
    method: 'clearWebhooksQueue',
    verb: 'DELETE',
    call: (c) => c.clearWebhooksQueue(),
    reply: { isCleared: true, reason: null },
  },
  {
    method: 'readChat',
    verb: 'POST',
    call: (c) => c.readChat({ chatId, idMessage: 'M1' }),
    body: { chatId, idMessage: 'M1' },
    reply: { setRead: true },
  },
  // §2.7 groups (WhatsApp: groupId)
  {
    method: 'createGroup',
    verb: 'POST',
    call: (c) => c.createGroup({ groupName: 'Team', chatIds: [chatId] }),
    body: { groupName: 'Team', chatIds: [chatId] },
    reply: { created: true, chatId: groupId, groupInviteLink: 'https://chat.whatsapp.com/x' },
  },
  {
    method: 'updateGroupName',
    verb: 'POST',
    call: (c) => c.updateGroupName({ groupId, groupName: 'Team 2' }),
    body: { groupId, groupName: 'Team 2' },
    reply: { updateGroupName: true },
  },
  {
    method: 'getGroupData',
    verb: 'POST',
    call: (c) => c.getGroupData({ groupId }),
    body: { groupId },
    reply: { groupId, subject: 'Team', participants: [] },
  },
  ...(['addGroupParticipant', 'removeGroupParticipant', 'setGroupAdmin', 'removeAdmin'] as const).map(
    (method): RawCase => ({
      method,
      verb: 'POST',
      call: (c) => c[method]({ groupId, participantChatId: chatId }),
      body: { groupId, participantChatId: chatId },
      reply: {},
    }),
  ),
  {
    method: 'leaveGroup',
    verb: 'POST',
    call: (c) => c.leaveGroup({ groupId }),
    body: { groupId },
    reply: { leaveGroup: true },
  },
  {
    method: 'updateGroupSettings',
    verb: 'POST',
    call: (c) => c.updateGroupSettings({ groupId, allowParticipantsAddMembers: false }),
    body: { groupId, allowParticipantsAddMembers: false },
    reply: { updateGroupSettings: true },
  },
  // §2.8 service
  {
    method: 'checkWhatsapp',
    verb: 'POST',
    call: (c) => c.checkWhatsapp({ phoneNumber: 79001234567 }),
    body: { phoneNumber: 79001234567 },
    reply: { existsWhatsapp: true, chatId },
  },
  {
    method: 'checkAccount',
    verb: 'POST',
    call: (c) => c.checkAccount({ phoneNumber: 79001234567, force: true }),
    body: { phoneNumber: 79001234567, force: true },
    reply: { exist: true, chatId: 10000000 },
    expected: { exist: true, chatId: '10000000' },
  },
  {
    method: 'getAvatar',
    verb: 'POST',
    call: (c) => c.getAvatar({ chatId }),
    body: { chatId },
    reply: { existsWhatsapp: true, urlAvatar: 'https://pps.example/a.jpg', available: true },
  },
  {
    method: 'getContacts',
    verb: 'GET',
    call: (c) => c.getContacts({ group: true, count: 3 }),
    query: { group: 'true', count: '3' },
    reply: [{ id: groupId, name: 'Team', type: 'group' }],
  },
  {
    method: 'getContactInfo',
    verb: 'POST',
    call: (c) => c.getContactInfo({ chatId }),
    body: { chatId },
    reply: { chatId, name: 'Jane', isBusiness: false },
  },
  {
    method: 'archiveChat',
    verb: 'POST',
    call: (c) => c.archiveChat({ chatId }),
    body: { chatId },
    reply: '',
    expected: null,
  },
  {
    method: 'unarchiveChat',
    verb: 'POST',
    call: (c) => c.unarchiveChat({ chatId }),
    body: { chatId },
    reply: '',
    expected: null,
  },
  {
    method: 'setDisappearingChat',
    verb: 'POST',
    call: (c) => c.setDisappearingChat({ chatId, ephemeralExpiration: 86400 }),
    body: { chatId, ephemeralExpiration: 86400 },
    reply: { chatId, disappearingMessagesInChat: true, ephemeralExpiration: 86400 },
  },
  {
    method: 'addContact',
    verb: 'POST',
    call: (c) => c.addContact({ chatId, firstName: 'Anna', saveInAddressbook: true }),
    body: { chatId, firstName: 'Anna', saveInAddressbook: true },
    reply: { addContact: true },
  },
  {
    method: 'editContact',
    verb: 'POST',
    call: (c) => c.editContact({ chatId, firstName: 'Anna', lastName: 'P' }),
    body: { chatId, firstName: 'Anna', lastName: 'P' },
    reply: { editContact: true },
  },
  {
    method: 'deleteContact',
    verb: 'POST',
    call: (c) => c.deleteContact({ chatId }),
    body: { chatId },
    reply: { deleteContact: true },
  },
  // §2.9 statuses
  {
    method: 'sendTextStatus',
    verb: 'POST',
    call: (c) =>
      c.sendTextStatus({
        message: 'Open',
        backgroundColor: '#228B22',
        font: 'SERIF',
        participants: [chatId],
      }),
    body: { message: 'Open', backgroundColor: '#228B22', font: 'SERIF', participants: [chatId] },
    reply: { idMessage: 'S1' },
  },
  {
    method: 'sendVoiceStatus',
    verb: 'POST',
    call: (c) => c.sendVoiceStatus({ urlFile: 'https://example.com/a.ogg', fileName: 'a.ogg' }),
    body: { urlFile: 'https://example.com/a.ogg', fileName: 'a.ogg' },
    reply: { idMessage: 'S2' },
  },
  {
    method: 'sendMediaStatus',
    verb: 'POST',
    call: (c) =>
      c.sendMediaStatus({ urlFile: 'https://example.com/a.jpg', fileName: 'a.jpg', caption: 'New' }),
    body: { urlFile: 'https://example.com/a.jpg', fileName: 'a.jpg', caption: 'New' },
    reply: { idMessage: 'S3' },
  },
  {
    method: 'deleteStatus',
    verb: 'POST',
    call: (c) => c.deleteStatus({ idMessage: 'S1' }),
    body: { idMessage: 'S1' },
    reply: '',
    expected: null,
  },
  {
    method: 'getStatusStatistic',
    verb: 'GET',
    call: (c) => c.getStatusStatistic({ idMessage: 'S1' }),
    query: { idMessage: 'S1' },
    reply: [{ participant: chatId, timestamp: 1, status: 'read' }],
  },
  {
    method: 'getIncomingStatuses',
    verb: 'GET',
    call: (c) => c.getIncomingStatuses({ minutes: 10 }),
    query: { minutes: '10' },
    reply: [],
  },
  {
    method: 'getOutgoingStatuses',
    verb: 'GET',
    call: (c) => c.getOutgoingStatuses(),
    reply: {},
    expected: [],
  },
];

function intercept(network: GreenApiNetwork, testCase: RawCase) {
  const path = methodPath(network, testCase.method, testCase.suffix);
  const scope = apiHost(network);
  const interceptor =
    testCase.verb === 'GET'
      ? scope.get(path)
      : testCase.verb === 'DELETE'
        ? scope.delete(path)
        : scope.post(path, (testCase.body ?? {}) as nock.DataMatcherMap);
  const withQuery = testCase.query === undefined ? interceptor : interceptor.query(testCase.query);
  return withQuery.reply(200, testCase.reply as nock.Body);
}

describe('GreenApiClient request shapes (WhatsApp)', () => {
  it.each(cases.map((testCase) => [testCase.method, testCase] as const))('%s', async (_name, testCase) => {
    const scope = intercept('whatsapp', testCase);
    const result = await testCase.call(messengerFor('whatsapp').raw);
    expect(scope.isDone()).toBe(true);
    expect(result).toEqual('expected' in testCase ? testCase.expected : testCase.reply);
  });
});

describe('group methods send chatId on Telegram and MAX', () => {
  const groupCases = cases.filter((testCase) => JSON.stringify(testCase.body ?? {}).includes('"groupId"'));
  it.each(
    (['telegram', 'max'] as const).flatMap((network) =>
      groupCases.map((testCase) => [network, testCase.method, testCase] as const),
    ),
  )('%s %s', async (network, _name, testCase) => {
    const { groupId: id, ...rest } = testCase.body ?? {};
    const scope = intercept(network, { ...testCase, body: { chatId: id, ...rest } });
    await testCase.call(messengerFor(network).raw);
    expect(scope.isDone()).toBe(true);
  });
});

describe('uploads and token rotation', () => {
  it('sendFileByUpload posts multipart to the media host', async () => {
    let received = '';
    const scope = mediaHost('whatsapp')
      .post(methodPath('whatsapp', 'sendFileByUpload'), (body: string) => {
        received = body;
        return true;
      })
      .matchHeader('content-type', /^multipart\/form-data; boundary=/)
      .reply(200, { idMessage: 'U1', urlFile: 'https://do-mediaout.example/a.jpg' });
    const answer = await messengerFor('whatsapp').raw.sendFileByUpload({
      chatId,
      file: new TextEncoder().encode('JPEGDATA'),
      fileName: 'a.jpg',
      mimeType: 'image/jpeg',
      caption: 'Photo',
    });
    expect(scope.isDone()).toBe(true);
    expect(answer).toEqual({ idMessage: 'U1', urlFile: 'https://do-mediaout.example/a.jpg' });
    expect(received).toContain('name="file"; filename="a.jpg"');
    expect(received).toContain('Content-Type: image/jpeg');
    expect(received).toContain('JPEGDATA');
    expect(received).toMatch(/name="chatId"\r\n\r\n79001234567@c\.us/);
    expect(received).toMatch(/name="caption"\r\n\r\nPhoto/);
    expect(received).toMatch(/name="fileName"\r\n\r\na\.jpg/);
  });

  it('uploadFile posts raw bytes with Content-Type and GA-Filename to the media host', async () => {
    const scope = mediaHost('whatsapp')
      .post(methodPath('whatsapp', 'uploadFile'), 'PDFBYTES')
      .matchHeader('content-type', 'application/pdf')
      .matchHeader('ga-filename', 'report.pdf')
      .reply(200, { urlFile: 'https://media.example/report.pdf' });
    const answer = await messengerFor('whatsapp').raw.uploadFile({
      data: new TextEncoder().encode('PDFBYTES'),
      fileName: 'report.pdf',
      mimeType: 'application/pdf',
    });
    expect(scope.isDone()).toBe(true);
    expect(answer.urlFile).toBe('https://media.example/report.pdf');
  });

  it('setProfilePicture posts multipart to the API host', async () => {
    const scope = apiHost('whatsapp')
      .post(methodPath('whatsapp', 'setProfilePicture'), (body: string) => body.includes('filename="me.jpg"'))
      .matchHeader('content-type', /^multipart\/form-data/)
      .reply(200, { setProfilePicture: true, urlAvatar: 'https://a', reason: null });
    await messengerFor('whatsapp').raw.setProfilePicture({ data: new Uint8Array([1]), fileName: 'me.jpg' });
    expect(scope.isDone()).toBe(true);
  });

  it.each([
    ['whatsapp', 'groupId'],
    ['telegram', 'chatId'],
  ] as const)('setGroupPicture on %s posts multipart with %s to the API host', async (network, field) => {
    const scope = apiHost(network)
      .post(methodPath(network, 'setGroupPicture'), (body: string) =>
        new RegExp(`name="${field}"\\r\\n\\r\\n-100123`).test(body),
      )
      .reply(200, { setGroupPicture: true, urlAvatar: 'https://a', reason: null });
    await messengerFor(network).raw.setGroupPicture({
      groupId: '-100123',
      file: { data: new Uint8Array([1]) },
    });
    expect(scope.isDone()).toBe(true);
  });

  it('updateApiToken switches the client to the new token', async () => {
    const rotated = 'aaaabbbbccccddddeeeeffff0000111122223333444455556666';
    const messenger = messengerFor('whatsapp');
    const scope = apiHost('whatsapp')
      .get(methodPath('whatsapp', 'updateApiToken'))
      .reply(200, { apiTokenInstance: rotated })
      .get(`/waInstance7103000000/getSettings/${rotated}`)
      .reply(200, {});
    await messenger.raw.updateApiToken();
    await messenger.raw.getSettings();
    expect(scope.isDone()).toBe(true);
  });

  it('call() reaches methods by name, with the /v3 prefix on MAX', async () => {
    const scope = apiHost('max').get(methodPath('max', 'getMessagesCount')).reply(200, { count: 0 });
    await expect(messengerFor('max').raw.call('getMessagesCount', { verb: 'GET' })).resolves.toEqual({
      count: 0,
    });
    expect(scope.isDone()).toBe(true);
  });
});
