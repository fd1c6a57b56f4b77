import { describe, expect, it } from 'vitest';
import { useGreenApiEmulator } from '../../support/green-api-emulator-suite.js';
import { call, fastTimings } from './green-api-test-client.js';

describe('GREEN-API emulator Partner API', () => {
  const partner = async (method: string, init: { verb?: string; body?: unknown; token?: string } = {}) => {
    const response = await fetch(
      `${emulator.partnerUrl}/partner/${method}/${init.token ?? emulator.partnerToken}`,
      {
        method: init.verb ?? (init.body === undefined ? 'GET' : 'POST'),
        headers: { 'content-type': 'application/json' },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      },
    );
    return { status: response.status, json: (await response.json()) as unknown };
  };
  const { emulator } = useGreenApiEmulator({ timings: fastTimings, partnerToken: 'partner-token' });

  it('answers auth errors and unknown methods as HTTP 200 with {code, description}', async () => {
    expect(await partner('getInstances', { token: 'wrong' })).toEqual({
      status: 200,
      json: { code: 401, description: 'Unauthorized' },
    });
    expect(await partner('noSuchMethod')).toEqual({
      status: 200,
      json: { code: 404, description: 'Not found' },
    });
    expect(await partner('createInstance')).toEqual({
      status: 200,
      json: { code: 404, description: 'Not found' },
    });
  });

  it('answers a partner token that is not valid percent-encoding as unauthorized', async () => {
    expect(await partner('getInstances', { token: '%E0%A4%A' })).toEqual({
      status: 200,
      json: { code: 401, description: 'Unauthorized' },
    });
  });

  it('lists, creates and deletes instances', async () => {
    const listed = (await partner('getInstances')).json as Array<Record<string, unknown>>;
    expect(listed).toHaveLength(3);
    expect(listed[0]).toMatchObject({
      typeInstance: 'whatsapp',
      deleted: false,
      timeDeleted: '0001-01-01T00:00:00',
      apiTokenInstance: expect.any(String),
    });
    const created = (await partner('createInstance', { body: { name: 'shop', incomingWebhook: 'yes' } }))
      .json as {
      idInstance: number;
      apiTokenInstance: string;
      typeInstance: string;
    };
    expect(created).toEqual({
      idInstance: expect.any(Number),
      apiTokenInstance: expect.stringMatching(/^[0-9a-f]{50}$/),
      typeInstance: 'whatsapp',
    });
    expect(created).not.toHaveProperty('apiUrl');
    const described = emulator.instances.find((each) => each.idInstance === created.idInstance);
    expect(described).toBeDefined();
    expect((await call(described!, 'getSettings')).json).toMatchObject({ incomingWebhook: 'yes' });
    const telegram = (await partner('createInstance', { body: { typeInstance: 'telegram' } })).json as {
      idInstance: number;
    };
    expect(String(telegram.idInstance)).toMatch(/^4100/);
    expect(
      (await partner('deleteInstanceAccount', { body: { idInstance: created.idInstance } })).json,
    ).toEqual({ deleteInstanceAccount: true });
    expect(
      (await partner('deleteInstanceAccount', { body: { idInstance: created.idInstance } })).json,
    ).toEqual({ code: 404, description: 'Not found' });
    expect((await call(described!, 'getStateInstance')).json).toMatchObject({
      message: 'Instance is deleted',
    });
    const after = (await partner('getInstances')).json as Array<Record<string, unknown>>;
    expect(after.find((each) => each.idInstance === created.idInstance)).toMatchObject({ deleted: true });
    expect(emulator.instances.some((each) => each.idInstance === created.idInstance)).toBe(false);
  });
});
