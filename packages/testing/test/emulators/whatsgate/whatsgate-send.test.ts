import { describe, expect, it } from 'vitest';
import {
  startWhatsgateEmulator,
  type WhatsgateMessage,
  whatsgateErrorMessages,
} from '../../../src/emulators/whatsgate/index.js';
import { whatsgateFixtures } from '../../../src/fixtures/whatsgate-fixtures.js';
import { useStartedResource } from '../../support/suite-value.js';
import { callWhatsgate, eventually, fastTimings } from './whatsgate-test-helpers.js';

type SyncAnswer = { result: WhatsgateMessage };

describe('Whatsgate emulator: send', () => {
  const whatsappId = '6345454545454';

  const emulator = useStartedResource(() =>
    startWhatsgateEmulator({
      ...fastTimings,
      automaticAcks: [1, 2],
      unregisteredNumbers: ['79990000000'],
      sessions: [{ name: 'Sender', whatsappId, number: '79999999999', pushname: 'Shop' }],
    }),
  );

  const send = (payload: Record<string, unknown>) =>
    callWhatsgate<SyncAnswer>(emulator, 'send', { WhatsappID: whatsappId, ...payload });

  it('sync text by number returns the message object with ack 0 in the reference field order', async () => {
    const { status, body } = await send({
      async: false,
      recipient: { number: '79991112233' },
      message: { type: 'text', body: 'Hello world!' },
    });
    expect(status).toBe(200);
    const message = body.result;
    expect(Object.keys(message)).toEqual([
      '_id',
      ...Object.keys(whatsgateFixtures.syncSendResponse.result),
      'from_name',
    ]);
    expect(message).toMatchObject({
      ack: 0,
      hasMedia: false,
      mediaKey: '',
      body: 'Hello world!',
      type: 'chat',
      from: '79999999999@c.us',
      to: '79991112233@c.us',
      isForwarded: false,
      from_name: 'Shop',
    });
    expect(message._id).toMatch(/^3EB0[0-9A-F]{16}$/);
    expect(message.id).toBe(`true_79991112233@c.us_${message._id}`);
    const acks = await eventually(() => {
      const events = emulator.control
        .events({ whatsappId, action: 'ack' })
        .filter((event) => (event.event_data.message as WhatsgateMessage).id === message.id);
      return events.length === 2 ? events : undefined;
    });
    expect(acks.map((event) => (event.event_data.message as WhatsgateMessage).ack)).toEqual([1, 2]);
    expect(emulator.control.events({ whatsappId, action: 'sent' })).toEqual([]);
  });

  it('async send answers {"result":"OK"} and then emits sent (ack 0) followed by ack events', async () => {
    const { body } = await callWhatsgate(emulator, 'send', {
      ...whatsgateFixtures.sendTextByNumberAsync,
      WhatsappID: whatsappId,
    });
    expect(body).toEqual(whatsgateFixtures.asyncSendResponse);
    const sent = await eventually(() => emulator.control.events({ whatsappId, action: 'sent' })[0]);
    const message = sent.event_data.message as WhatsgateMessage;
    expect(message).toMatchObject({ ack: 0, body: 'Hello', to: '79991112233@c.us', type: 'chat' });
    await eventually(() =>
      emulator.control
        .events({ whatsappId, action: 'ack' })
        .find(
          (event) =>
            (event.event_data.message as WhatsgateMessage).id === message.id &&
            (event.event_data.message as WhatsgateMessage).ack === 2,
        ),
    );
    const [last] = emulator.control.sentMessages(whatsappId).slice(-1);
    expect(last).toMatchObject({
      async: true,
      chatId: '79991112233@c.us',
      request: { message: { body: 'Hello' } },
    });
  });

  it('sends by JID and to a group by number; the chat appears in get-chats', async () => {
    const byId = await send({
      async: false,
      recipient: { id: '79991112244@c.us' },
      message: { body: 'by id' },
    });
    expect(byId.body.result.to).toBe('79991112244@c.us');
    const group = await send({
      async: false,
      recipient: { number: '120363023014360921', type: 'group' },
      message: { type: 'text', body: 'hi all' },
    });
    expect(group.body.result.to).toBe('120363023014360921@g.us');
    const chats = await callWhatsgate<{ data: Array<{ id: string; isGroup: boolean }> }>(
      emulator,
      'get-chats',
      { WhatsappID: whatsappId },
    );
    expect(chats.body.data).toContainEqual(
      expect.objectContaining({ id: '120363023014360921@g.us', isGroup: true }),
    );
    expect(chats.body.data).toContainEqual(
      expect.objectContaining({ id: '79991112244@c.us', isGroup: false }),
    );
  });

  it('sends a quoted document reply with base64 media that get-media and get-messagemedia give back', async () => {
    const request = whatsgateFixtures.sendDocumentReplyToGroupSync;
    const { body } = await callWhatsgate<SyncAnswer>(emulator, 'send', {
      ...request,
      WhatsappID: whatsappId,
    });
    const message = body.result;
    expect(message).toMatchObject({
      type: 'document',
      hasMedia: true,
      body: 'Invoice',
      hasQuotedMsg: true,
      quotedMsgId: request.message.quote,
    });
    const [last] = emulator.control.sentMessages(whatsappId).slice(-1);
    expect(last?.quote).toBe(request.message.quote);
    expect(Buffer.from(last?.media?.bytes ?? []).toString('latin1')).toBe('%PDF-1.4\n');
    expect(last?.media).toMatchObject({ mimetype: 'application/pdf', filename: 'invoice.pdf' });
    const byKey = await callWhatsgate(emulator, 'get-media', {
      WhatsappID: whatsappId,
      mediaKey: message.mediaKey,
    });
    expect(byKey.body).toEqual({
      result: 'OK',
      media: { mimetype: 'application/pdf', filename: 'invoice.pdf', data: 'JVBERi0xLjQK', filesize: 9 },
    });
    const byId = await callWhatsgate(emulator, 'get-messagemedia', {
      WhatsappID: whatsappId,
      MessageID: message.id,
    });
    expect(byId.body).toEqual(byKey.body);
  });

  it('maps send types to message types (image with a video mimetype becomes video, voice → ptt)', async () => {
    const media = (mimetype: string, filename: string) => ({
      mimetype,
      filename,
      data: Buffer.from('bytes').toString('base64'),
    });
    const cases: Array<[string, string, string, string]> = [
      ['image', 'image/png', 'a.png', 'image'],
      ['image', 'video/mp4', 'a.mp4', 'video'],
      ['voice', 'audio/ogg', 'a.ogg', 'ptt'],
      ['sticker', 'image/webp', 'a.webp', 'sticker'],
      ['doc', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'a.xlsx', 'document'],
    ];
    for (const [type, mimetype, filename, expected] of cases) {
      const { body } = await send({
        async: false,
        recipient: { number: '79991112233' },
        message: { type, media: media(mimetype, filename) },
      });
      expect(body.result.type).toBe(expected);
      expect(body.result.body).toBe('');
    }
  });

  it('rejects bad send requests with 500 naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ message: { body: 'x' } }, 'recipient'],
      [{ recipient: {}, message: { body: 'x' } }, 'recipient'],
      [{ recipient: { id: '79991112233' }, message: { body: 'x' } }, 'recipient.id'],
      [{ recipient: { number: '+7 999' }, message: { body: 'x' } }, 'recipient.number'],
      [{ recipient: { number: '79991112233', type: 'channel' }, message: { body: 'x' } }, 'recipient.type'],
      [{ recipient: { number: '79991112233' } }, 'message'],
      [{ recipient: { number: '79991112233' }, message: { type: 'text' } }, 'message.body'],
      [{ recipient: { number: '79991112233' }, message: { type: 'video' } }, 'message.type'],
      [{ recipient: { number: '79991112233' }, message: { type: 'image' } }, 'message.media'],
      [
        {
          recipient: { number: '79991112233' },
          message: { type: 'image', media: { data: 'AA==', filename: 'a' } },
        },
        'message.media.mimetype',
      ],
      [
        {
          recipient: { number: '79991112233' },
          message: { type: 'image', media: { mimetype: 'image/png', data: 'AA==' } },
        },
        'message.media.filename',
      ],
      [
        {
          recipient: { number: '79991112233' },
          message: { type: 'image', media: { mimetype: 'image/png', filename: 'a' } },
        },
        'message.media.data',
      ],
      [
        {
          recipient: { number: '79991112233' },
          message: {
            type: 'image',
            media: { mimetype: 'image/png', filename: 'a', data: 'data:image/png;base64,AA==' },
          },
        },
        'message.media.data',
      ],
      [{ async: 'maybe', recipient: { number: '79991112233' }, message: { body: 'x' } }, 'async'],
    ];
    for (const [payload, field] of cases) {
      const { status, body } = await callWhatsgate(emulator, 'send', {
        WhatsappID: whatsappId,
        async: false,
        ...payload,
      });
      expect(status, field).toBe(500);
      expect(body.message, field).toContain(field);
    }
  });

  it('fails for numbers not on WhatsApp: sync with the whatsapp-web.js text, async with an error event', async () => {
    const sync = await send({ async: false, recipient: { number: '79990000000' }, message: { body: 'x' } });
    expect(sync.status).toBe(500);
    expect(sync.body).toMatchObject({ message: whatsgateErrorMessages.notOnWhatsapp });
    const before = emulator.control.events({ action: 'error' }).length;
    const queued = await send({ async: true, recipient: { number: '79990000000' }, message: { body: 'x' } });
    expect(queued.body).toEqual({ result: 'OK' });
    const error = await eventually(() => emulator.control.events({ action: 'error' })[before]);
    expect(error).toMatchObject({
      status_code: 500,
      event_data: { message: whatsgateErrorMessages.notOnWhatsapp },
    });
  });
});
