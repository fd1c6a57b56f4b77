import { isMessengerError } from '@switchboard/core';
import { sdkwaFixtures } from '@switchboard/testing';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { createSdkwaSessionManager } from '../../src/index.js';
import { host, useNock } from '../support/nock-helpers.js';

useNock();

const userId = '424242';
const userToken = 'user-token-0123456789abcdef';
const prefix = '/api/v1/instance/user';

function userApi(): nock.Scope {
  return nock(host, { reqheaders: { 'x-user-id': userId, 'x-user-token': userToken } });
}

function createManager() {
  return createSdkwaSessionManager({ userId: Number(userId), userToken, host, retry: false });
}

describe('createSdkwaSessionManager', () => {
  it('declares list, create and delete (rename is not in the user API)', () => {
    expect(createManager().capabilities).toEqual({ list: true, create: true, rename: false, delete: true });
  });

  it('list posts instances/list and maps instances (idInstance as number or string)', async () => {
    const second = {
      ...sdkwaFixtures.instancesListResponse.data[0],
      idInstance: '1101000002',
      deleted: true,
    };
    const scope = userApi()
      .post(`${prefix}/instances/list`, {})
      .reply(200, {
        ...sdkwaFixtures.instancesListResponse,
        data: [...sdkwaFixtures.instancesListResponse.data, second],
      });
    const sessions = await createManager().list();
    expect(scope.isDone()).toBe(true);
    expect(sessions.map((session) => [session.id, session.info.state, session.network])).toEqual([
      ['1101000001', 'unknown', 'whatsapp'],
      ['1101000002', 'deleting', 'whatsapp'],
    ]);
    expect(sessions[0]?.info.createdAt).toBe(Date.parse('2024-10-11T10:00:00.000Z'));
    expect(sessions[0]?.info.credentials?.idInstance).toBe('1101000001'); // the listing carries the token
  });

  it('create orders a DEVELOPER instance forever by default and returns its credentials', async () => {
    const scope = userApi()
      .post(`${prefix}/instance/createByOrder`, { tariff: 'DEVELOPER', period: 'infinitely', name: 'Shop' })
      .reply(200, sdkwaFixtures.createByOrderResponse);
    const session = await createManager().create({ name: 'Shop' });
    expect(scope.isDone()).toBe(true);
    expect(session).toMatchObject({ id: '1101000037', name: 'Shop', network: 'whatsapp' });
    expect(session.info).toMatchObject({
      state: 'not-authorized',
      credentials: {
        idInstance: '1101000037',
        apiTokenInstance: sdkwaFixtures.createByOrderResponse.data.apiTokenInstance,
      },
    });
  });

  it('create passes provider options (tariff, period, Telegram account type)', async () => {
    const scope = userApi()
      .post(`${prefix}/instance/createByOrder`, {
        tariff: 'BUSINESS',
        period: 'month1',
        paymentType: 'PAYPAL',
        typeAccount: 'TG_DESKTOP',
      })
      .reply(200, {
        result: true,
        data: { idInstance: 1101000040, typeOrder: 'CREATE_INSTANCE' },
        error: {},
      });
    const session = await createManager().create({
      network: 'telegram',
      providerOptions: { tariff: 'BUSINESS', period: 'month1', paymentType: 'PAYPAL' },
    });
    expect(scope.isDone()).toBe(true);
    expect(session.info.credentials).toEqual({ idInstance: '1101000040' });
  });

  it('delete, restore and extend send integer ids', async () => {
    const scope = userApi()
      .post(`${prefix}/instance/delete`, { idInstance: 1101000001 })
      .reply(200, sdkwaFixtures.deleteInstanceResponse)
      .post(`${prefix}/instance/restore`, { idInstance: 1101000001 })
      .reply(200, sdkwaFixtures.restoreInstanceResponse)
      .post(`${prefix}/instance/extendByOrder`, {
        idInstance: 1101000001,
        tariff: 'BUSINESS',
        period: 'month1',
      })
      .reply(200, { result: true, data: { id: 'order-1', typeOrder: 'EXTEND_INSTANCE' }, error: {} });
    const manager = createManager();
    await manager.delete('1101000001');
    await manager.restore('1101000001');
    const order = await manager.extend({ id: '1101000001', tariff: 'BUSINESS', period: 'month1' });
    expect(order.typeOrder).toBe('EXTEND_INSTANCE');
    expect(scope.isDone()).toBe(true);
  });

  it('result:false with HTTP 200 is a failure (464 quota-exceeded, 404 not-found)', async () => {
    userApi()
      .post(`${prefix}/instance/createByOrder`)
      .reply(200, sdkwaFixtures.notEnoughBalanceResponse)
      .post(`${prefix}/instance/delete`)
      .reply(200, sdkwaFixtures.userNotFoundResponse);
    const manager = createManager();
    const balance = await manager.create().catch((error: unknown) => error);
    expect(isMessengerError(balance, 'quota-exceeded')).toBe(true);
    expect((balance as Error).message).toContain('Not enough balance');
    const missing = await manager.delete('1').catch((error: unknown) => error);
    expect(isMessengerError(missing, 'not-found')).toBe(true);
  });

  it('HTTP 400 result:false bodies: a wrong user token is auth, bad parameters invalid-request', async () => {
    userApi()
      .post(`${prefix}/instances/list`)
      .reply(400, sdkwaFixtures.invalidUserTokenResponse)
      .post(`${prefix}/instance/createByOrder`)
      .reply(400, sdkwaFixtures.invalidParametersResponse);
    const manager = createManager();
    const auth = await manager.list().catch((error: unknown) => error);
    expect(isMessengerError(auth, 'auth')).toBe(true);
    expect((auth as Error).message).not.toContain(userToken);
    expect(isMessengerError(await manager.create().catch((error: unknown) => error), 'invalid-request')).toBe(
      true,
    );
  });

  it('rename rejects with unsupported; bad options name the option without the token', () => {
    expect(() => createSdkwaSessionManager({ userId: '', userToken } as never)).toThrowError(/userId/);
    let thrown: unknown;
    try {
      createSdkwaSessionManager({ userId, userToken, host: 'nope' });
    } catch (error) {
      thrown = error;
    }
    expect(isMessengerError(thrown, 'invalid-request')).toBe(true);
    expect(String((thrown as Error).message)).not.toContain(userToken);
    return expect(createManager().rename({ id: '1', name: 'x' })).rejects.toMatchObject({
      code: 'unsupported',
    });
  });
});
