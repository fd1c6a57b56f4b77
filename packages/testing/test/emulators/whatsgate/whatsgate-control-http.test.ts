import { describe, expect, it } from 'vitest';
import {
  startWhatsgateEmulator,
  type WhatsgateChat,
  type WhatsgateEvent,
  type WhatsgateMessage,
  type WhatsgateSession,
} from '../../../src/emulators/whatsgate/index.js';
import { useStartedResource } from '../../support/suite-value.js';
import { callControl, callWhatsgate, fastTimings } from './whatsgate-test-helpers.js';

describe('Whatsgate emulator: control API over HTTP', () => {
  let whatsappId = '';

  const emulator = useStartedResource(() =>
    startWhatsgateEmulator({ ...fastTimings, sessions: [], automaticAcks: [] }),
  );

  it('answers 400 to a session id and 404 to a page path that are not valid percent-encoding', async () => {
    const control = await callControl(emulator, 'POST', '/sessions/%E0%A4%A/scan', { number: '79991234567' });
    expect(control.status).toBe(400);
    for (const path of ['/qr/%E0%A4%A', '/media/%E0%A4%A/key']) {
      const page = await fetch(`${emulator.url}${path}`);
      expect(page.status).toBe(404);
    }
  });

  it('creates, lists, scans and pairs sessions', async () => {
    const created = await callControl<WhatsgateSession>(emulator, 'POST', '/sessions', { name: 'Ctl' });
    expect(created.body.status).toBe('PENDING');
    whatsappId = created.body.unique_id;
    const scanned = await callControl<WhatsgateSession>(emulator, 'POST', `/sessions/${whatsappId}/scan`, {
      number: '79991234567',
      pushname: 'Vasya',
    });
    expect(scanned.body).toMatchObject({ status: 'READY', wid: '79991234567@c.us' });
    const listed = await callControl<WhatsgateSession[]>(emulator, 'GET', '/sessions');
    expect(listed.body.map((session) => session.unique_id)).toEqual([whatsappId]);
    const coded = await callControl<WhatsgateSession>(emulator, 'POST', '/sessions', {
      name: 'Code',
      authType: 'CODE',
      number: '79990001122',
    });
    const wrong = await callControl(emulator, 'POST', `/sessions/${coded.body.unique_id}/pair`, {
      code: 'XXXX0000',
    });
    expect(wrong.status).toBe(400);
    const paired = await callControl<WhatsgateSession>(
      emulator,
      'POST',
      `/sessions/${coded.body.unique_id}/pair`,
      {
        code: coded.body.code,
      },
    );
    expect(paired.body).toMatchObject({ status: 'READY', wid: '79990001122@c.us' });
  });

  it('injects incoming media as base64 and reads sent messages with their media as base64', async () => {
    const injected = await callControl<WhatsgateMessage>(
      emulator,
      'POST',
      `/sessions/${whatsappId}/messages`,
      {
        kind: 'document',
        from: '79991112233',
        media: { data: Buffer.from('doc').toString('base64'), filename: 'a.txt', mimetype: 'text/plain' },
      },
    );
    expect(injected.body).toMatchObject({ type: 'document', hasMedia: true });
    const media = await callWhatsgate(emulator, 'get-media', {
      WhatsappID: whatsappId,
      mediaKey: injected.body.mediaKey,
    });
    expect(media.body).toMatchObject({
      media: { data: Buffer.from('doc').toString('base64'), filename: 'a.txt' },
    });
    await callWhatsgate(emulator, 'send', {
      WhatsappID: whatsappId,
      async: false,
      recipient: { number: '79991112233' },
      message: { type: 'image', media: { mimetype: 'image/png', filename: 'p.png', data: 'iVBORw==' } },
    });
    const sent = await callControl<Array<{ chatId: string; media: { data: string; filesize: number } }>>(
      emulator,
      'GET',
      `/sessions/${whatsappId}/sent-messages`,
    );
    expect(sent.body).toEqual([
      expect.objectContaining({
        chatId: '79991112233@c.us',
        media: expect.objectContaining({ data: 'iVBORw==', filesize: 4 }),
      }),
    ]);
  });

  it('injects acks, phone messages, errors, raw events, disconnects; reads events, chats, seen, typing', async () => {
    const [sent] = emulator.control.sentMessages(whatsappId);
    const ack = await callControl<WhatsgateMessage>(emulator, 'POST', `/sessions/${whatsappId}/acks`, {
      messageId: sent?.message.id,
      ack: 3,
    });
    expect(ack.body.ack).toBe(3);
    const phone = await callControl<WhatsgateMessage>(
      emulator,
      'POST',
      `/sessions/${whatsappId}/phone-messages`,
      {
        to: '79991112233',
        body: 'from phone',
      },
    );
    expect(phone.body.id.startsWith('true_')).toBe(true);
    const error = await callControl<WhatsgateEvent>(emulator, 'POST', `/sessions/${whatsappId}/errors`, {
      message: 'x',
      statusCode: 502,
    });
    expect(error.body).toMatchObject({ event_action: 'error', status_code: 502 });
    const raw = await callControl<WhatsgateEvent>(emulator, 'POST', `/sessions/${whatsappId}/events`, {
      action: 'create',
      eventData: { message: { id: 'x' } },
    });
    expect(raw.body.event_action).toBe('create');
    const filtered = await callControl<WhatsgateEvent[]>(
      emulator,
      'GET',
      `/events?whatsappId=${whatsappId}&action=ack`,
    );
    expect(filtered.body).toHaveLength(1);
    const chat = await callControl<WhatsgateChat>(emulator, 'POST', `/sessions/${whatsappId}/chats`, {
      id: '4239048293082@g.us',
      name: 'Group',
    });
    expect(chat.body.groupMetadata?.owner).toBe('79991234567@c.us');
    const chats = await callControl<WhatsgateChat[]>(emulator, 'GET', `/sessions/${whatsappId}/chats`);
    expect(chats.body.map((item) => item.id)).toContain('4239048293082@g.us');
    await callWhatsgate(emulator, 'seen', { WhatsappID: whatsappId, recipient: { number: '79991112233' } });
    await callWhatsgate(emulator, 'typing', { WhatsappID: whatsappId, recipient: { number: '79991112233' } });
    expect((await callControl(emulator, 'GET', `/sessions/${whatsappId}/seen`)).body).toEqual([
      '79991112233@c.us',
    ]);
    expect((await callControl(emulator, 'GET', `/sessions/${whatsappId}/typing`)).body).toEqual([
      '79991112233@c.us',
    ]);
    await callControl(emulator, 'POST', '/numbers', { number: '79991112233', registered: false });
    const check = await callWhatsgate(emulator, 'check', { WhatsappID: whatsappId, number: '79991112233' });
    expect(check.body.data).toBe(false);
    expect((await callControl(emulator, 'POST', '/webhook-deliveries/idle')).body).toEqual({ result: 'OK' });
    expect((await callControl(emulator, 'GET', '/webhook-deliveries')).body).toEqual([]);
    const disconnected = await callControl<WhatsgateSession>(
      emulator,
      'POST',
      `/sessions/${whatsappId}/disconnect`,
      {
        reason: 'CONFLICT',
      },
    );
    expect(disconnected.body.status).toBe('AUTH');
  });

  it('answers errors as JSON: unknown routes 404, unknown sessions 404, missing fields 400, bad JSON 400', async () => {
    expect((await callControl(emulator, 'GET', '/nope')).status).toBe(404);
    expect((await callControl(emulator, 'POST', '/sessions/unknown/scan', {})).status).toBe(404);
    expect((await callControl(emulator, 'POST', '/sessions', {})).status).toBe(400);
    expect(
      (await callControl(emulator, 'POST', `/sessions/${whatsappId}/acks`, { messageId: 'x' })).status,
    ).toBe(400);
    const response = await fetch(`${emulator.url}/__control/sessions`, { method: 'POST', body: '{' });
    expect(response.status).toBe(400);
  });
});
