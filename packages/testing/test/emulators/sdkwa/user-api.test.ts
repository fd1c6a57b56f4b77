import { describe, expect, it } from 'vitest';
import { startSdkwaEmulator } from '../../../src/emulators/sdkwa/index.js';
import { useStartedResource } from '../../support/suite-value.js';
import { fastOptions, instanceApi, send } from './sdkwa-test-client.js';

describe('SDKWA emulator user-level instance API', () => {
  const emulator = useStartedResource(() => startSdkwaEmulator({ ...fastOptions, balance: 20 }), {
    scope: 'test',
  });
  const user = (action: string, body?: unknown) =>
    send(`${emulator.url}/api/v1/instance/user/${action}`, 'POST', body, {
      'x-user-id': emulator.userId,
      'x-user-token': emulator.userToken,
    });

  it('lists instances with the documented fields', async () => {
    const answer = await user('instances/list');
    expect(answer.status).toBe(200);
    const list = answer.json as { result: boolean; error: unknown; data: Array<Record<string, unknown>> };
    expect(list.result).toBe(true);
    expect(list.error).toEqual({});
    expect(list.data).toHaveLength(2);
    expect(list.data[0]).toMatchObject({
      idInstance: emulator.instances[0]?.idInstance,
      apiTokenInstance: emulator.instances[0]?.apiTokenInstance,
      typeInstance: 'whatsapp',
      timeDeleted: '0001-01-01T00:00:00',
      deleted: false,
      tariff: 'DEVELOPER',
      isExpired: false,
      typeAccount: 'WA_DESKTOP',
      releaseType: 'STABLE',
    });
    expect(list.data[1]).toMatchObject({ typeInstance: 'telegram', typeAccount: 'TG_DESKTOP' });
  });

  it('creates an instance by order, charging the balance, and the new instance works', async () => {
    const created = (
      await user('instance/createByOrder', { tariff: 'BUSINESS', period: 'month1', paymentType: 'PAYPAL' })
    ).json as { result: boolean; data: Record<string, unknown> };
    expect(created.result).toBe(true);
    expect(created.data).toMatchObject({
      typeOrder: 'CREATE_INSTANCE',
      sum: 12,
      currency: 'USD',
      period: 'month1',
    });
    const idInstance = created.data.idInstance as number;
    const apiTokenInstance = created.data.apiTokenInstance as string;
    const api = instanceApi(emulator, { idInstance, apiTokenInstance, network: 'whatsapp' });
    expect((await api.get('getStateInstance')).json).toEqual({ stateInstance: 'notAuthorized' });
    const poor = await user('instance/createByOrder', { tariff: 'BUSINESS', period: 'month1' });
    expect(poor.status).toBe(200);
    expect(poor.json).toEqual({
      result: false,
      data: {},
      error: { code: 464, description: 'Not enough balance' },
    });
    const free = (
      await user('instance/createByOrder', {
        tariff: 'DEVELOPER',
        period: 'infinitely',
        typeAccount: 'TG_DESKTOP',
      })
    ).json as { data: { idInstance: number } };
    const list = (await user('instances/list')).json as { data: Array<Record<string, unknown>> };
    expect(list.data.find((item) => item.idInstance === free.data.idInstance)).toMatchObject({
      typeInstance: 'telegram',
    });
  });

  it('extends, deletes and restores instances; a deleted instance answers 403', async () => {
    const idInstance = emulator.instances[0]!.idInstance;
    const extended = (
      await user('instance/extendByOrder', { idInstance, tariff: 'BUSINESS', period: 'day1' })
    ).json as {
      data: { typeOrder: string };
    };
    expect(extended.data.typeOrder).toBe('EXTEND_INSTANCE');
    expect((await user('instance/delete', { idInstance })).json).toEqual({
      result: true,
      data: { deleteInstanceAccount: true },
      error: {},
    });
    const api = instanceApi(emulator);
    expect((await api.get('getStateInstance')).status).toBe(403);
    expect((await user('instance/delete', { idInstance })).json).toEqual({
      result: false,
      data: {},
      error: { code: 404, description: 'Not found' },
    });
    expect((await user('instance/restore', { idInstance })).json).toMatchObject({
      data: { restoreInstanceAccount: true },
    });
    expect((await api.get('getStateInstance')).status).toBe(200);
    expect(
      (await user('instance/extendByOrder', { idInstance: 1, tariff: 'BUSINESS', period: 'day1' })).json,
    ).toMatchObject({
      error: { code: 404 },
    });
  });

  it('answers 400 for wrong credentials and invalid parameters, 404 for other verbs', async () => {
    const wrong = await send(
      `${emulator.url}/api/v1/instance/user/instances/list`,
      'POST',
      {},
      {
        'x-user-id': emulator.userId,
        'x-user-token': 'nope',
      },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.json).toEqual({ result: false, error: 'Invalid user token' });
    const invalid = await user('instance/createByOrder', { tariff: 'GOLD', period: 'month1' });
    expect(invalid.status).toBe(400);
    expect(invalid.json).toEqual({ result: false, error: 'Invalid parameters' });
    expect((await user('instance/delete', {})).status).toBe(400);
    expect((await send(`${emulator.url}/api/v1/instance/user/instances/list`, 'GET')).status).toBe(404);
  });

  it('spells idInstance as a string when asked (OpenAPI variant)', async () => {
    const stringly = await startSdkwaEmulator({
      ...fastOptions,
      listIdInstanceAs: 'string',
      userId: 'u1',
      userToken: 't1',
    });
    try {
      const answer = await send(`${stringly.url}/api/v1/instance/user/instances/list`, 'POST', undefined, {
        'x-user-id': 'u1',
        'x-user-token': 't1',
      });
      expect((answer.json as { data: Array<{ idInstance: unknown }> }).data[0]?.idInstance).toBe(
        String(stringly.instances[0]?.idInstance),
      );
    } finally {
      await stringly.close();
    }
  });
});
