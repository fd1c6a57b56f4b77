import { describe, expect, it } from 'vitest';
import {
  startWhatsgateEmulator,
  type WhatsgateIncomingMessageInput,
} from '../../../src/emulators/whatsgate/index.js';
import { whatsgateFixtures } from '../../../src/fixtures/whatsgate-fixtures.js';
import { useStartedResource } from '../../support/suite-value.js';
import { callWhatsgate, eventMessage, fastTimings } from './whatsgate-test-helpers.js';

describe('Whatsgate emulator: incoming content, acks, errors, disconnects', () => {
  const whatsappId = '191b80a9238';

  const emulator = useStartedResource(() =>
    startWhatsgateEmulator({
      ...fastTimings,
      automaticAcks: [],
      sessions: [{ name: 'Inbox', whatsappId, number: '79999999999' }],
    }),
  );

  it('delivers text as a message event shaped like the reference sample', () => {
    const message = emulator.control.injectIncomingMessage(whatsappId, {
      kind: 'text',
      from: '79991112233',
      body: '212',
      shortId: '3EB0436AE1E682FF3A37',
      timestamp: 1662575377,
    });
    const expected = whatsgateFixtures.incomingTextWebhook.event_data.message;
    expect(message).toEqual({
      ...expected,
      id: 'false_79991112233@c.us_3EB0436AE1E682FF3A37',
      from: '79991112233@c.us',
      to: '79999999999@c.us',
    });
    const [event] = emulator.control.events({ action: 'message' }).slice(-1);
    expect(Object.keys(event ?? {})).toEqual(Object.keys(whatsgateFixtures.incomingTextWebhook));
    expect(event?.event_date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it.each([
    ['image', 'image', 'image/jpeg', 'image.jpg'],
    ['video', 'video', 'video/mp4', 'video.mp4'],
    ['audio', 'audio', 'audio/mpeg', 'audio.mp3'],
    ['voice', 'ptt', 'audio/ogg; codecs=opus', 'voice.ogg'],
    ['document', 'document', 'application/pdf', 'document.pdf'],
    ['sticker', 'sticker', 'image/webp', 'sticker.webp'],
  ] as const)(
    'delivers %s media with a media key clients can fetch',
    async (kind, type, mimetype, filename) => {
      const bytes = Buffer.from(`${kind}-bytes`);
      const message = emulator.control.injectIncomingMessage(whatsappId, {
        kind,
        from: '79991112233',
        caption: `${kind} caption`,
        media: { data: bytes.toString('base64') },
      });
      expect(message).toMatchObject({ type, hasMedia: true, body: `${kind} caption`, ack: 1 });
      expect(message.mediaKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
      const [messageEvent, mediaEvent] = emulator.control.events({ whatsappId }).slice(-2);
      expect(messageEvent?.event_action).toBe('message');
      expect(mediaEvent?.event_action).toBe('media');
      expect(eventMessage(mediaEvent).id).toBe(message.id);
      const expectedMedia = { mimetype, filename, data: bytes.toString('base64'), filesize: bytes.length };
      const byKey = await callWhatsgate(emulator, 'get-media', {
        WhatsappID: whatsappId,
        mediaKey: message.mediaKey,
      });
      expect(byKey.body).toEqual({ result: 'OK', media: expectedMedia });
      const byId = await callWhatsgate(emulator, 'get-messagemedia', {
        WhatsappID: whatsappId,
        MessageID: message.id,
      });
      expect(byId.body).toEqual({ result: 'OK', media: expectedMedia });
      const download = await fetch(
        `${emulator.url}/media/${whatsappId}/${encodeURIComponent(message.mediaKey)}`,
      );
      expect(download.headers.get('content-type')).toBe(mimetype);
      expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
    },
  );

  it('delivers location, contact, contacts, replies, forwards and group messages', () => {
    const inputs: WhatsgateIncomingMessageInput[] = [
      {
        kind: 'location',
        from: '79991112233',
        latitude: 55.7558,
        longitude: 37.6173,
        description: 'Red Square',
      },
      { kind: 'contact', from: '79991112233', vcard: 'BEGIN:VCARD\nFN:Ivan\nEND:VCARD' },
      {
        kind: 'contacts',
        from: '79991112233',
        vcards: ['BEGIN:VCARD\nFN:A\nEND:VCARD', 'BEGIN:VCARD\nFN:B\nEND:VCARD'],
      },
      {
        kind: 'text',
        from: '79991112233',
        body: 'reply',
        quote: 'true_79991112233@c.us_3EB0F5D953FBA2806CB5',
      },
      { kind: 'text', from: '79991112233', body: 'fwd', isForwarded: true },
      { kind: 'text', from: '120363023014360921@g.us', author: '79991112233', body: 'in group' },
    ];
    const [location, contact, contacts, reply, forwarded, group] = inputs.map((input) =>
      emulator.control.injectIncomingMessage(whatsappId, input),
    );
    expect(location).toMatchObject({
      type: 'location',
      body: 'Red Square',
      location: { latitude: 55.7558, longitude: 37.6173, description: 'Red Square' },
    });
    expect(contact).toMatchObject({ type: 'vcard', vCards: ['BEGIN:VCARD\nFN:Ivan\nEND:VCARD'] });
    expect(contacts).toMatchObject({
      type: 'multi_vcard',
      vCards: expect.arrayContaining([expect.stringContaining('FN:B')]),
    });
    expect(reply).toMatchObject({
      hasQuotedMsg: true,
      quotedMsgId: 'true_79991112233@c.us_3EB0F5D953FBA2806CB5',
    });
    expect(forwarded?.isForwarded).toBe(true);
    expect(group).toMatchObject({ from: '120363023014360921@g.us', author: '79991112233@c.us' });
    expect(group?.id).toBe(`false_120363023014360921@g.us_${group?._id}_79991112233@c.us`);
    for (const message of [location, contact, contacts]) expect(message?.hasMedia).toBe(false);
  });

  it('get-messagemedia rejects unknown messages and messages without media', async () => {
    const text = emulator.control.injectIncomingMessage(whatsappId, {
      kind: 'text',
      from: '79991112233',
      body: 'x',
    });
    const noMedia = await callWhatsgate(emulator, 'get-messagemedia', {
      WhatsappID: whatsappId,
      MessageID: text.id,
    });
    expect(noMedia).toMatchObject({ status: 500, body: { message: 'Message has no media' } });
    const unknown = await callWhatsgate(emulator, 'get-messagemedia', {
      WhatsappID: whatsappId,
      MessageID: 'false_1@c.us_X',
    });
    expect(unknown).toMatchObject({ status: 500, body: { message: 'Message not found' } });
    const unknownKey = await callWhatsgate(emulator, 'get-media', {
      WhatsappID: whatsappId,
      mediaKey: 'nope',
    });
    expect(unknownKey).toMatchObject({ status: 500, body: { message: 'Media not found' } });
  });

  it('acks: sent 1, delivered 2, read 3 via the control API, as ack events with the updated message', async () => {
    const { body } = await callWhatsgate<{ result: { id: string } }>(emulator, 'send', {
      WhatsappID: whatsappId,
      async: false,
      recipient: { number: '79991112233' },
      message: { body: 'Hello world!' },
    });
    for (const ack of [1, 2, 3] as const) emulator.control.ack(whatsappId, body.result.id, ack);
    const acks = emulator.control.events({ whatsappId, action: 'ack' }).map(eventMessage);
    expect(acks.map((message) => [message.id, message.ack])).toEqual([
      [body.result.id, 1],
      [body.result.id, 2],
      [body.result.id, 3],
    ]);
    expect(() => emulator.control.ack(whatsappId, 'true_x@c.us_Y', 3)).toThrow('Message not found');
  });

  it('phone-sent messages emit create; errors and raw events are injectable', () => {
    const message = emulator.control.injectPhoneMessage(whatsappId, {
      to: '79991112233',
      body: 'from phone',
    });
    expect(message.id.startsWith('true_79991112233@c.us_')).toBe(true);
    expect(eventMessage(emulator.control.events({ action: 'create' })[0]).body).toBe('from phone');
    const error = emulator.control.injectError(whatsappId, 'send failed');
    expect(error).toMatchObject({
      event_action: 'error',
      status_code: 500,
      event_data: { message: 'send failed' },
    });
    const custom = emulator.control.injectEvent(whatsappId, 'media', { message: { id: 'x' } });
    expect(custom.status_code).toBeNull();
  });

  it('disconnect drops the session to AUTH with a disconnect event; a new scan restores it', async () => {
    const session = emulator.control.disconnect(whatsappId, 'LOGOUT');
    expect(session).toMatchObject({ status: 'AUTH', wid: null, pushname: null });
    const [event] = emulator.control.events({ whatsappId, action: 'disconnect' });
    expect(event?.event_data).toEqual({ reason: 'LOGOUT' });
    const refused = await callWhatsgate(emulator, 'get-chats', { WhatsappID: whatsappId });
    expect(refused.status).toBe(500);
    expect(() =>
      emulator.control.injectIncomingMessage(whatsappId, { kind: 'text', from: '7', body: 'x' }),
    ).toThrow();
    emulator.control.scan(whatsappId, { number: '79999999999' });
    expect((await callWhatsgate(emulator, 'get-chats', { WhatsappID: whatsappId })).status).toBe(200);
  });
});
