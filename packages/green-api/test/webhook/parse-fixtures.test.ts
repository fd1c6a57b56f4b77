import type { MessengerEvent } from '@switchboard/core';
import { mapHistoryMessage } from '@switchboard/green-api-protocol';
import { greenApiFixtures } from '@switchboard/testing';
import { describe, expect, it } from 'vitest';
import { parseGreenApiNotification, parseGreenApiWebhook } from '../../src/webhook.js';

type FixtureName = keyof typeof greenApiFixtures;

const jane = { id: '79001234567@c.us', name: 'Jane Doe', phone: '79001234567' };
const whatsappChat = { id: '79001234567@c.us', type: 'private', name: 'Jane' };
const base = { provider: 'green-api', network: 'whatsapp', instanceId: '7103000000' };

/** What each notification fixture must become. */
const expectations: Partial<Record<FixtureName, Record<string, unknown>>> = {
  incomingTextMessage: {
    ...base,
    type: 'message-received',
    id: 'green-api:7103000000:incomingMessageReceived:F7AEC1B7086ECDC7E6E45923F5EDB825',
    timestamp: 1588091580000,
    chat: whatsappChat,
    message: {
      id: 'F7AEC1B7086ECDC7E6E45923F5EDB825',
      sender: jane,
      content: { type: 'text', text: 'I use Green-API to get this message from you!' },
    },
  },
  incomingGroupTextMessage: {
    type: 'message-received',
    chat: { id: '120363043968066561@g.us', type: 'group', name: 'Team' },
    message: { sender: jane, content: { type: 'text', text: 'Hello group' } },
  },
  incomingExtendedTextMessage: {
    type: 'message-received',
    message: {
      content: {
        type: 'text',
        text: 'https://green-api.com',
        preview: { title: 'GREEN-API', description: 'WhatsApp API' },
      },
      isForwarded: false,
    },
  },
  incomingImageMessage: {
    type: 'message-received',
    message: {
      sender: { id: '79001234567@c.us', name: 'Jane' },
      content: {
        type: 'media',
        mediaType: 'image',
        caption: 'Photo',
        file: {
          url: 'https://sw-media-out.storage.yandexcloud.net/7103000000/abc.jpg',
          fileName: 'abc.jpg',
          mimeType: 'image/jpeg',
          thumbnailBase64: '/9j/4AAQSkZJRgABAQ...',
        },
      },
    },
  },
  incomingVideoMessage: { message: { content: { type: 'media', mediaType: 'video', caption: 'Video' } } },
  incomingDocumentMessage: {
    message: { content: { type: 'media', mediaType: 'document', file: { fileName: 'report.pdf' } } },
  },
  incomingAudioMessage: { message: { content: { type: 'media', mediaType: 'voice' } } },
  incomingStickerMessage: { message: { content: { type: 'media', mediaType: 'sticker' } } },
  incomingLocationMessage: {
    message: {
      content: {
        type: 'location',
        location: { latitude: 55.7539, longitude: 37.6208, name: 'Red Square', address: 'Moscow' },
      },
    },
  },
  incomingContactMessage: {
    message: { content: { type: 'contact', contacts: [{ displayName: 'Jane Doe', phone: '79001234567' }] } },
  },
  incomingContactsArrayMessage: {
    message: {
      content: {
        type: 'contact',
        contacts: [
          { displayName: 'Jane Doe', phone: '79001234567' },
          { displayName: 'John Roe', phone: '79001234567' },
        ],
      },
    },
  },
  incomingQuotedMessage: {
    type: 'message-received',
    message: {
      content: { type: 'text', text: 'reply' },
      replyTo: {
        messageId: '3EB0C767D097B7C7C030',
        senderId: '79001234567@c.us',
        content: { type: 'text', text: 'original' },
      },
    },
  },
  incomingReactionMessage: {
    type: 'reaction-received',
    messageId: '3EB0C767D097B7C7C030',
    reaction: '👍',
    sender: jane,
  },
  incomingPollMessage: {
    message: {
      content: {
        type: 'poll',
        question: 'Q?',
        options: [{ name: 'A' }, { name: 'B' }],
        multipleAnswers: false,
      },
    },
  },
  incomingPollUpdateMessage: {
    type: 'message-received',
    message: {
      content: {
        type: 'poll',
        question: 'Q?',
        pollMessageId: '3EB0C767D097B7C7C031',
        options: [{ name: 'A', voters: ['79001234567@c.us'] }],
      },
    },
  },
  incomingEditedMessage: {
    type: 'message-edited',
    messageId: '3EB0C767D097B7C7C030',
    content: { type: 'text', text: 'new text' },
    sender: jane,
  },
  incomingDeletedMessage: { type: 'message-deleted', messageId: '3EB0C767D097B7C7C030', sender: jane },
  incomingDocumentTooLarge: {
    type: 'message-received',
    message: {
      content: {
        type: 'media',
        mediaType: 'document',
        file: { fileName: 'backup.zip', mimeType: 'application/zip', isDownloadable: false },
        caption: 'Full backup',
      },
    },
  },
  incomingGroupInviteMessage: {
    message: {
      content: {
        type: 'group-invite',
        groupId: '120363043968066561@g.us',
        groupName: 'Team',
        inviteCode: 'AbCdEfGhIjKlMnOp',
        caption: 'Join us',
      },
    },
  },
  incomingUndecodableMessage: {
    type: 'message-received',
    message: { content: { type: 'unknown', providerType: 'textMessage', text: '{{SWE001}}' } },
  },
  outgoingMessageStatusDelivered: {
    ...base,
    type: 'message-status-updated',
    id: 'green-api:7103000000:outgoingMessageStatus:3EB0C767D097B7C7C030:delivered',
    messageId: '3EB0C767D097B7C7C030',
    status: 'delivered',
    chat: { id: '79001234567@c.us', type: 'private' },
  },
  outgoingMessageStatusNoAccount: { type: 'message-status-updated', status: 'no-account' },
  outgoingMessageStatusFailed: {
    type: 'message-status-updated',
    status: 'failed',
    description: 'SWE004: 1000',
  },
  stateInstanceChanged: {
    type: 'session-state-changed',
    state: 'not-authorized',
    providerState: 'notAuthorized',
    chat: { id: '', type: 'unknown' },
    timestamp: 1586700690000,
  },
  statusInstanceChanged: {
    ...base,
    type: 'session-connection-changed',
    connection: 'online',
    chat: { id: '79876543210@c.us', type: 'private' },
  },
  outgoingApiMessageMax: {
    type: 'message-sent',
    source: 'api',
    network: 'max',
    instanceId: '3100000000',
    id: 'green-api:3100000000:outgoingAPIMessageReceived:1770412005053',
    chat: { id: '20000000', type: 'private', name: 'Ivan' },
    message: {
      id: '1770412005053',
      sender: { id: '10000000', name: 'Me', phone: '79001234567' },
      content: { type: 'text', text: 'Hello' },
    },
  },
  outgoingApiMessageWhatsapp: {
    type: 'message-sent',
    source: 'api',
    message: { sender: { id: '79876543210@c.us', name: 'Me' }, content: { type: 'text', text: 'Hello' } },
  },
  outgoingMessageReceived: {
    type: 'message-sent',
    source: 'device',
    message: { content: { type: 'text', text: 'Sent from my phone' } },
  },
  incomingTelegramTextMessage: {
    type: 'message-received',
    network: 'telegram',
    instanceId: '4100000000',
    chat: { id: '20000000', type: 'private', name: 'Ivan' },
    message: {
      id: '1769676078000',
      sender: { id: '20000000', name: 'Ivan', phone: '79001234567' },
      content: { type: 'text', text: 'Hi' },
    },
  },
  incomingMaxTextMessage: {
    type: 'message-received',
    network: 'max',
    instanceId: '3100000000',
    message: { sender: { id: '20000000', phone: '79001234567' }, content: { type: 'text', text: 'Hi' } },
  },
  incomingCall: {
    type: 'call-received',
    callId: '3EB0C767D097B7C7C033',
    from: '79001234567@c.us',
    status: 'offered',
    chat: { id: '79001234567@c.us', type: 'private' },
  },
  deviceInfo: { type: 'unknown', providerType: 'deviceInfo' },
  incomingBlock: {
    type: 'unknown',
    providerType: 'incomingBlock',
    chat: { id: '79001234567@c.us', type: 'private' },
  },
  quotaExceeded: {
    type: 'quota-exceeded',
    method: 'sendMessage',
    used: 201,
    total: 200,
    description: 'Monthly quota has been exceeded',
  },
};

