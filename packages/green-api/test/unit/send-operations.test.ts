import { isMessengerError } from '@switchboard/core';
import { setMediaPathReader } from '@switchboard/core/adapter';
import { afterEach, describe, expect, it } from 'vitest';
import { apiHost, instances, mediaHost, messengerFor, methodPath, useNock } from '../support/nock-helpers.js';

useNock();

const networks = ['whatsapp', 'telegram', 'max'] as const;
const chatIds = { whatsapp: '79001234567@c.us', telegram: '20000000', max: '20000000' } as const;

describe.each(networks)('sending on %s', (network) => {
  const chatId = chatIds[network];

  it('sends text with linkPreview, reply, typing time and provider options', async () => {
    const scope = apiHost(network)
      .post(methodPath(network, 'sendMessage'), {
        chatId,
        message: 'https://green-api.com',
        quotedMessageId: 'Q1',
        linkPreview: false,
        typingTime: 1500,
        typePreview: 'large',
      })
      .reply(200, { idMessage: 'M1' });
    const sent = await messengerFor(network).send({
      recipient: { chatId },
      message: { type: 'text', text: 'https://green-api.com', linkPreview: false },
      replyTo: 'Q1',
      typingMilliseconds: 1500,
      providerOptions: { 'green-api': { typePreview: 'large' } },
    });
    expect(scope.isDone()).toBe(true);
    expect(sent).toEqual({ status: 'accepted', messageId: 'M1', chatId, raw: { idMessage: 'M1' } });
  });

  it('rejects provider options that would replace a contract field or are unknown, before any request', async () => {
    const messenger = messengerFor(network);
    const attempts = [
      { message: { type: 'text', text: 'Hi' }, options: { chatId: '79999999999@c.us' } },
      { message: { type: 'text', text: 'Hi' }, options: { message: 'Other text' } },
      { message: { type: 'text', text: 'Hi' }, options: { typePreview: 'huge' } },
      {
        message: { type: 'media', media: { url: 'https://example.com/a.pdf', fileName: 'a.pdf' } },
        options: { urlFile: 'https://example.com/b.exe' },
      },
      { message: { type: 'location', location: { latitude: 1, longitude: 2 } }, options: { latitude: 3 } },
    ] as const;
    for (const attempt of attempts) {
      const error = await messenger
        .send({
          recipient: { chatId },
          message: attempt.message,
          providerOptions: { 'green-api': attempt.options },
        })
        .catch((caught: unknown) => caught);
      expect(isMessengerError(error) ? error.code : error).toBe('invalid-request');
      expect(isMessengerError(error) ? error.details?.fields : undefined).toEqual([
        Object.keys(attempt.options)[0],
      ]);
    }
  });

  it('passes typingType of a file send', async () => {
    const scope = apiHost(network)
      .post(methodPath(network, 'sendFileByUrl'), {
        chatId,
        urlFile: 'https://example.com/a.ogg',
        fileName: 'a.ogg',
        typingType: 'recording',
      })
      .reply(200, { idMessage: 'F2' });
    await messengerFor(network).send({
      recipient: { chatId },
      message: { type: 'media', media: { url: 'https://example.com/a.ogg', fileName: 'a.ogg' } },
      providerOptions: { 'green-api': { typingType: 'recording' } },
    });
    expect(scope.isDone()).toBe(true);
  });

  it('sends a file by URL', async () => {
    const scope = apiHost(network)
      .post(methodPath(network, 'sendFileByUrl'), {
        chatId,
        urlFile: 'https://example.com/invoice.pdf',
        fileName: 'invoice.pdf',
        caption: 'Invoice',
      })
      .reply(200, { idMessage: 'F1' });
    const sent = await messengerFor(network).sendMedia(
      chatId,
      { url: 'https://example.com/invoice.pdf', fileName: 'invoice.pdf' },
      { caption: 'Invoice' },
    );
    expect(scope.isDone()).toBe(true);
    expect(sent.messageId).toBe('F1');
  });

  it('uploads bytes as multipart to the media host', async () => {
    let body = '';
    const scope = mediaHost(network)
      .post(methodPath(network, 'sendFileByUpload'), (received: string) => {
        body = received;
        return true;
      })
      .reply(200, { idMessage: 'U1', urlFile: 'https://storage.example/photo.jpg' });
    const sent = await messengerFor(network).sendMedia(
      chatId,
      { data: new TextEncoder().encode('IMAGE'), fileName: 'photo.jpg', mimeType: 'image/jpeg' },
      { caption: 'Look', replyTo: 'Q9', typingMilliseconds: 3000 },
    );
    expect(scope.isDone()).toBe(true);
    expect(sent).toMatchObject({ messageId: 'U1', fileUrl: 'https://storage.example/photo.jpg' });
    expect(body).toContain('filename="photo.jpg"');
    expect(body).toContain('IMAGE');
    expect(body).toMatch(/name="caption"\r\n\r\nLook/);
    expect(body).toMatch(/name="quotedMessageId"\r\n\r\nQ9/);
    expect(body).toMatch(/name="typingTime"\r\n\r\n3000/);
  });

  it('sends a location (name and address only on WhatsApp)', async () => {
    const details = network === 'whatsapp' ? { nameLocation: 'Office', address: 'Tverskaya 1' } : {};
    const scope = apiHost(network)
      .post(methodPath(network, 'sendLocation'), {
        chatId,
        latitude: 55.7558,
        longitude: 37.6173,
        ...details,
      })
      .reply(200, { idMessage: 'L1' });
    await messengerFor(network).sendLocation(chatId, {
      latitude: 55.7558,
      longitude: 37.6173,
      name: 'Office',
      address: 'Tverskaya 1',
    });
    expect(scope.isDone()).toBe(true);
  });

  it('sends a reply through quotedMessageId', async () => {
    const scope = apiHost(network)
      .post(methodPath(network, 'sendMessage'), { chatId, message: 'Agreed', quotedMessageId: 'ORIGINAL' })
      .reply(200, { idMessage: 'R1' });
    await messengerFor(network).sendText(chatId, 'Agreed', { replyTo: 'ORIGINAL' });
    expect(scope.isDone()).toBe(true);
  });

  it('refuses media keys with invalid-request', async () => {
    const error = await messengerFor(network)
      .sendMedia(chatId, { mediaKey: 'abc', fileName: 'a.jpg' })
      .catch((caught: unknown) => caught);
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
  });
});

