import { whatsgateFixtures as fixtures } from '@switchboard/testing';
import { describe, expect, it } from 'vitest';
import { createWhatsgateSessionManager } from '../../src/index.js';
import { apiKey, expectCommand, host, testAccount, useNock } from './nock-setup.js';

useNock();

const account = testAccount({ webhookSecret: 'hook-secret-42' });
const [pending, ready] = fixtures.sessionsGetResponse.data as [
  (typeof fixtures.sessionsGetResponse.data)[0],
  (typeof fixtures.sessionsGetResponse.data)[0],
];

describe('session manager', () => {
  it('list follows every page of sessions-get and maps template 8', async () => {
    expectCommand(
      'sessions-get',
      { page_cnt: 100, page: 1 },
      { result: 'OK', pages: 2, elements: 2, page: 1, data: [pending] },
    );
    expectCommand(
      'sessions-get',
      { page_cnt: 100, page: 2 },
      { result: 'OK', pages: 2, elements: 2, page: 2, data: [ready] },
    );
    const sessions = await account.sessions.list();
    expect(sessions.map(({ info: { raw: _raw, ...session } }) => session)).toEqual([
      {
        id: '6345454545454',
        name: 'My WhatsApp',
        state: 'starting',
        providerState: 'PENDING',
        network: 'whatsapp',
        webhookUrl: 'https://callback.my/script.handler',
        qrLink: 'https://whatsgate.ru/qr/6345454545454',
        createdAt: Date.UTC(2022, 9, 11, 16, 30, 14),
      },
      {
        id: '67506a033c2f8',
        name: 'Second',
        state: 'authorized',
        providerState: 'READY',
        network: 'whatsapp',
        phone: '79991234567',
        chatId: '79991234567@c.us',
        displayName: 'Vasya',
        webhookUrl: 'https://callback.my/script.handler',
        createdAt: Date.UTC(2022, 9, 11, 16, 30, 14),
      },
    ]);
  });

  it('list never returns the webhook secret of a callback URL', async () => {
    const callback = 'https://app.test/hook?secret=hook-secret-42';
    expectCommand(
      'sessions-get',
      { page_cnt: 100, page: 1 },
      { result: 'OK', pages: 1, elements: 1, page: 1, data: [{ ...ready, callback }] },
    );
    const [session] = await account.sessions.list();
    expect(session?.info.webhookUrl).toBe('https://app.test/hook');
    expect(JSON.stringify(session)).not.toContain('hook-secret-42');
  });

  it('list passes filters', async () => {
    expectCommand(
      'sessions-get',
      { name: 'shop', status: 'READY', page_cnt: 100, page: 1 },
      fixtures.sessionsGetResponse,
    );
    await account.sessions.list({ name: 'shop', status: 'READY' });
  });

  it('create asks for a QR session and adds the webhook secret to its callback', async () => {
    expectCommand(
      'session-create',
      { name: 'Shop', callback: 'https://app.test/hook?secret=hook-secret-42' },
      fixtures.sessionCreateResponse,
    );
    const session = await account.sessions.create({
      name: 'Shop',
      providerOptions: { whatsgate: { webhookUrl: 'https://app.test/hook' } },
    });
    expect(session.info).toMatchObject({
      id: '6345454545454',
      state: 'starting',
      providerState: 'PENDING',
      qrLink: 'https://whatsgate.ru/qr/6345454545454',
    });
  });

  it('a session waiting for the scan is not-authorized (unlike PENDING) and carries the QR text', async () => {
    expectCommand(
      'sessions-get',
      { page_cnt: 100, page: 1 },
      { result: 'OK', pages: 1, elements: 1, page: 1, data: [fixtures.sessionAwaitingScan] },
    );
    const [session] = await account.sessions.list();
    expect(session?.info).toMatchObject({
      state: 'not-authorized',
      providerState: 'AUTH',
      qrValue: fixtures.sessionAwaitingScan.qr,
      qrLink: 'https://whatsgate.ru/qr/6345454545454',
    });
  });

  it('create with a number asks for a pairing code', async () => {
    expectCommand(
      'session-create',
      { name: 'Switchboard', auth_type: 'CODE', number: '79999999999' },
      {
        result: 'OK',
        data: { ...fixtures.session, code: 'ABCD-1234' },
      },
    );
    const session = await account.sessions.create({ providerOptions: { number: '+7 999 999-99-99' } });
    expect(session.info.pairingCode).toBe('ABCD-1234');
  });

  it('create rejects unknown options and CODE without a number', async () => {
    await expect(
      account.sessions.create({ providerOptions: { whatsgate: { numbr: '1' } } }),
    ).rejects.toMatchObject({
      code: 'invalid-request',
    });
    await expect(account.sessions.create({ providerOptions: { authType: 'CODE' } })).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });

  it('rename is set-name, delete is session-delete', async () => {
    expectCommand('set-name', fixtures.setNameRequest, fixtures.okResponse);
    await account.sessions.rename({ id: '6345454545454', name: 'New name' });
    expectCommand('session-delete', fixtures.sessionDeleteRequest, fixtures.sessionDeleteResponse);
    await account.sessions.delete('6345454545454');
    expect(account.sessions.capabilities).toEqual({ list: true, create: true, rename: true, delete: true });
  });

  it('account.setWebhook is set-hook with the secret added', async () => {
    expectCommand(
      'set-hook',
      { WhatsappID: '6345454545454', callback: 'https://callback.my/script.handler?secret=hook-secret-42' },
      fixtures.okResponse,
    );
    await account.setWebhook('6345454545454', 'https://callback.my/script.handler');
  });

  it('createWhatsgateSessionManager works from messenger-style options (whatsappId ignored)', async () => {
    expectCommand('sessions-get', { page_cnt: 100, page: 1 }, fixtures.sessionsGetResponse);
    const manager = createWhatsgateSessionManager({
      apiKey,
      baseUrl: host,
      whatsappId: 'ignored',
      retry: false,
    });
    await expect(manager.list()).resolves.toHaveLength(2);
  });
});
