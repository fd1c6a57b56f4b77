import { describe, expect, it } from 'vitest';
import { apiHost, mediaHost, messengerFor, methodPath, useNock } from '../support/nock-helpers.js';
import { chatId } from '../support/raw-client-cases.js';

useNock();

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
