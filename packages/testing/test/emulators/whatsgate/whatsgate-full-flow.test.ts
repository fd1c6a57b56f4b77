import { describe, expect, it } from 'vitest';
import {
  startWhatsgateEmulator,
  type WhatsgateMessage,
  type WhatsgateSession,
} from '../../../src/emulators/whatsgate/index.js';
import { useStartedResource } from '../../support/suite-value.js';
import { callWhatsgate, fastTimings, startWebhookReceiver } from './whatsgate-test-helpers.js';

describe('Whatsgate emulator: full session flow', () => {
  const receiver = useStartedResource(startWebhookReceiver);
  const emulator = useStartedResource(() =>
    startWhatsgateEmulator({ ...fastTimings, sessions: [], automaticAcks: [1, 2] }),
  );

  it('create → scan → ready → send attachment → ack → incoming media → get-media → seen → delete → disconnect', async () => {
    const created = await callWhatsgate<{ result: string; data: WhatsgateSession }>(
      emulator,
      'session-create',
      {
        name: 'Flow',
        callback: receiver.url,
      },
    );
    expect(created.status).toBe(200);
    const session = created.body.data;
    expect(session.status).toBe('PENDING');
    expect(session.status_name).toBe('Initialization');
    expect(session.qr_link).toBe(`${emulator.url}/qr/${session.unique_id}`);
    const whatsappId = session.unique_id;

    emulator.control.scan(whatsappId, { number: '79991234567', pushname: 'Vasya' });
    await receiver.waitFor(1);
    expect(receiver.received[0]?.body).toMatchObject({
      whatsapp_id: whatsappId,
      event_action: 'ready',
      status_code: null,
      event_data: { pushname: 'Vasya', number: '79991234567' },
    });

    const pdf = Buffer.from('%PDF-1.4 invoice');
    const sent = await callWhatsgate<{ result: WhatsgateMessage }>(emulator, 'send', {
      WhatsappID: whatsappId,
      async: false,
      recipient: { number: '79991112233' },
      message: {
        type: 'doc',
        body: 'Invoice',
        media: { mimetype: 'application/pdf', data: pdf.toString('base64'), filename: 'invoice.pdf' },
      },
    });
    expect(sent.status).toBe(200);
    const outgoing = sent.body.result;
    expect(outgoing).toMatchObject({
      ack: 0,
      hasMedia: true,
      type: 'document',
      body: 'Invoice',
      from: '79991234567@c.us',
      to: '79991112233@c.us',
      from_name: 'Vasya',
    });
    expect(outgoing.id).toBe(`true_79991112233@c.us_${outgoing._id}`);
    expect(outgoing.mediaKey).not.toBe('');

    await receiver.waitFor(3);
    const acks = receiver.received.filter((webhook) => webhook.body.event_action === 'ack');
    expect(acks.map((webhook) => (webhook.body.event_data.message as WhatsgateMessage).ack)).toEqual([1, 2]);
    expect((acks[0]?.body.event_data.message as WhatsgateMessage | undefined)?.id).toBe(outgoing.id);

    const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const incoming = emulator.control.injectIncomingMessage(whatsappId, {
      kind: 'image',
      from: '79991112233',
      caption: 'look',
      media: { data: photo, mimetype: 'image/jpeg', filename: 'photo.jpg' },
    });
    await receiver.waitFor(5);
    const messageEvent = receiver.received[3]?.body;
    expect(messageEvent?.event_action).toBe('message');
    const delivered = messageEvent?.event_data.message as WhatsgateMessage;
    expect(delivered).toMatchObject({
      type: 'image',
      hasMedia: true,
      body: 'look',
      ack: 1,
      from: '79991112233@c.us',
    });
    expect(delivered.mediaKey).toBe(incoming.mediaKey);
    expect(receiver.received[4]?.body.event_action).toBe('media');

    const media = await callWhatsgate<{
      result: string;
      media: { mimetype: string; filename: string; data: string };
    }>(emulator, 'get-media', { WhatsappID: whatsappId, mediaKey: delivered.mediaKey });
    expect(media.body.result).toBe('OK');
    expect(media.body.media.mimetype).toBe('image/jpeg');
    expect(media.body.media.filename).toBe('photo.jpg');
    expect(new Uint8Array(Buffer.from(media.body.media.data, 'base64'))).toEqual(photo);

    const seen = await callWhatsgate(emulator, 'seen', {
      WhatsappID: whatsappId,
      recipient: { id: delivered.from },
    });
    expect(seen.body).toEqual({ result: 'OK' });
    expect(emulator.control.seenChats(whatsappId)).toEqual(['79991112233@c.us']);

    const deleted = await callWhatsgate<{ result: string; data: WhatsgateSession }>(
      emulator,
      'session-delete',
      {
        WhatsappID: whatsappId,
      },
    );
    expect(deleted.body.data).toMatchObject({
      unique_id: whatsappId,
      status: 'DESTROYING',
      status_name: 'Deleting',
    });
    await receiver.waitFor(6);
    expect(receiver.received[5]?.body).toMatchObject({ event_action: 'disconnect', whatsapp_id: whatsappId });
    const ids = receiver.received.map((webhook) => webhook.body.id);
    expect(ids).toEqual([...ids].sort((left, right) => left - right));
  });
});
