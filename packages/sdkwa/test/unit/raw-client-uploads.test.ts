import { describe, expect, it } from 'vitest';
import { api, createTestMessenger, multipartParts, pathOf, useNock } from '../support/nock-helpers.js';
import { chatId, groupId, idMessage } from '../support/raw-client-cases.js';

useNock();

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
