import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { createGreenApiSessionManager } from '../../src/index.js';
import { token, useNock } from '../support/nock-helpers.js';

useNock();

const partnerToken = 'partner0123456789abcdef0123456789abcdef';
const partner = () => nock('https://api.green-api.com');
const manager = () => createGreenApiSessionManager({ partnerToken, retry: false });

describe('GREEN-API partner session manager', () => {
  it('lists instances with getInstances, leaving deleted ones out', async () => {
    const scope = partner()
      .get(`/partner/getInstances/${partnerToken}`)
      .reply(200, [
        {
          idInstance: 1101000000,
          name: 'Shop',
          typeInstance: 'whatsapp',
          timeCreated: '2024-05-01T10:00:00Z',
          timeDeleted: '0001-01-01T00:00:00',
          apiTokenInstance: token,
          deleted: false,
          expirationDate: '2025-05-01T10:00:00Z',
        },
        { idInstance: 3100000001, name: 'Old', typeInstance: 'v3', deleted: true },
      ]);
    const sessions = await manager().list();
    expect(scope.isDone()).toBe(true);
    expect(sessions.map((session) => session.info)).toEqual([
      expect.objectContaining({
        id: '1101000000',
        name: 'Shop',
        network: 'whatsapp',
        createdAt: Date.parse('2024-05-01T10:00:00Z'),
        expiresAt: Date.parse('2025-05-01T10:00:00Z'),
        credentials: { idInstance: '1101000000', apiTokenInstance: token },
      }),
    ]);
  });

  it('creates an instance with createInstance and returns its credentials', async () => {
    const scope = partner()
      .post(`/partner/createInstance/${partnerToken}`, {
        typeInstance: 'telegram',
        incomingWebhook: 'yes',
        name: 'Bot',
      })
      .reply(200, { idInstance: 4100000005, apiTokenInstance: token, typeInstance: 'telegram' });
    const session = await manager().create({
      name: 'Bot',
      providerOptions: { typeInstance: 'telegram', incomingWebhook: 'yes' },
    });
    expect(scope.isDone()).toBe(true);
    expect(session).toMatchObject({ id: '4100000005', name: 'Bot', network: 'telegram' });
    expect(session.info.credentials).toEqual({ idInstance: '4100000005', apiTokenInstance: token });
  });

  it('deletes with deleteInstanceAccount', async () => {
    const scope = partner()
      .post(`/partner/deleteInstanceAccount/${partnerToken}`, { idInstance: 1101000000 })
      .reply(200, { deleteInstanceAccount: true });
    await manager().delete('1101000000');
    expect(scope.isDone()).toBe(true);
  });

  it.each([
    [401, 'auth'],
    [404, 'not-found'],
    [500, 'provider'],
  ])('maps a 200 {code: %i} to %s without leaking the partner token', async (code, expected) => {
    partner().get(`/partner/getInstances/${partnerToken}`).reply(200, { code, description: 'Unauthorized' });
    const error = await manager()
      .list()
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: expected, status: 200 });
    expect(String((error as Error).message)).not.toContain(partnerToken);
    expect(String((error as Error).stack)).not.toContain(partnerToken);
  });

  it('cannot rename, and exposes the raw partner client', async () => {
    const created = manager();
    expect(created.capabilities).toEqual({ list: true, create: true, rename: false, delete: true });
    await expect(created.rename({ id: '1', name: 'x' })).rejects.toMatchObject({ code: 'unsupported' });
    const scope = partner().get(`/partner/getInstances/${partnerToken}`).reply(200, []);
    await expect(created.raw.getInstances()).resolves.toEqual([]);
    expect(scope.isDone()).toBe(true);
  });

  it('uses a configured partnerUrl and validates options', async () => {
    const scope = nock('https://partner.example.test')
      .get(`/partner/getInstances/${partnerToken}`)
      .reply(200, []);
    await createGreenApiSessionManager({ partnerToken, partnerUrl: 'https://partner.example.test/' }).list();
    expect(scope.isDone()).toBe(true);
    expect(() => createGreenApiSessionManager({ partnerToken: '' })).toThrow(
      expect.objectContaining({ code: 'invalid-request', message: expect.stringContaining('partnerToken') }),
    );
  });
});
