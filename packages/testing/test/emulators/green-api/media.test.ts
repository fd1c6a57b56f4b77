import { describe, expect, it } from 'vitest';
import { greenApiFixtures } from '../../../src/fixtures/green-api-fixtures.js';
import { useGreenApiEmulator } from '../../support/green-api-emulator-suite.js';
import { authorizedAllWebhooksOptions, call, drain, jane, shapeOf } from './green-api-test-client.js';

describe('GREEN-API emulator media host', () => {
  const { emulator, instance } = useGreenApiEmulator(authorizedAllWebhooksOptions);

  it('sends a multipart upload from the media host and serves the file', async () => {
    const whatsapp = instance(0);
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 7, 7, 7]);
    const form = new FormData();
    form.append('chatId', jane);
    form.append('caption', 'Look');
    form.append('file', new Blob([bytes], { type: 'image/jpeg' }), 'photo.jpg');
    const answer = await call(whatsapp, 'sendFileByUpload', { base: whatsapp.mediaUrl, body: form });
    expect(answer.status).toBe(200);
    expect(shapeOf(answer.json)).toEqual(shapeOf(greenApiFixtures.sendFileByUploadResponse));
    const { urlFile, idMessage } = answer.json as { urlFile: string; idMessage: string };
    expect(new Uint8Array(await (await fetch(urlFile)).arrayBuffer())).toEqual(bytes);
    await emulator.control.settle(whatsapp.idInstance);
    const [sent] = emulator.control.sentMessages(whatsapp.idInstance);
    expect(sent).toMatchObject({
      idMessage,
      method: 'sendFileByUpload',
      chatId: jane,
      body: { caption: 'Look', fileName: 'photo.jpg' },
      file: { fileName: 'photo.jpg', mimeType: 'image/jpeg', size: bytes.length, urlFile },
    });
    const echo = (await drain(whatsapp)).find((body) => body.typeWebhook === 'outgoingAPIMessageReceived');
    expect(echo?.messageData).toMatchObject({
      typeMessage: 'imageMessage',
      fileMessageData: { downloadUrl: urlFile, caption: 'Look' },
    });
  });

  it('rejects uploads without a file and answers 500 to malformed multipart', async () => {
    const whatsapp = instance(0);
    const form = new FormData();
    form.append('chatId', jane);
    const missing = await call(whatsapp, 'sendFileByUpload', { base: whatsapp.mediaUrl, body: form });
    expect(missing.status).toBe(400);
    const malformed = await call(whatsapp, 'sendFileByUpload', {
      base: whatsapp.mediaUrl,
      body: new TextEncoder().encode('--x\r\nnot a part'),
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    });
    expect(malformed.status).toBe(500);
    const api = await call(whatsapp, 'sendFileByUpload', { base: emulator.url, body: form });
    expect(api.status).toBe(404);
  });

  it('takes raw uploadFile bodies with GA-Filename and rejects empty ones', async () => {
    const max = instance(2);
    expect(max.mediaUrl).toBe(`${emulator.mediaUrl}/v3`);
    const bytes = new TextEncoder().encode('%PDF-1.4 test');
    const answer = await call(max, 'uploadFile', {
      body: bytes,
      base: max.mediaUrl,
      headers: { 'content-type': 'application/pdf', 'GA-Filename': 'invoice.pdf' },
    });
    const { urlFile } = answer.json as { urlFile: string };
    expect(urlFile).toMatch(/\/invoice\.pdf$/);
    const download = await fetch(urlFile);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(await download.text()).toBe('%PDF-1.4 test');
    const unnamed = await call(max, 'uploadFile', {
      body: bytes,
      base: max.mediaUrl,
      headers: { 'content-type': 'image/png' },
    });
    expect((unnamed.json as { urlFile: string }).urlFile).toMatch(/\.png$/);
    expect((await call(max, 'uploadFile', { body: new Uint8Array(0), base: max.mediaUrl })).status).toBe(400);
    const reuse = await call(max, 'sendFileByUrl', {
      body: { chatId: '20000000', urlFile, fileName: 'invoice.pdf' },
    });
    expect(reuse.status).toBe(200);
    await emulator.control.settle(max.idInstance);
    expect(emulator.control.sentMessages(max.idInstance)[0]?.file).toMatchObject({
      size: bytes.length,
      mimeType: 'application/pdf',
    });
    await drain(max);
  });

  it('takes Telegram and MAX uploads on their API host too, WhatsApp ones only on the media host', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4 same host');
    const headers = { 'content-type': 'application/pdf', 'GA-Filename': 'same-host.pdf' };
    for (const messenger of [instance(1), instance(2)]) {
      const uploaded = await call(messenger, 'uploadFile', { body: bytes, headers });
      expect(uploaded.status).toBe(200);
      expect((uploaded.json as { urlFile: string }).urlFile).toMatch(/\/same-host\.pdf$/);
      const form = new FormData();
      form.append('chatId', '20000000');
      form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'same-host.pdf');
      const sent = await call(messenger, 'sendFileByUpload', { body: form });
      expect(sent.status).toBe(200);
      expect(sent.json).toMatchObject({ idMessage: expect.any(String), urlFile: expect.any(String) });
      await emulator.control.settle(messenger.idInstance);
      await drain(messenger);
    }
    const whatsapp = instance(0);
    expect((await call(whatsapp, 'uploadFile', { body: bytes, headers })).status).toBe(404);
  });

  it('answers 400 to a GA-Filename header that is not valid percent-encoding', async () => {
    const whatsapp = instance(0);
    const answer = await call(whatsapp, 'uploadFile', {
      base: whatsapp.mediaUrl,
      body: new Uint8Array([1, 2, 3]),
      headers: { 'content-type': 'image/png', 'GA-Filename': '%E0%A4%A.png' },
    });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ statusCode: 400, message: expect.stringContaining('GA-Filename') });
  });

  it('answers 404 for unknown media ids', async () => {
    expect((await fetch(`${emulator.mediaUrl}/media/${'0'.repeat(24)}/x.bin`)).status).toBe(404);
  });
});
