import { describe, expect, it } from 'vitest';
import { isMessengerError } from '../../src/errors/messenger-error.js';
import { createChatContact } from '../../src/templates/chat-contact.js';
import { createChatGroup } from '../../src/templates/chat-group.js';
import { createContactCard } from '../../src/templates/contact-card.js';
import { createGroupMetadata } from '../../src/templates/group-metadata.js';
import { createGroupParticipant } from '../../src/templates/group-participant.js';
import { createLocation } from '../../src/templates/location.js';
import { createMediaFile } from '../../src/templates/media-file.js';
import { createMessage } from '../../src/templates/message.js';
import { createMessengerSettings } from '../../src/templates/messenger-settings.js';
import { createOutgoingMessage } from '../../src/templates/outgoing-message.js';
import { createPoll } from '../../src/templates/poll.js';
import { createRecipient } from '../../src/templates/recipient.js';
import { createSessionInfo } from '../../src/templates/session-info.js';

function captureError(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the factory to throw');
}

describe('templates: complete objects with defaults', () => {
  it('builds every one of the nine numbered structures', () => {
    expect(
      createOutgoingMessage({
        recipient: { phone: '+7 900 123-45-67' },
        message: { type: 'text', text: 'Hi' },
      }),
    ).toEqual({ recipient: { phone: '79001234567', isGroup: false }, message: { type: 'text', text: 'Hi' } });
    expect(createRecipient({ chatId: ' 79001234567@c.us ' })).toEqual({
      chatId: '79001234567@c.us',
      isGroup: false,
    });
    expect(createMessage({ type: 'location', location: { latitude: 1, longitude: 2 } })).toEqual({
      type: 'location',
      location: { latitude: 1, longitude: 2 },
    });
    expect(createMediaFile({ url: 'https://example.com/a.jpg', fileName: 'a.jpg' })).toEqual({
      url: 'https://example.com/a.jpg',
      fileName: 'a.jpg',
    });
    expect(createChatContact({ id: '79001234567@c.us' })).toEqual({
      id: '79001234567@c.us',
      name: '',
      isGroup: false,
      isReadOnly: false,
      unreadCount: 0,
      isPinned: false,
      isMuted: false,
      isArchived: false,
    });
    const group = createChatGroup({
      id: '1@g.us',
      metadata: { id: '1@g.us', participants: [{ id: 'a@c.us' }] },
    });
    expect(group.isGroup).toBe(true);
    expect(group.metadata?.size).toBe(1);
    expect(createGroupMetadata({ id: '-100', size: 40 })).toMatchObject({
      id: '-100',
      name: '',
      size: 40,
      participants: [],
    });
    expect(createGroupParticipant({ id: '10000000' })).toEqual({
      id: '10000000',
      isAdmin: false,
      isSuperAdmin: false,
    });
    expect(createSessionInfo({ id: 'abc' })).toEqual({ id: 'abc', name: '', state: 'unknown' });
  });

  it("keeps a session's provider state and QR value beside the neutral state", () => {
    const session = createSessionInfo({
      id: '6345454545454',
      state: 'starting',
      providerState: 'PENDING',
      qrValue: '2@Jz8vQm,eF1gH2,aB3cD4==',
      qrLink: 'https://whatsgate.ru/qr/6345454545454',
    });
    expect(session).toMatchObject({
      state: 'starting',
      providerState: 'PENDING',
      qrValue: '2@Jz8vQm,eF1gH2,aB3cD4==',
    });
    expect(() => createSessionInfo({ id: 'x', qrValue: 1 as never })).toThrow(/qrValue/);
  });

  it('accepts bytes and Blobs as media data', () => {
    expect(createMediaFile({ data: new Uint8Array([1]), fileName: 'a.bin' }).data).toBeInstanceOf(Uint8Array);
    expect(createMediaFile({ data: new Blob(['x']), fileName: 'a.txt' }).data).toBeInstanceOf(Blob);
  });

  it('defaults poll multipleAnswers and keeps contact phones as digits', () => {
    expect(createPoll({ question: 'Q?', options: ['a', 'b'] }).multipleAnswers).toBe(false);
    expect(createContactCard({ phone: 79001234567, firstName: 'Anna' }).phone).toBe('79001234567');
    expect(createLocation({ latitude: 0, longitude: 0, name: 'Zero' }).name).toBe('Zero');
    expect(createMessengerSettings({ notifications: { incomingMessages: true } }).notifications).toEqual({
      incomingMessages: true,
    });
  });
});

describe('templates: bad fields give invalid-request errors naming the field', () => {
  const cases: Array<[string, () => unknown, RegExp]> = [
    [
      'text of the wrong type',
      () => createMessage({ type: 'text', text: 42 as never }),
      /text: expected string/,
    ],
    [
      'a nested recipient field',
      () => createOutgoingMessage({ recipient: { chatId: '' }, message: { type: 'text', text: 'x' } }),
      /recipient\.chatId: chatId must not be empty/,
    ],
    [
      'both chatId and phone',
      () => createRecipient({ chatId: 'a@c.us', phone: '7900' }),
      /exactly one of chatId or phone/,
    ],
    ['a latitude out of range', () => createLocation({ latitude: 91, longitude: 0 }), /latitude/],
    [
      'a file name without extension',
      () => createMediaFile({ url: 'https://e.com/x', fileName: 'x' }),
      /fileName must end/,
    ],
    [
      'two media sources',
      () => createMediaFile({ url: 'https://e.com/x.jpg', data: new Uint8Array(), fileName: 'x.jpg' }),
      /exactly one of url, data, path or mediaKey/,
    ],
    [
      'duplicate poll options',
      () => createPoll({ question: 'Q', options: ['a', 'a'] }),
      /options must be unique/,
    ],
    ['too few poll options', () => createPoll({ question: 'Q', options: ['a'] }), /at least 2 options/],
    ['an unknown message type', () => createMessage({ type: 'sticker' } as never), /type/],
    ['an unknown extra field', () => createLocation({ latitude: 1, longitude: 1, zoom: 3 } as never), /zoom/],
    ['a bad webhook URL', () => createMessengerSettings({ webhookUrl: 'not a url' }), /webhookUrl/],
    ['a bad session state', () => createSessionInfo({ id: 'x', state: 'online' as never }), /state/],
    [
      'a participant without id',
      () => createGroupMetadata({ id: 'g', participants: [{} as never] }),
      /participants\.0\.id/,
    ],
  ];
  it.each(cases)('%s', (_name, action, pattern) => {
    const error = captureError(action);
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
    expect(error.message).toMatch(pattern);
  });
});
