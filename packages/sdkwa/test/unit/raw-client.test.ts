import { describe, expect, it } from 'vitest';
import type { SdkwaClient } from '../../src/index.js';
import { api, createTestMessenger, multipartParts, pathOf, useNock } from '../support/nock-helpers.js';

useNock();

interface JsonCase {
  name: string;
  call: (client: SdkwaClient) => Promise<unknown>;
  verb: 'GET' | 'POST' | 'DELETE';
  path: string;
  body?: Record<string, unknown>;
  query?: Record<string, string>;
  reply: unknown;
  expected?: unknown;
}

const chatId = '79001234567@c.us';
const groupId = '120363043968066561@g.us';
const idMessage = '3EB0C767D097B7C7C030';

const cases: JsonCase[] = [
  {
    name: 'getStateInstance',
    call: (client) => client.getStateInstance(),
    verb: 'GET',
    path: pathOf('getStateInstance'),
    reply: { stateInstance: 'authorized' },
  },
  {
    name: 'qr',
    call: (client) => client.qr(),
    verb: 'GET',
    path: pathOf('qr'),
    reply: { type: 'qrCode', message: 'iVBORw0KGgo' },
  },
  {
    name: 'getAuthorizationCode (phone as an integer)',
    call: (client) => client.getAuthorizationCode({ phoneNumber: '+7 900 123-45-67' }),
    verb: 'POST',
    path: pathOf('getAuthorizationCode'),
    body: { phoneNumber: 79001234567 },
    reply: { status: true, code: '8G9VR9QT' },
  },
  {
    name: 'getPairingCode',
    call: (client) => client.getPairingCode({ phoneNumber: 79001234567 }),
    verb: 'POST',
    path: pathOf('getPairingCode'),
    body: { phoneNumber: 79001234567 },
    reply: { result: true, data: { pairingCode: 'ABC123' } },
  },
  {
    name: 'requestRegistrationCode',
    call: (client) => client.requestRegistrationCode({ phoneNumber: 7123456789, method: 'sms' }),
    verb: 'POST',
    path: pathOf('requestRegistrationCode'),
    body: { phoneNumber: 7123456789, method: 'sms' },
    reply: { status: 'sent', retry_after: 0, sms_wait: 0, voice_wait: '0', length: '6' },
  },
  {
    name: 'requestAuthorizationCode (Postman alias)',
    call: (client) => client.requestAuthorizationCode({ phoneNumber: 7123456789, method: 'voice' }),
    verb: 'POST',
    path: pathOf('requestAuthorizationCode'),
    body: { phoneNumber: 7123456789, method: 'voice' },
    reply: { result: true, message: 'Authorization code sent' },
  },
  {
    name: 'sendRegistrationCode',
    call: (client) => client.sendRegistrationCode({ code: '999999' }),
    verb: 'POST',
    path: pathOf('sendRegistrationCode'),
    body: { code: '999999' },
    reply: { type: '', message: 'Registration code accepted' },
  },
  {
    name: 'sendConfirmationCode (Telegram)',
    call: (client) => client.sendConfirmationCode({ phoneNumber: 79001234567 }),
    verb: 'POST',
    path: pathOf('sendConfirmationCode'),
    body: { phoneNumber: 79001234567 },
    reply: { result: true, message: 'Confirmation code sent' },
  },
  {
    name: 'signInWithConfirmationCode (Telegram)',
    call: (client) => client.signInWithConfirmationCode({ code: '12345' }),
    verb: 'POST',
    path: pathOf('signInWithConfirmationCode'),
    body: { code: '12345' },
    reply: { result: true, message: 'Signed in' },
  },
  {
    name: 'logout',
    call: (client) => client.logout(),
    verb: 'GET',
    path: pathOf('logout'),
    reply: { isLogout: true },
  },
  {
    name: 'reboot',
    call: (client) => client.reboot(),
    verb: 'GET',
    path: pathOf('reboot'),
    reply: { isReboot: true },
  },
  {
    name: 'getSettings',
    call: (client) => client.getSettings(),
    verb: 'GET',
    path: pathOf('getSettings'),
    reply: { wid: chatId, incomingWebhook: 'yes' },
  },
  {
    name: 'setSettings',
    call: (client) => client.setSettings({ webhookUrl: '', incomingWebhook: 'yes' }),
    verb: 'POST',
    path: pathOf('setSettings'),
    body: { webhookUrl: '', incomingWebhook: 'yes' },
    reply: { saveSettings: true },
  },
  {
    name: 'getWarmingPhoneStatus',
    call: (client) => client.getWarmingPhoneStatus(),
    verb: 'GET',
    path: pathOf('getWarmingPhoneStatus'),
    reply: { warmingType: 'USER_PHONES', status: 0.88, isWarmingRunning: 'STARTED' },
  },
  {
    name: 'setProfileName',
    call: (client) => client.setProfileName({ name: 'Shop' }),
    verb: 'POST',
    path: pathOf('setProfileName'),
    body: { name: 'Shop' },
    reply: {},
  },
  {
    name: 'setProfileStatus',
    call: (client) => client.setProfileStatus({ status: 'Open' }),
    verb: 'POST',
    path: pathOf('setProfileStatus'),
    body: { status: 'Open' },
    reply: {},
  },
  {
    name: 'createApp (Telegram)',
    call: (client) =>
      client.createApp({ title: 'Shop', shortName: 'shop', url: 'https://example.com', description: 'd' }),
    verb: 'POST',
    path: pathOf('createApp'),
    body: { title: 'Shop', shortName: 'shop', url: 'https://example.com', description: 'd' },
    reply: { result: true, data: { appId: 12345678 } },
  },
  {
    name: 'getDeviceInfo (basis-api era)',
    call: (client) => client.getDeviceInfo(),
    verb: 'GET',
    path: pathOf('getDeviceInfo'),
    reply: { platform: 'android' },
  },
  {
    name: 'sendMessage',
    call: (client) =>
      client.sendMessage({ chatId, message: 'Hello', quotedMessageId: idMessage, linkPreview: false }),
    verb: 'POST',
    path: pathOf('sendMessage'),
    body: { chatId, message: 'Hello', quotedMessageId: idMessage, linkPreview: false },
    reply: { idMessage },
  },
  {
    name: 'sendContact',
    call: (client) =>
      client.sendContact({
        chatId,
        contact: { phoneContact: 79001234567, firstName: 'Anna', lastName: undefined },
      }),
    verb: 'POST',
    path: pathOf('sendContact'),
    body: { chatId, contact: { phoneContact: 79001234567, firstName: 'Anna' } },
    reply: { idMessage },
  },
  {
    name: 'sendLocation',
    call: (client) =>
      client.sendLocation({ chatId, latitude: 55.74093, longitude: 37.620508, nameLocation: "I'm here" }),
    verb: 'POST',
    path: pathOf('sendLocation'),
    body: { chatId, latitude: 55.74093, longitude: 37.620508, nameLocation: "I'm here" },
    reply: { idMessage },
  },
  {
    name: 'sendFileByUrl',
    call: (client) =>
      client.sendFileByUrl({
        chatId,
        urlFile: 'https://example.com/wa.png',
        fileName: 'wa.png',
        caption: 'wa',
      }),
    verb: 'POST',
    path: pathOf('sendFileByUrl'),
    body: { chatId, urlFile: 'https://example.com/wa.png', fileName: 'wa.png', caption: 'wa' },
    reply: { idMessage },
  },
  {
    name: 'sendButtons',
    call: (client) =>
      client.sendButtons({ chatId, message: 'Go?', buttons: [{ buttonId: '1', buttonText: 'Yes' }] }),
    verb: 'POST',
    path: pathOf('sendButtons'),
    body: { chatId, message: 'Go?', buttons: [{ buttonId: '1', buttonText: 'Yes' }] },
    reply: { idMessage },
  },
  {
    name: 'sendTemplateButtons',
    call: (client) => client.sendTemplateButtons({ chatId, message: 'Hi', templateButtons: [{ index: 1 }] }),
    verb: 'POST',
    path: pathOf('sendTemplateButtons'),
    body: { chatId, message: 'Hi', templateButtons: [{ index: 1 }] },
    reply: { idMessage },
  },
  {
    name: 'sendListMessage',
    call: (client) =>
      client.sendListMessage({ chatId, message: 'Menu', buttonText: 'Open', sections: [{ title: 'Pizza' }] }),
    verb: 'POST',
    path: pathOf('sendListMessage'),
    body: { chatId, message: 'Menu', buttonText: 'Open', sections: [{ title: 'Pizza' }] },
    reply: { idMessage },
  },
  {
    name: 'receiveNotification (with data)',
    call: (client) => client.receiveNotification(),
    verb: 'GET',
    path: pathOf('receiveNotification'),
    reply: { receiptId: 13, body: { typeWebhook: 'incomingMessageReceived' } },
  },
  {
    name: 'receiveNotification (empty: null)',
    call: (client) => client.receiveNotification(),
    verb: 'GET',
    path: pathOf('receiveNotification'),
    reply: 'null',
    expected: null,
  },
  {
    name: 'receiveNotification (empty body)',
    call: (client) => client.receiveNotification(),
    verb: 'GET',
    path: pathOf('receiveNotification'),
    reply: '',
    expected: null,
  },
  {
    name: 'receiveNotification with receiveTimeout',
    call: (client) => client.receiveNotification({ receiveTimeout: 20 }),
    verb: 'GET',
    path: pathOf('receiveNotification'),
    query: { receiveTimeout: '20' },
    reply: 'null',
    expected: null,
  },
  {
    name: 'deleteNotification',
    call: (client) => client.deleteNotification(13),
    verb: 'DELETE',
    path: pathOf('deleteNotification/13'),
    reply: { result: true },
  },
  {
    name: 'getChatHistory',
    call: (client) => client.getChatHistory({ chatId, count: 100 }),
    verb: 'POST',
    path: pathOf('getChatHistory'),
    body: { chatId, count: 100 },
    reply: [{ type: 'outgoing', idMessage, timestamp: 1, typeMessage: 'textMessage', chatId }],
  },
  {
    name: 'lastIncomingMessages',
    call: (client) => client.lastIncomingMessages({ minutes: 1440 }),
    verb: 'GET',
    path: pathOf('lastIncomingMessages'),
    query: { minutes: '1440' },
    reply: [],
  },
  {
    name: 'lastOutgoingMessages ({} is an empty list)',
    call: (client) => client.lastOutgoingMessages({ minutes: 60 }),
    verb: 'GET',
    path: pathOf('lastOutgoingMessages'),
    query: { minutes: '60' },
    reply: {},
    expected: [],
  },
  {
    name: 'showMessagesQueue',
    call: (client) => client.showMessagesQueue(),
    verb: 'GET',
    path: pathOf('showMessagesQueue'),
    reply: [{ typeMessage: 'textMessage', chatId, message: 'Hello' }],
  },
  {
    name: 'clearMessagesQueue',
    call: (client) => client.clearMessagesQueue(),
    verb: 'GET',
    path: pathOf('clearMessagesQueue'),
    reply: { isCleared: true },
  },
  {
    name: 'readChat',
    call: (client) => client.readChat({ chatId }),
    verb: 'POST',
    path: pathOf('readChat'),
    body: { chatId },
    reply: { setRead: true },
  },
  {
    name: 'getContacts',
    call: (client) => client.getContacts(),
    verb: 'GET',
    path: pathOf('getContacts'),
    reply: [{ id: chatId, name: 'Anna', type: 'user' }],
  },
  {
    name: 'getChats',
    call: (client) => client.getChats(),
    verb: 'GET',
    path: pathOf('getChats'),
    reply: [{ id: chatId, archive: false, notSpam: true }],
  },
  {
    name: 'getContactInfo (POST, the Python SDK form)',
    call: (client) => client.getContactInfo({ chatId }),
    verb: 'POST',
    path: pathOf('getContactInfo'),
    body: { chatId },
    reply: { name: 'Anna', chatId, isMute: false },
  },
  {
    name: 'getContactInfo (GET with ?chatId=)',
    call: (client) => client.getContactInfo({ chatId }, { verb: 'GET' }),
    verb: 'GET',
    path: pathOf('getContactInfo'),
    query: { chatId },
    reply: { name: 'Anna', chatId },
  },
  {
    name: 'checkWhatsapp',
    call: (client) => client.checkWhatsapp({ phoneNumber: '7900123456858' }),
    verb: 'POST',
    path: pathOf('checkWhatsapp'),
    body: { phoneNumber: 7900123456858 },
    reply: { existsWhatsapp: true },
  },
  {
    name: 'checkContact',
    call: (client) => client.checkContact({ contact: '79001234567' }),
    verb: 'POST',
    path: pathOf('checkContact'),
    body: { contact: '79001234567' },
    reply: { existsWhatsapp: false },
  },
  {
    name: 'blockChat',
    call: (client) => client.blockChat({ chatId, block: true }),
    verb: 'POST',
    path: pathOf('blockChat'),
    body: { chatId, block: 'true' },
    reply: '',
    expected: null,
  },
  {
    name: 'getAvatar',
    call: (client) => client.getAvatar({ chatId }),
    verb: 'POST',
    path: pathOf('getAvatar'),
    body: { chatId },
    reply: { existsWhatsapp: true, urlAvatar: 'https://pps.whatsapp.net/a.jpg' },
  },
  {
    name: 'archiveChat',
    call: (client) => client.archiveChat({ chatId }),
    verb: 'POST',
    path: pathOf('archiveChat'),
    body: { chatId },
    reply: {},
  },
  {
    name: 'unarchiveChat',
    call: (client) => client.unarchiveChat({ chatId }),
    verb: 'POST',
    path: pathOf('unarchiveChat'),
    body: { chatId },
    reply: {},
  },
  {
    name: 'deleteMessage',
    call: (client) => client.deleteMessage({ chatId, idMessage }),
    verb: 'POST',
    path: pathOf('deleteMessage'),
    body: { chatId, idMessage },
    reply: {},
  },
  {
    name: 'createGroup',
    call: (client) => client.createGroup({ groupName: 'Team', chatIds: [chatId] }),
    verb: 'POST',
    path: pathOf('createGroup'),
    body: { groupName: 'Team', chatIds: [chatId] },
    reply: { created: true, chatId: groupId, groupInviteLink: 'https://chat.whatsapp.com/x' },
  },
  {
    name: 'getGroupData',
    call: (client) => client.getGroupData({ groupId }),
    verb: 'POST',
    path: pathOf('getGroupData'),
    body: { groupId },
    reply: { groupId, subject: 'Team', participants: [{ id: chatId, isAdmin: true }] },
  },
  ...(
    [
      ['addGroupParticipant', 'addParticipant'],
      ['removeGroupParticipant', 'removeParticipant'],
      ['setGroupAdmin', 'setGroupAdmin'],
      ['removeAdmin', 'removeAdmin'],
    ] as const
  ).map(
    ([method, flag]): JsonCase => ({
      name: method,
      call: (client) => client[method]({ groupId, participantChatId: chatId }),
      verb: 'POST',
      path: pathOf(method),
      body: { groupId, participantChatId: chatId },
      reply: { [flag]: true },
    }),
  ),
  {
    name: 'updateGroupName',
    call: (client) => client.updateGroupName({ groupId, groupName: 'Team 2' }),
    verb: 'POST',
    path: pathOf('updateGroupName'),
    body: { groupId, groupName: 'Team 2' },
    reply: { updateGroupName: true },
  },
  {
    name: 'leaveGroup',
    call: (client) => client.leaveGroup({ groupId }),
    verb: 'POST',
    path: pathOf('leaveGroup'),
    body: { groupId },
    reply: { leaveGroup: true },
  },
  {
    name: 'call() for any other method',
    call: (client) => client.call('getInstanceSomething', { verb: 'GET' }),
    verb: 'GET',
    path: pathOf('getInstanceSomething'),
    reply: { ok: 1 },
  },
];

