import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { apiHost, messengerFor, methodPath, useNock } from '../support/nock-helpers.js';

useNock();

const networks = ['whatsapp', 'telegram', 'max'] as const;
const chatIds = { whatsapp: '79001234567@c.us', telegram: '20000000', max: '20000000' } as const;

describe.each(['whatsapp', 'telegram'] as const)('editing on %s', (network) => {
  const chatId = chatIds[network];

  it('edits with editMessage', async () => {
    const scope = apiHost(network)
      .post(methodPath(network, 'editMessage'), { chatId, idMessage: 'M1', message: 'Fixed' })
      .reply(200, { idMessage: 'M2' });
    const edited = await messengerFor(network).messages.edit({ chatId, messageId: 'M1', text: 'Fixed' });
    expect(scope.isDone()).toBe(true);
    expect(edited).toMatchObject({ messageId: 'M2', chatId });
  });

  it('deletes for everyone, or only for the account with onlySenderDelete', async () => {
    const scope = apiHost(network)
      .post(methodPath(network, 'deleteMessage'), { chatId, idMessage: 'M1' })
      .reply(200)
      .post(methodPath(network, 'deleteMessage'), { chatId, idMessage: 'M2', onlySenderDelete: true })
      .reply(200);
    const messenger = messengerFor(network);
    await messenger.messages.delete({ chatId, messageId: 'M1' });
    await messenger.messages.delete({ chatId, messageId: 'M2', forEveryone: false });
    expect(scope.isDone()).toBe(true);
  });

  it('forwards with forwardMessages', async () => {
    const scope = apiHost(network)
      .post(methodPath(network, 'forwardMessages'), {
        chatId: 'TO',
        chatIdFrom: 'FROM',
        messages: ['A', 'B'],
      })
      .reply(200, { messages: ['C', 'D'] });
    const ids = await messengerFor(network).messages.forward({
      fromChatId: 'FROM',
      toChatId: 'TO',
      messageIds: ['A', 'B'],
    });
    expect(scope.isDone()).toBe(true);
    expect(ids).toEqual(['C', 'D']);
  });
});

it('MAX cannot edit, delete or forward', async () => {
  const { messages } = messengerFor('max');
  await expect(messages.edit({ chatId: '1', messageId: '2', text: 'x' })).rejects.toMatchObject({
    code: 'unsupported',
  });
  await expect(messages.delete({ chatId: '1', messageId: '2' })).rejects.toMatchObject({
    code: 'unsupported',
  });
  await expect(messages.forward({ fromChatId: '1', toChatId: '2', messageIds: ['3'] })).rejects.toMatchObject(
    {
      code: 'unsupported',
    },
  );
});

