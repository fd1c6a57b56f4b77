import { startWhatsgateEmulator, type WhatsgateEmulator } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsgateAccount, type WhatsgateAccount } from '../../src/index.js';
import { eventOf, receiveUntil } from './receive-until.js';

let emulator: WhatsgateEmulator;
let account: WhatsgateAccount;

beforeAll(async () => {
  emulator = await startWhatsgateEmulator({
    sessions: [],
    initializationMilliseconds: 5,
    destroyMilliseconds: 60_000,
    ackDelayMilliseconds: 5,
    automaticAcks: [1, 2],
  });
  account = createWhatsgateAccount({
    apiKey: emulator.apiKey,
    baseUrl: emulator.url,
    retry: false,
    pollIntervalMilliseconds: 5,
  });
});

afterAll(async () => {
  await emulator.close();
});

describe('a session from creation to deletion against the emulator', () => {
  it('create → scan → ready → send a file → incoming media → download by key → seen → delete → disconnect', async () => {
    const created = await account.sessions.create({ name: 'E2E shop' });
    expect(created.info).toMatchObject({
      name: 'E2E shop',
      state: 'starting',
      providerState: 'PENDING',
      network: 'whatsapp',
    });
    expect(created.info.qrLink).toContain(created.id);
    expect(created.info).not.toHaveProperty('qrValue');

    const messenger = created.messenger();
    // PENDING (initializing) turns into AUTH (waiting for the scan) on the emulator's timer.
    while ((await created.getState()) === 'starting') await new Promise((done) => setTimeout(done, 5));
    await expect(created.getState()).resolves.toBe('not-authorized');
    const [awaiting] = await account.sessions.list({ name: 'E2E shop' });
    expect(awaiting?.info).toMatchObject({
      state: 'not-authorized',
      providerState: 'AUTH',
      qrValue: expect.stringMatching(/^2@/),
    });
    await expect(created.getQrCode()).resolves.toEqual({
      status: 'pending',
      link: created.info.qrLink,
      value: awaiting?.info.qrValue,
    });

    emulator.control.scan(created.id, { number: '79990001122', pushname: 'Shop' });
    const ready = await receiveUntil(messenger, eventOf('session-state-changed'));
    expect(ready).toMatchObject({
      state: 'authorized',
      chat: { id: '79990001122@c.us' },
      instanceId: created.id,
    });
    await expect(messenger.session.getState()).resolves.toBe('authorized');
    await expect(messenger.session.getProfile()).resolves.toMatchObject({
      phone: '79990001122',
      name: 'Shop',
    });

    const invoice = new TextEncoder().encode('%PDF-1.4 switchboard');
    const sent = await messenger.sendMedia(
      { phone: '79991112233' },
      { data: invoice, fileName: 'invoice.pdf', mimeType: 'application/pdf' },
      { caption: 'Invoice 42' },
    );
    if (sent.status !== 'accepted') throw new Error('a sync send is accepted');
    expect(sent.chatId).toBe('79991112233@c.us');
    expect(sent.messageId).toMatch(/^true_79991112233@c\.us_/);
    expect(sent.mediaKey).toEqual(expect.any(String));
    await expect(messenger.messages.downloadMedia({ mediaKey: sent.mediaKey })).resolves.toMatchObject({
      data: invoice,
      fileName: 'invoice.pdf',
    });
    const [record] = emulator.control.sentMessages(created.id);
    expect(record).toMatchObject({ async: false, chatId: '79991112233@c.us' });
    expect(record?.media).toMatchObject({ mimetype: 'application/pdf', filename: 'invoice.pdf' });
    expect([...(record?.media?.bytes ?? [])]).toEqual([...invoice]);
    const delivered = await receiveUntil(
      messenger,
      eventOf(
        'message-status-updated',
        (event) => event.messageId === sent.messageId && event.status === 'delivered',
      ),
    );
    expect(delivered.chat.id).toBe('79991112233@c.us');

    const photo = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    emulator.control.injectIncomingMessage(created.id, {
      kind: 'image',
      from: '79991112233',
      caption: 'Look',
      media: { data: photo, mimetype: 'image/png', filename: 'photo.png' },
    });
    const incoming = await receiveUntil(messenger, eventOf('message-received'));
    const { content } = incoming.message;
    if (content.type !== 'media') throw new Error(`expected media, got ${content.type}`);
    expect(content).toMatchObject({ mediaType: 'image', caption: 'Look' });

    const byKey = await messenger.messages.downloadMedia({ mediaKey: content.file.mediaKey });
    expect(byKey).toEqual({ data: photo, mimeType: 'image/png', fileName: 'photo.png' });
    const byMessage = await messenger.messages.downloadMedia({ messageId: incoming.message.id });
    expect(byMessage.data).toEqual(photo);

    await messenger.messages.markRead({ chatId: incoming.chat.id });
    expect(emulator.control.seenChats(created.id)).toEqual(['79991112233@c.us']);
    await expect(messenger.contacts.listChats()).resolves.toEqual(
      expect.arrayContaining([expect.objectContaining({ id: '79991112233@c.us', isGroup: false })]),
    );
    await expect(messenger.contacts.check('79991112233')).resolves.toMatchObject({ exists: true });

    await account.sessions.delete(created.id);
    await expect(messenger.session.getState()).resolves.toBe('deleting');
    const disconnected = await receiveUntil(messenger, eventOf('session-state-changed'));
    expect(disconnected).toMatchObject({ state: 'not-authorized', providerState: 'disconnect' });
  });

  it('pairing code sessions, renaming and listing with filters', async () => {
    const created = await account.sessions.create({
      name: 'By code',
      providerOptions: { whatsgate: { number: '79995554433' } },
    });
    expect(created.info.pairingCode).toEqual(expect.any(String));
    emulator.control.pair(created.id, created.info.pairingCode ?? '');
    await account.sessions.rename({ id: created.id, name: 'Renamed' });
    const listed = await account.sessions.list({ name: 'Renamed' });
    expect(listed.map((session) => session.info)).toEqual([
      expect.objectContaining({ id: created.id, name: 'Renamed', state: 'authorized', phone: '79995554433' }),
    ]);
    await expect(listed[0]?.getState()).resolves.toBe('authorized');
  });

  it('errors from the emulator map to the core tree', async () => {
    const stranger = account.messenger('0000000000000');
    await expect(stranger.contacts.check('79991112233')).rejects.toMatchObject({
      code: 'not-found',
      provider: 'whatsgate',
    });
    const wrongKey = createWhatsgateAccount({ apiKey: 'wrong-key', baseUrl: emulator.apiUrl, retry: false });
    await expect(wrongKey.sessions.list()).rejects.toMatchObject({ code: 'auth', status: 401 });
  });
});