describe('SdkwaClient request shapes', () => {
  it.each(cases)('$name: $verb $path', async (testCase) => {
    const { raw } = createTestMessenger();
    let scope = api();
    const interceptor =
      testCase.verb === 'GET'
        ? scope.get(testCase.path)
        : testCase.verb === 'DELETE'
          ? scope.delete(testCase.path)
          : scope.post(testCase.path, (body: unknown) => {
              expect(body).toEqual(testCase.body);
              return true;
            });
    scope = (testCase.query === undefined ? interceptor : interceptor.query(testCase.query)).reply(
      200,
      typeof testCase.reply === 'string' ? testCase.reply : JSON.stringify(testCase.reply),
      { 'content-type': 'application/json' },
    );
    const result = await testCase.call(raw);
    expect(result).toEqual(testCase.expected === undefined ? testCase.reply : testCase.expected);
    expect(scope.isDone()).toBe(true);
  });

  it('sends on the telegram path for a Telegram instance', async () => {
    const scope = api()
      .get(pathOf('getStateInstance', 'telegram'))
      .reply(200, { stateInstance: 'authorized' });
    const { raw } = createTestMessenger({ network: 'telegram' });
    await raw.getStateInstance();
    expect(scope.isDone()).toBe(true);
  });

  it('never puts the token in the path', async () => {
    const scope = api()
      .get((path) => !path.includes('1f2485e8'))
      .reply(200, { isReboot: true });
    await createTestMessenger().raw.reboot();
    expect(scope.isDone()).toBe(true);
  });
});

