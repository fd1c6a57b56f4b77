import { isMessengerError, UnsupportedError } from '@switchboard/core';
import { whatsgateFixtures as fixtures } from '@switchboard/testing';
import { describe, expect, it } from 'vitest';
import { expectCommand, testAccount, useNock, whatsappId } from './nock-setup.js';

useNock();

const messenger = testAccount().messenger(whatsappId);
const syncReply = (to: string) => ({
  result: { ...fixtures.syncSendResponse.result, id: `true_${to}_3DB0F5D953FBA2806CB5`, to },
});

describe('sending', () => {
  it('sendText to a phone posts a sync text send by number and returns the long id', async () => {
    expectCommand(
      'send',
      {
        WhatsappID: whatsappId,
        async: false,
        recipient: { number: '79991112233' },
        message: { type: 'text', body: 'Hello' },
      },
      syncReply('79991112233@c.us'),
    );
    const sent = await messenger.sendText({ phone: '+7 999 111-22-33' }, 'Hello');
    expect(sent.messageId).toBe('true_79991112233@c.us_3DB0F5D953FBA2806CB5');
    expect(sent.chatId).toBe('79991112233@c.us');
  });

  it('a group number (chat id without @, isGroup) is sent with type: group; a chat id as id', async () => {
    expectCommand(
      'send',
      {
        WhatsappID: whatsappId,
        async: false,
        recipient: { number: '120363023014360921', type: 'group' },
        message: { type: 'text', body: 'Team' },
      },
      syncReply('120363023014360921@g.us'),
    );
    await messenger.sendText({ chatId: '120363023014360921', isGroup: true }, 'Team');
    expectCommand(
      'send',
      {
        WhatsappID: whatsappId,
        async: false,
        recipient: { id: '120363023014360921@g.us' },
        message: { type: 'text', body: 'Hi' },
      },
      syncReply('120363023014360921@g.us'),
    );
    await messenger.sendText('120363023014360921@g.us', 'Hi');
  });

  it('providerOptions.whatsgate.async queues the send and says it is pending, without an id', async () => {
    expectCommand('send', fixtures.sendTextByNumberAsync, fixtures.asyncSendResponse);
    const sent = await messenger.sendText({ phone: '79991112233' }, 'Hello', {
      providerOptions: { whatsgate: { async: true } },
    });
    expect(sent).toEqual({ status: 'pending', chatId: '79991112233@c.us', raw: { result: 'OK' } });
  });

  it('a sync file send is accepted with the media key Whatsgate returns', async () => {
    expectCommand(
      'send',
      {
        WhatsappID: whatsappId,
        async: false,
        recipient: { id: '79991112233@c.us' },
        message: {
          type: 'image',
          body: 'caption',
          media: { mimetype: 'image/png', data: 'iVBORw0K', filename: 'a.png' },
        },
      },
      fixtures.syncSendImageResponse,
    );
    const png = Uint8Array.from(atob('iVBORw0K'), (character) => character.charCodeAt(0));
    const sent = await messenger.sendMedia(
      '79991112233@c.us',
      { data: png, fileName: 'a.png' },
      { caption: 'caption' },
    );
    expect(sent).toEqual({
      status: 'accepted',
      messageId: fixtures.syncSendImageResponse.result.id,
      chatId: '79991112233@c.us',
      mediaKey: fixtures.syncSendImageResponse.result.mediaKey,
      raw: fixtures.syncSendImageResponse,
    });
  });

  it('sendMedia with bytes: base64 data, mimetype and filename, caption as body, replyTo as quote', async () => {
    expectCommand('send', fixtures.sendDocumentReplyToGroupSync, syncReply('120363023014360921@g.us'));
    const pdf = Uint8Array.from(atob('JVBERi0xLjQK'), (character) => character.charCodeAt(0));
    await messenger.sendMedia(
      '120363023014360921@g.us',
      { data: pdf, fileName: 'invoice.pdf' },
      { caption: 'Invoice', replyTo: 'false_79991112233@c.us_3EB0436AE1E682FF3A37' },
    );
  });

  it('an image Blob is sent as type image; providerOptions.whatsgate.type overrides', async () => {
    const blob = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' });
    const media = { mimetype: 'image/jpeg', data: '/9j/', filename: 'photo.jpg' };
    expectCommand(
      'send',
      {
        WhatsappID: whatsappId,
        async: false,
        recipient: { id: '1@c.us' },
        message: { type: 'image', media },
      },
      syncReply('1@c.us'),
    );
    await messenger.sendMedia('1@c.us', { data: blob, fileName: 'photo.jpg' });
    expectCommand(
      'send',
      { WhatsappID: whatsappId, async: false, recipient: { id: '1@c.us' }, message: { type: 'doc', media } },
      syncReply('1@c.us'),
    );
    await messenger.sendMedia(
      '1@c.us',
      { data: blob, fileName: 'photo.jpg' },
      { providerOptions: { whatsgate: { type: 'doc' } } },
    );
  });

  it('typingMilliseconds shows typing first', async () => {
    expectCommand('typing', { WhatsappID: whatsappId, recipient: { id: '1@c.us' } }, fixtures.okResponse);
    expectCommand(
      'send',
      {
        WhatsappID: whatsappId,
        async: false,
        recipient: { id: '1@c.us' },
        message: { type: 'text', body: 'Hi' },
      },
      syncReply('1@c.us'),
    );
    await messenger.send({
      recipient: { chatId: '1@c.us' },
      message: { type: 'text', text: 'Hi' },
      typingMilliseconds: 1,
    });
  });

  it('sendTyping posts typing; recording is unsupported', async () => {
    expectCommand(
      'typing',
      { WhatsappID: whatsappId, recipient: { number: '79991112233' } },
      fixtures.okResponse,
    );
    await messenger.sendTyping({ phone: '79991112233' });
    await expect(messenger.sendTyping('1@c.us', { kind: 'recording' })).rejects.toMatchObject({
      code: 'unsupported',
    });
  });

  it('what Whatsgate cannot send rejects with UnsupportedError and sends nothing', async () => {
    const byUrl = messenger.sendMedia('1@c.us', { url: 'https://example.com/a.jpg', fileName: 'a.jpg' });
    await expect(byUrl).rejects.toBeInstanceOf(UnsupportedError);
    await expect(messenger.sendLocation('1@c.us', { latitude: 1, longitude: 2 })).rejects.toBeInstanceOf(
      UnsupportedError,
    );
    await expect(messenger.sendContact('1@c.us', { phone: '79991112233' })).rejects.toBeInstanceOf(
      UnsupportedError,
    );
    await expect(
      messenger.sendPoll('1@c.us', { question: 'Q?', options: ['a', 'b'] }),
    ).rejects.toBeInstanceOf(UnsupportedError);
  });

  it('an unknown providerOptions.whatsgate field is an invalid-request naming it', async () => {
    const error = await messenger
      .sendText('1@c.us', 'Hi', { providerOptions: { whatsgate: { asynch: true } } })
      .catch((caught: unknown) => caught);
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
    expect((error as Error).message).toContain('asynch is not a known option');
  });
});