/** Fixtures that are not notification bodies, and the test that covers each. */
const otherFixtures: Record<string, string> = {
  receiveNotificationEnvelope: 'the envelope test below',
  receiveNotificationEmpty: 'the envelope test below',
  quotaExceededResponse: 'test/unit/errors.test.ts (466)',
  journalOutgoingEntry: 'the journal test below',
  sendFileByUploadResponse: 'test/unit/send-operations.test.ts',
  getGroupDataNotFound: 'test/unit/groups-operations.test.ts',
  emptyObjectList: 'test/unit/contacts-queue-operations.test.ts',
  partnerUnauthorized: 'test/unit/session-manager.test.ts',
};

describe('every GREEN-API fixture', () => {
  it('is covered by an expectation', () => {
    const covered = new Set([...Object.keys(expectations), ...Object.keys(otherFixtures)]);
    expect(Object.keys(greenApiFixtures).filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(Object.entries(expectations))('%s', (name, expected) => {
    const body = greenApiFixtures[name as FixtureName];
    const event = parseGreenApiNotification(body, {});
    expect(event).toMatchObject(expected);
    expect(event.raw).toBe(body);
    expect(event.id).toMatch(/^green-api:\d+:/);
  });

  it('gives a redelivered notification the same id, and different notifications different ids', async () => {
    const ids = new Set<string>();
    for (const [name] of Object.entries(expectations)) {
      const body = greenApiFixtures[name as FixtureName];
      const [first] = await parseGreenApiWebhook(JSON.stringify(body));
      const second = parseGreenApiNotification(JSON.parse(JSON.stringify(body)), { idInstance: '1' });
      expect(second.id).toBe(first?.id);
      ids.add(second.id);
    }
    expect(ids.size).toBe(Object.keys(expectations).length);
  });

  it('parses the polling envelope body and reads the journal entry', () => {
    const { receiptId, body } = greenApiFixtures.receiveNotificationEnvelope;
    expect(receiptId).toBe(1);
    expect(parseGreenApiNotification(body)).toMatchObject({ type: 'message-received' });
    expect(greenApiFixtures.receiveNotificationEmpty).toBeNull();
    expect(mapHistoryMessage(greenApiFixtures.journalOutgoingEntry)).toMatchObject({
      id: '3EB0C767D097B7C7C030',
      direction: 'outgoing',
      status: 'read',
      timestamp: 1700000000000,
      content: { type: 'text', text: 'Hello' },
    });
  });
});

describe('identities and odd payloads', () => {
  const incoming = (senderData: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    ...greenApiFixtures.incomingTextMessage,
    senderData: { ...greenApiFixtures.incomingTextMessage.senderData, ...senderData },
    ...extra,
  });
  const messageOf = (event: MessengerEvent) =>
    event.type === 'message-received' ? event.message : undefined;

  it('strips :N device suffixes and keeps @lid ids', () => {
    const suffixed = parseGreenApiNotification(
      incoming({ sender: '79001234567:3@c.us', chatId: '79001234567:3@c.us' }),
    );
    expect(suffixed.chat.id).toBe('79001234567@c.us');
    expect(messageOf(suffixed)?.sender.id).toBe('79001234567@c.us');
    const lid = parseGreenApiNotification(
      incoming({ sender: '123456789012345@lid', chatId: '123456789012345@lid' }),
    );
    expect(lid.chat).toMatchObject({ id: '123456789012345@lid', type: 'private' });
    expect(messageOf(lid)?.sender).toMatchObject({ id: '123456789012345@lid' });
    expect(messageOf(lid)?.sender.phone).toBeUndefined();
  });

  it('reads Telegram supergroups and channels', () => {
    const telegram = greenApiFixtures.incomingTelegramTextMessage;
    const group = parseGreenApiNotification({
      ...telegram,
      senderData: { ...telegram.senderData, chatId: '-1001234567890', chatType: 'supergroup' },
    });
    expect(group.chat.type).toBe('group');
    const channel = parseGreenApiNotification({
      ...telegram,
      senderData: { ...telegram.senderData, chatId: '-1009999', chatType: 'channel' },
    });
    expect(channel.chat.type).toBe('channel');
  });

  it('keeps an SWE002 download as a document without a URL; unknown message types are unknown content', () => {
    const tooLarge = parseGreenApiNotification(greenApiFixtures.incomingDocumentTooLarge);
    const content = messageOf(tooLarge)?.content;
    expect(content).toMatchObject({ type: 'media', mediaType: 'document', caption: 'Full backup' });
    expect(content?.type === 'media' ? content.file : undefined).not.toHaveProperty('url');
    const buttons = parseGreenApiNotification(
      incoming(
        {},
        {
          messageData: {
            typeMessage: 'buttonsResponseMessage',
            buttonsResponseMessage: { stanzaId: 'X', selectedButtonId: '1', selectedButtonText: 'Yes' },
          },
        },
      ),
    );
    expect(messageOf(buttons)?.content).toEqual({
      type: 'unknown',
      providerType: 'buttonsResponseMessage',
      text: 'Yes',
    });
  });

  it('never throws: garbage becomes an unknown event with raw and a reason', () => {
    for (const body of [
      null,
      42,
      'text',
      [],
      {},
      { typeWebhook: 'incomingMessageReceived' },
      { typeWebhook: 'brandNew' },
    ]) {
      const event = parseGreenApiNotification(body, { idInstance: '1101000001', network: 'telegram' });
      expect(event).toMatchObject({ type: 'unknown', network: 'telegram', instanceId: '1101000001' });
      expect(event.raw).toEqual(body);
      if (event.type === 'unknown') expect(event.reason).not.toBe('');
    }
  });

  it('maps every outgoing status and call status', () => {
    const statuses = {
      sent: 'sent',
      read: 'read',
      notInGroup: 'not-in-group',
      yellowCard: 'restricted',
    } as const;
    for (const [status, expected] of Object.entries(statuses)) {
      const event = parseGreenApiNotification({ ...greenApiFixtures.outgoingMessageStatusDelivered, status });
      expect(event).toMatchObject({ type: 'message-status-updated', status: expected });
    }
    const calls = {
      pickUp: 'accepted',
      hangUp: 'ended',
      declined: 'rejected',
      missed: 'missed',
      ringing: 'unknown',
    } as const;
    for (const [status, expected] of Object.entries(calls)) {
      expect(parseGreenApiNotification({ ...greenApiFixtures.incomingCall, status })).toMatchObject({
        status: expected,
      });
    }
  });

  it('a failed status without chatId still maps', () => {
    const { chatId: _chatId, ...withoutChat } = greenApiFixtures.outgoingMessageStatusFailed;
    expect(parseGreenApiNotification(withoutChat)).toMatchObject({
      type: 'message-status-updated',
      status: 'failed',
      chat: { id: '', type: 'unknown' },
    });
  });
});