describe('SdkwaClient uploads and downloads', () => {
  const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]);

  it('sendFileByUpload sends multipart chatId, file (named) and fileName', async () => {
    let captured: unknown;
    const scope = api()
      .post(pathOf('sendFileByUpload'), (body: unknown) => {
        captured = body;
        return true;
      })
      .matchHeader('content-type', /^multipart\/form-data; boundary=/)
      .reply(200, { idMessage });
    const answer = await createTestMessenger().raw.sendFileByUpload({
      chatId,
      caption: 'zip',
      file: { data: bytes, fileName: 'temp.zip', mimeType: 'application/zip' },
    });
    expect(answer).toEqual({ idMessage });
    expect(scope.isDone()).toBe(true);
    const parts = multipartParts(captured);
    expect(parts.chatId?.value).toBe(chatId);
    expect(parts.fileName?.value).toBe('temp.zip');
    expect(parts.caption?.value).toBe('zip');
    expect(parts.file).toMatchObject({ fileName: 'temp.zip', type: 'application/zip' });
  });

  it('uploadFile sends multipart by default and raw bytes with encoding: binary', async () => {
    let multipart: unknown;
    const first = api()
      .post(pathOf('uploadFile'), (body: unknown) => {
        multipart = body;
        return true;
      })
      .matchHeader('content-type', /^multipart\/form-data/)
      .reply(200, { urlFile: 'https://sdkwa.pro/1101000001/a.jpeg' });
    const second = api()
      .post(pathOf('uploadFile'))
      .matchHeader('content-type', 'image/jpeg')
      .reply(200, { urlFile: 'https://sdkwa.pro/1101000001/b.jpeg' });
    const { raw } = createTestMessenger();
    const file = { data: bytes, fileName: 'a.jpg', mimeType: 'image/jpeg' };
    expect((await raw.uploadFile(file)).urlFile).toBe('https://sdkwa.pro/1101000001/a.jpeg');
    expect((await raw.uploadFile(file, { encoding: 'binary' })).urlFile).toBe(
      'https://sdkwa.pro/1101000001/b.jpeg',
    );
    expect(first.isDone() && second.isDone()).toBe(true);
    expect(multipartParts(multipart).file?.fileName).toBe('a.jpg');
  });

  it('setProfilePicture and setGroupPicture send multipart', async () => {
    const bodies: unknown[] = [];
    const capture = (body: unknown) => {
      bodies.push(body);
      return true;
    };
    const scope = api()
      .post(pathOf('setProfilePicture'), capture)
      .reply(200, { setProfilePicture: true, urlAvatar: 'https://sdkwa.pro/a.jpg', reason: '' })
      .post(pathOf('setGroupPicture'), capture)
      .reply(200, { setGroupPicture: true, urlAvatar: 'https://sdkwa.pro/g.jpg', reason: '' });
    const { raw } = createTestMessenger();
    const file = { data: bytes, fileName: 'logo.jpg', mimeType: 'image/jpeg' };
    await raw.setProfilePicture(file);
    await raw.setGroupPicture({ groupId, file });
    expect(scope.isDone()).toBe(true);
    expect(multipartParts(bodies[0]).file?.fileName).toBe('logo.jpg');
    expect(multipartParts(bodies[1]).groupId?.value).toBe(groupId);
  });

  it('downloadFile: POST {chatId} (OpenAPI) or GET without a body (Postman), binary answers', async () => {
    const scope = api()
      .post(pathOf(`downloadFile/${idMessage}`), { chatId })
      .reply(200, Buffer.from(bytes), { 'content-type': 'application/octet-stream' })
      .get(pathOf(`downloadFile/${idMessage}`))
      .reply(200, Buffer.from(bytes), { 'content-type': 'application/octet-stream' });
    const { raw } = createTestMessenger();
    expect(await raw.downloadFile({ idMessage, chatId })).toEqual(bytes);
    expect(await raw.downloadFile({ idMessage })).toEqual(bytes);
    expect(scope.isDone()).toBe(true);
  });
});