describe('recipients given as phones', () => {
  it('WhatsApp builds <digits>@c.us without a lookup', async () => {
    const scope = apiHost('whatsapp')
      .post(methodPath('whatsapp', 'sendMessage'), { chatId: '79001234567@c.us', message: 'Hi' })
      .reply(200, { idMessage: 'M1' });
    const sent = await messengerFor('whatsapp').sendText({ phone: '+7 900 123-45-67' }, 'Hi');
    expect(scope.isDone()).toBe(true);
    expect(sent.chatId).toBe('79001234567@c.us');
  });

  it('WhatsApp builds <digits>@g.us from a group number of 18 digits, kept as text', async () => {
    const scope = apiHost('whatsapp')
      .post(methodPath('whatsapp', 'sendMessage'), { chatId: '120363043968066561@g.us', message: 'Hi all' })
      .reply(200, { idMessage: 'M2' });
    const sent = await messengerFor('whatsapp').sendText(
      { phone: '120363043968066561', isGroup: true },
      'Hi all',
    );
    expect(scope.isDone()).toBe(true);
    expect(sent.chatId).toBe('120363043968066561@g.us');
  });

  it.each(['telegram', 'max'] as const)('%s resolves the phone with checkAccount', async (network) => {
    const scope = apiHost(network)
      .post(methodPath(network, 'checkAccount'), { phoneNumber: 79001234567 })
      .reply(200, { exist: true, chatId: '20000000' })
      .post(methodPath(network, 'sendMessage'), { chatId: '20000000', message: 'Hi' })
      .reply(200, { idMessage: '1769676078000' });
    const sent = await messengerFor(network).sendText({ phone: '79001234567' }, 'Hi');
    expect(scope.isDone()).toBe(true);
    expect(sent).toMatchObject({ chatId: '20000000', messageId: '1769676078000' });
  });

  it('a phone without a Telegram account rejects with not-found', async () => {
    apiHost('telegram').post(methodPath('telegram', 'checkAccount')).reply(200, { exist: false });
    const error = await messengerFor('telegram')
      .sendText({ phone: '79001234567' }, 'Hi')
      .catch((caught: unknown) => caught);
    expect(isMessengerError(error, 'not-found')).toBe(true);
  });
});

