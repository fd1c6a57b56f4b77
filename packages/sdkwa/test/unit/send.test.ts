import { isMessengerError } from '@switchboard/core';
import { describe, expect, it } from 'vitest';
import { api, createTestMessenger, multipartParts, pathOf, useNock } from '../support/nock-helpers.js';

useNock();

const chatId = '790012345673442@c.us';
const idMessage = '3EB0C767D097B7C7C030';

describe('messenger sending', () => {
  it('sendText posts sendMessage to the phone chat (seed example 2)', async () => {
    const scope = api().post(pathOf('sendMessage'), { chatId, message: 'Hello' }).reply(200, { idMessage });
    const sent = await createTestMessenger().sendText({ phone: 790012345673442 }, 'Hello');
    expect(sent).toEqual({ status: 'accepted', messageId: idMessage, chatId, raw: { idMessage } });
    expect(scope.isDone()).toBe(true);
  });

  it('replies quote with quotedMessageId and providerOptions.sdkwa are merged', async () => {
    const scope = api()
      .post(pathOf('sendMessage'), {
        chatId: '79001234567@c.us',
        message: 'Agreed',
        quotedMessageId: 'ABC',
        archiveChat: true,
      })
      .reply(200, { idMessage });
    await createTestMessenger().sendText('79001234567@c.us', 'Agreed', {
      replyTo: 'ABC',
      providerOptions: { sdkwa: { archiveChat: true }, 'green-api': { ignored: true } },
    });
    expect(scope.isDone()).toBe(true);
  });

  it('rejects provider options that would replace a contract field or are unknown, before any request', async () => {
    const messenger = createTestMessenger();
    const attempts = [
      { message: { type: 'text', text: 'Hi' }, options: { chatId: '79999999999@c.us' } },
      { message: { type: 'text', text: 'Hi' }, options: { archiveChat: 'yes' } },
      {
        message: { type: 'media', media: { url: 'https://example.com/a.pdf', fileName: 'a.pdf' } },
        options: { urlFile: 'https://example.com/b.exe' },
      },
      {
        message: { type: 'location', location: { latitude: 1, longitude: 2 } },
        options: { archiveChat: true },
      },
    ] as const;
    for (const attempt of attempts) {
      const error = await messenger
        .send({
          recipient: { chatId: '79001234567@c.us' },
          message: attempt.message,
          providerOptions: { sdkwa: attempt.options },
        })
        .catch((caught: unknown) => caught);
      expect(isMessengerError(error) ? error.code : error).toBe('invalid-request');
      expect(isMessengerError(error) ? error.details?.fields : undefined).toEqual([
        Object.keys(attempt.options)[0],
      ]);
    }
  });

  it('a group recipient by number becomes …@g.us; Telegram phones stay digits', async () => {
    const scope = api()
      .post(pathOf('sendMessage'), { chatId: '790012345671581@g.us', message: 'Hi all' })
      .reply(200, { idMessage })
      .post(pathOf('sendMessage', 'telegram'), { chatId: '79001234567', message: 'Hi' })
      .reply(200, { idMessage });
    await createTestMessenger().send({
      recipient: { phone: '790012345671581', isGroup: true },
      message: { type: 'text', text: 'Hi all' },
    });
    await createTestMessenger({ network: 'telegram' }).sendText({ phone: '+7 900 123-45-67' }, 'Hi');
    expect(scope.isDone()).toBe(true);
  });

  it('sendMedia by URL posts sendFileByUrl (seed example 3)', async () => {
    const urlFile = 'https://cdn-icons-png.flaticon.com/512/124/124034.png';
    const scope = api()
      .post(pathOf('sendFileByUrl'), { chatId, urlFile, fileName: 'wa.png', caption: 'wa' })
      .reply(200, { idMessage });
    await createTestMessenger().sendMedia(
      { phone: '790012345673442' },
      { url: urlFile, fileName: 'wa.png' },
      { caption: 'wa' },
    );
    expect(scope.isDone()).toBe(true);
  });

  it('sendMedia with bytes uploads multipart with a guessed MIME type (seed example 4)', async () => {
    let captured: unknown;
    const scope = api()
      .post(pathOf('sendFileByUpload'), (body: unknown) => {
        captured = body;
        return true;
      })
      .reply(200, { idMessage });
    await createTestMessenger().sendMedia(chatId, {
      data: new Uint8Array([80, 75, 3, 4]),
      fileName: 'temp.zip',
    });
    expect(scope.isDone()).toBe(true);
    const parts = multipartParts(captured);
    expect(parts.file).toMatchObject({
      fileName: 'temp.zip',
      type: 'application/zip',
      value: 'PK\u0003\u0004',
    });
    expect(parts.chatId?.value).toBe(chatId);
  });

  it('sendLocation maps name/address to nameLocation/address (seed example 5)', async () => {
    const scope = api()
      .post(pathOf('sendLocation'), {
        chatId,
        latitude: 55.74093,
        longitude: 37.620508,
        nameLocation: "I'm here",
        address: 'Tretyakovskaya Galereya',
      })
      .reply(200, { idMessage });
    await createTestMessenger().sendLocation(chatId, {
      latitude: 55.74093,
      longitude: 37.620508,
      name: "I'm here",
      address: 'Tretyakovskaya Galereya',
    });
    expect(scope.isDone()).toBe(true);
  });

  it('sendContact sends phoneContact as an integer with every name (seed example 6)', async () => {
    const scope = api()
      .post(pathOf('sendContact'), {
        chatId: '7900123456858@c.us',
        contact: {
          phoneContact: 7900123456859,
          firstName: 'First name',
          middleName: 'Middle name',
          lastName: 'Last name',
          company: 'Company',
        },
      })
      .reply(200, { idMessage });
    await createTestMessenger().sendContact(
      { phone: 7900123456858 },
      {
        phone: '7900123456859',
        firstName: 'First name',
        middleName: 'Middle name',
        lastName: 'Last name',
        company: 'Company',
      },
    );
    expect(scope.isDone()).toBe(true);
  });

  it('a contact without any name is refused before a request; a displayName is sent as firstName', async () => {
    const scope = api()
      .post(pathOf('sendContact'), { chatId, contact: { phoneContact: 79001234567, firstName: 'Anna P.' } })
      .reply(200, { idMessage });
    const messenger = createTestMessenger();
    const refused = await messenger
      .sendContact(chatId, { phone: '79001234567' })
      .catch((error: unknown) => error);
    expect(isMessengerError(refused, 'invalid-request')).toBe(true);
    await messenger.sendContact(chatId, { phone: '79001234567', displayName: 'Anna P.' });
    expect(scope.isDone()).toBe(true);
  });

  it('polls, typing and media keys are refused', async () => {
    const messenger = createTestMessenger();
    await expect(messenger.sendPoll(chatId, { question: 'Q?', options: ['a', 'b'] })).rejects.toMatchObject({
      code: 'unsupported',
    });
    await expect(messenger.sendTyping(chatId)).rejects.toMatchObject({ code: 'unsupported' });
    await expect(messenger.sendMedia(chatId, { mediaKey: 'k', fileName: 'a.jpg' })).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });
});