describe.each(networks)('journals and reading on %s', (network) => {
  const chatId = chatIds[network];

  it('marks read with readChat', async () => {
    const scope = apiHost(network)
      .post(methodPath(network, 'readChat'), { chatId, idMessage: 'M1' })
      .reply(200, { setRead: true })
      .post(methodPath(network, 'readChat'), { chatId })
      .reply(200, { setRead: true });
    const messenger = messengerFor(network);
    await messenger.messages.markRead({ chatId, messageId: 'M1' });
    await messenger.messages.markRead({ chatId });
    expect(scope.isDone()).toBe(true);
  });

  it('reads history with getChatHistory and maps entries', async () => {
    const scope = apiHost(network)
      .post(methodPath(network, 'getChatHistory'), { chatId, count: 2 })
      .reply(200, [
        {
          type: 'outgoing',
          idMessage: 'OUT1',
          timestamp: 1700000001,
          typeMessage: 'extendedTextMessage',
          chatId,
          textMessage: 'Hello',
          extendedTextMessage: { text: 'Hello', description: '', title: '', previewType: 'None' },
          statusMessage: 'read',
          sendByApi: true,
        },
        {
          type: 'incoming',
          idMessage: 'IN1',
          timestamp: 1700000000,
          typeMessage: 'imageMessage',
          chatId,
          senderId: chatId,
          senderName: 'Jane',
          downloadUrl: 'https://storage.example/a.jpg',
          caption: 'Photo',
          fileName: 'a.jpg',
          mimeType: 'image/jpeg',
        },
      ]);
    const history = await messengerFor(network).messages.history({ chatId, count: 2 });
    expect(scope.isDone()).toBe(true);
    expect(history[0]).toMatchObject({
      id: 'OUT1',
      chatId,
      direction: 'outgoing',
      timestamp: 1700000001000,
      status: 'read',
      content: { type: 'text', text: 'Hello' },
    });
    expect(history[1]).toMatchObject({
      id: 'IN1',
      direction: 'incoming',
      sender: { id: chatId, name: 'Jane' },
      content: {
        type: 'media',
        mediaType: 'image',
        caption: 'Photo',
        file: { url: 'https://storage.example/a.jpg' },
      },
    });
  });

  it('gets one message with getMessage', async () => {
    const scope = apiHost(network)
      .post(methodPath(network, 'getMessage'), { chatId, idMessage: 'M1' })
      .reply(200, {
        type: 'incoming',
        idMessage: 'M1',
        timestamp: 1,
        typeMessage: 'textMessage',
        chatId,
        textMessage: 'x',
      });
    const message = await messengerFor(network).messages.get({ chatId, messageId: 'M1' });
    expect(scope.isDone()).toBe(true);
    expect(message).toMatchObject({ id: 'M1', content: { type: 'text', text: 'x' } });
  });

  it('reads the journals, {} meaning empty', async () => {
    const scope = apiHost(network)
      .get(methodPath(network, 'lastIncomingMessages'))
      .query({ minutes: '60' })
      .reply(200, {})
      .get(methodPath(network, 'lastOutgoingMessages'))
      .reply(200, [
        {
          type: 'outgoing',
          idMessage: 'O1',
          timestamp: 5,
          typeMessage: 'textMessage',
          chatId,
          textMessage: 'y',
        },
      ]);
    const messenger = messengerFor(network);
    await expect(messenger.messages.lastIncoming({ minutes: 60 })).resolves.toEqual([]);
    await expect(messenger.messages.lastOutgoing()).resolves.toMatchObject([
      { id: 'O1', direction: 'outgoing' },
    ]);
    expect(scope.isDone()).toBe(true);
  });

  it('downloads media by chat and message id through downloadFile', async () => {
    const scope = apiHost(network)
      .post(methodPath(network, 'downloadFile'), { chatId, idMessage: 'M1' })
      .reply(200, { downloadUrl: 'https://storage.example.test/files/report.pdf' });
    const storage = nock('https://storage.example.test')
      .get('/files/report.pdf')
      .reply(200, 'PDF', { 'content-type': 'application/pdf' });
    const file = await messengerFor(network).messages.downloadMedia({ chatId, messageId: 'M1' });
    expect(scope.isDone() && storage.isDone()).toBe(true);
    expect(new TextDecoder().decode(file.data)).toBe('PDF');
    expect(file).toMatchObject({ mimeType: 'application/pdf', fileName: 'report.pdf' });
  });
});

describe('downloadMedia by URL', () => {
  it('fetches the URL directly', async () => {
    const storage = nock('https://sw-media-out.storage.example')
      .get('/7103000000/abc.jpg')
      .reply(200, 'JPEG');
    const file = await messengerFor('whatsapp').messages.downloadMedia({
      url: 'https://sw-media-out.storage.example/7103000000/abc.jpg',
      mimeType: 'image/jpeg',
    });
    expect(storage.isDone()).toBe(true);
    expect(file).toMatchObject({ mimeType: 'image/jpeg', fileName: 'abc.jpg' });
    expect(new TextDecoder().decode(file.data)).toBe('JPEG');
  });

  it('maps a missing file to not-found and needs a url or ids', async () => {
    nock('https://storage.example.test').get('/gone.jpg').reply(404);
    const messenger = messengerFor('whatsapp');
    await expect(
      messenger.messages.downloadMedia({ url: 'https://storage.example.test/gone.jpg' }),
    ).rejects.toMatchObject({
      code: 'not-found',
      status: 404,
    });
    await expect(messenger.messages.downloadMedia({ mediaKey: 'k' })).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });
});