describe('contacts per network', () => {
  it('WhatsApp sends phoneContact as an integer with names', async () => {
    const scope = apiHost('whatsapp')
      .post(methodPath('whatsapp', 'sendContact'), {
        chatId: '79001234567@c.us',
        contact: { phoneContact: 79002223344, firstName: 'Anna', lastName: 'Petrova', company: 'Shop' },
      })
      .reply(200, { idMessage: 'C1' });
    await messengerFor('whatsapp').sendContact('79001234567@c.us', {
      phone: '+7 900 222-33-44',
      firstName: 'Anna',
      lastName: 'Petrova',
      company: 'Shop',
    });
    expect(scope.isDone()).toBe(true);
  });

  it('Telegram requires firstName and falls back to the display name', async () => {
    const scope = apiHost('telegram')
      .post(methodPath('telegram', 'sendContact'), {
        chatId: '20000000',
        contact: { phoneContact: 79002223344, firstName: 'Anna P.' },
      })
      .reply(200, { idMessage: 'C2' });
    await messengerFor('telegram').sendContact('20000000', { phone: '79002223344', displayName: 'Anna P.' });
    expect(scope.isDone()).toBe(true);
  });

  it('MAX sends the chatId of a MAX user, resolving a phone first', async () => {
    const scope = apiHost('max')
      .post(methodPath('max', 'checkAccount'), { phoneNumber: 79002223344 })
      .reply(200, { exist: true, chatId: '30000000' })
      .post(methodPath('max', 'sendContact'), { chatId: '20000000', contact: { chatId: '30000000' } })
      .reply(200, { idMessage: 'C3' });
    await messengerFor('max').sendContact('20000000', { phone: '79002223344' });
    expect(scope.isDone()).toBe(true);
  });

  it('MAX uses a given chatId directly', async () => {
    const scope = apiHost('max')
      .post(methodPath('max', 'sendContact'), { chatId: '20000000', contact: { chatId: '30000000' } })
      .reply(200, { idMessage: 'C4' });
    await messengerFor('max').sendContact('20000000', { chatId: '30000000' });
    expect(scope.isDone()).toBe(true);
  });
});

describe('polls and typing', () => {
  it.each(['whatsapp', 'telegram'] as const)('%s sends polls', async (network) => {
    const chatId = chatIds[network];
    const scope = apiHost(network)
      .post(methodPath(network, 'sendPoll'), {
        chatId,
        message: 'Lunch?',
        options: [{ optionName: 'Pizza' }, { optionName: 'Sushi' }],
        multipleAnswers: true,
      })
      .reply(200, { idMessage: 'P1' });
    await messengerFor(network).sendPoll(chatId, {
      question: 'Lunch?',
      options: ['Pizza', 'Sushi'],
      multipleAnswers: true,
    });
    expect(scope.isDone()).toBe(true);
  });

  it.each(['whatsapp', 'telegram'] as const)(
    '%s sends typing with typingTime and recording',
    async (network) => {
      const chatId = chatIds[network];
      const scope = apiHost(network)
        .post(methodPath(network, 'sendTyping'), { chatId, typingTime: 3000, typingType: 'recording' })
        .reply(200);
      await messengerFor(network).sendTyping(chatId, { durationMilliseconds: 3000, kind: 'recording' });
      expect(scope.isDone()).toBe(true);
    },
  );

  it('a typing time before a location is shown with sendTyping first', async () => {
    const chatId = chatIds.whatsapp;
    const scope = apiHost('whatsapp')
      .post(methodPath('whatsapp', 'sendTyping'), { chatId, typingTime: 1000 })
      .reply(200)
      .post(methodPath('whatsapp', 'sendLocation'), { chatId, latitude: 1, longitude: 2 })
      .reply(200, { idMessage: 'L2' });
    await messengerFor('whatsapp').sendLocation(
      chatId,
      { latitude: 1, longitude: 2 },
      { typingMilliseconds: 200 },
    );
    expect(scope.isDone()).toBe(true);
  });

  it('MAX has no polls and no typing', async () => {
    const messenger = messengerFor('max');
    await expect(messenger.sendPoll('1', { question: 'Q', options: ['a', 'b'] })).rejects.toMatchObject({
      code: 'unsupported',
    });
    await expect(messenger.sendTyping('1')).rejects.toMatchObject({ code: 'unsupported' });
  });
});

describe('uploads from a path', () => {
  afterEach(() => setMediaPathReader(undefined));

  it('reads the path through core and uploads the bytes', async () => {
    setMediaPathReader(async (path) => new TextEncoder().encode(`contents of ${path}`));
    const scope = mediaHost('whatsapp')
      .post(methodPath('whatsapp', 'sendFileByUpload'), (body: string) =>
        body.includes('contents of ./a.pdf'),
      )
      .reply(200, { idMessage: 'U2' });
    await messengerFor('whatsapp').sendMedia('79001234567@c.us', { path: './a.pdf', fileName: 'a.pdf' });
    expect(scope.isDone()).toBe(true);
  });

  it('uses a configured mediaUrl for uploads', async () => {
    const scope = mediaHost('telegram')
      .post(methodPath('telegram', 'sendFileByUpload'))
      .reply(200, { idMessage: 'U3' });
    await messengerFor('telegram', {
      apiUrl: instances.telegram.apiUrl,
      mediaUrl: instances.telegram.mediaUrl,
    }).sendMedia('1', { data: new Uint8Array([1]), fileName: 'a.bin' });
    expect(scope.isDone()).toBe(true);
  });
});
