import { describe, expect, it } from 'vitest';
import { controlPrefix } from '../../../src/emulators/shared/index.js';
import { useGreenApiEmulator } from '../../support/green-api-emulator-suite.js';
import { call, drain, fastTimings } from './green-api-test-client.js';

describe('GREEN-API emulator control over HTTP', () => {
  const control = async (action: string, body?: unknown, verb = 'POST') => {
    const response = await fetch(`${emulator.url}${controlPrefix}/${action}`, {
      method: verb,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, json: (await response.json()) as unknown };
  };
  const { emulator } = useGreenApiEmulator({
    timings: fastTimings,
    settings: { incomingWebhook: 'yes', stateWebhook: 'yes' },
  });

  it('lists instances and scans the QR code', async () => {
    const listed = (await control('instances', undefined, 'GET')).json as Array<{ idInstance: number }>;
    expect(listed.map((each) => each.idInstance)).toEqual(emulator.instances.map((each) => each.idInstance));
    const whatsapp = emulator.instances[0]!;
    expect(
      (await control('scan-qr', { idInstance: whatsapp.idInstance, phone: '79990001122' })).json,
    ).toEqual({ scanned: true });
    expect((await call(whatsapp, 'getSettings')).json).toMatchObject({ wid: '79990001122@c.us' });
  });

  it('injects messages (base64 media too), reads sent messages and the auth code', async () => {
    const whatsapp = emulator.instances[0]!;
    await drain(whatsapp);
    const injected = (
      await control('incoming-message', {
        idInstance: whatsapp.idInstance,
        kind: 'image',
        base64: Buffer.from('pic').toString('base64'),
      })
    ).json as {
      idMessage: string;
      published: boolean;
    };
    expect(injected.published).toBe(true);
    const [body] = await drain(whatsapp);
    expect(body?.idMessage).toBe(injected.idMessage);
    await call(whatsapp, 'sendMessage', { body: { chatId: '79001234567@c.us', message: 'over http' } });
    const response = await fetch(
      `${emulator.url}${controlPrefix}/sent-messages?idInstance=${whatsapp.idInstance}`,
    );
    const sent = (await response.json()) as Array<{ body: { message: string } }>;
    expect(sent[0]?.body.message).toBe('over http');
    const telegram = emulator.instances[1]!;
    await call(telegram, 'startAuthorization', { body: { phoneNumber: 79001234567 } });
    const { code } = (await control('authorization-code', { idInstance: telegram.idInstance })).json as {
      code: string;
    };
    expect((await call(telegram, 'sendAuthorizationCode', { body: { code } })).json).toMatchObject({
      data: { status: 'success' },
    });
  });

  it('sets state, quota and faults, and reports errors', async () => {
    const max = emulator.instances[2]!;
    await control('state', { idInstance: max.idInstance, stateInstance: 'blocked' });
    expect((await call(max, 'getStateInstance')).json).toEqual({ stateInstance: 'blocked' });
    await control('faults', {
      fault: { kind: 'status', status: 503 },
      when: { times: 1, pathIncludes: '/getSettings/' },
    });
    expect((await call(max, 'getSettings')).status).toBe(503);
    expect((await control('faults', undefined, 'DELETE')).status).toBe(200);
    expect((await control('state', {})).json).toEqual({ error: "'idInstance' is required" });
    expect((await control('authorize', { idInstance: 1 })).status).toBe(400);
    expect((await control('no-such-action', {})).status).toBe(404);
  });
});
