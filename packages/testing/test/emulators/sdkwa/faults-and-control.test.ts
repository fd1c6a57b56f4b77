import { beforeEach, describe, expect, it } from 'vitest';
import { startSdkwaEmulator } from '../../../src/emulators/sdkwa/index.js';
import { useStartedResource, useSuiteValue } from '../../support/suite-value.js';
import { fastOptions, instanceApi, send } from './sdkwa-test-client.js';

describe('SDKWA emulator faults', () => {
  const emulator = useStartedResource(() => startSdkwaEmulator({ ...fastOptions }));
  const api = useSuiteValue(() => instanceApi(emulator));

  beforeEach(() => {
    emulator.control.faults.clear();
  });

  it('injects a status with Retry-After once, then answers normally', async () => {
    emulator.control.faults.inject(
      { kind: 'status', status: 429, body: '{"message":"Too Many Requests"}', retryAfterMilliseconds: 2000 },
      { times: 1, pathIncludes: '/sendMessage' },
    );
    const limited = await api.post('sendMessage', { chatId: '79001234567@c.us', message: 'x' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.json).toEqual({ message: 'Too Many Requests' });
    expect((await api.post('sendMessage', { chatId: '79001234567@c.us', message: 'x' })).status).toBe(200);
    expect(emulator.control.sentMessages(api.instance.idInstance)).toHaveLength(1);
  });

  it('delays, drops and answers malformed JSON', async () => {
    emulator.control.faults.inject({ kind: 'delay', milliseconds: 30 }, { times: 1 });
    expect((await api.get('getStateInstance')).json).toEqual({ stateInstance: 'authorized' });
    emulator.control.faults.inject({ kind: 'drop' }, { times: 1 });
    await expect(fetch(`${api.base}/getStateInstance`, { headers: api.auth })).rejects.toThrow();
    emulator.control.faults.inject({ kind: 'malformed-json' }, { times: 1 });
    const malformed = await api.get('getStateInstance');
    expect(malformed.status).toBe(200);
    expect(malformed.json).toBeUndefined();
    expect((await api.get('getStateInstance')).json).toEqual({ stateInstance: 'authorized' });
  });

  it('never applies faults to the control routes', async () => {
    emulator.control.faults.inject({ kind: 'status', status: 500 });
    expect((await send(`${emulator.url}/__control/instances`, 'GET')).status).toBe(200);
    expect((await api.get('getStateInstance')).status).toBe(500);
  });
});

describe('SDKWA emulator control over HTTP', () => {
  const control = (action: string, body?: unknown) =>
    send(`${emulator.url}/__control/${action}`, 'POST', body);

  const emulator = useStartedResource(() =>
    startSdkwaEmulator({ ...fastOptions, instances: [{ state: 'notAuthorized' }] }),
  );

  it('lists its actions and instances', async () => {
    const index = (await send(`${emulator.url}/__control`, 'GET')).json as {
      actions: string[];
      instances: unknown[];
    };
    expect(index.actions).toContain('scanQr');
    expect(index.instances).toEqual(emulator.instances);
    const snapshot = (
      await send(`${emulator.url}/__control/instance?idInstance=${emulator.instances[0]?.idInstance}`, 'GET')
    ).json as Record<string, unknown>;
    expect(snapshot).toMatchObject({ stateInstance: 'notAuthorized', queuedNotifications: 0 });
  });

  it('scans the QR, reads codes and injects messages with base64 media', async () => {
    const idInstance = emulator.instances[0]!.idInstance;
    const api = instanceApi(emulator);
    expect((await control('scanQr', { idInstance })).json).toEqual({ scanned: false });
    await api.get('qr');
    expect((await control('scanQr', { idInstance })).json).toEqual({ scanned: true });
    await api.get('logout');
    await api.post('requestRegistrationCode', { phoneNumber: 79001112233, method: 'voice' });
    const code = (await control('readRegistrationCode', { idInstance })).json as {
      code: string;
      phone: string;
    };
    expect(code.phone).toBe('79001112233');
    await api.drain();
    const injected = (
      await control('injectIncomingMessage', {
        idInstance,
        type: 'document',
        fileName: 'a.txt',
        bytesBase64: Buffer.from('hello file').toString('base64'),
      })
    ).json as { idMessage: string; downloadUrl: string };
    expect(await (await fetch(injected.downloadUrl)).text()).toBe('hello file');
    expect(await api.next('incomingMessageReceived')).toMatchObject({ idMessage: injected.idMessage });
    expect(
      (await control('injectFault', { fault: { kind: 'status', status: 503 }, when: { times: 1 } })).json,
    ).toEqual({
      ok: true,
    });
    expect((await api.get('getStateInstance')).status).toBe(503);
  });

  it('answers 404 for unknown instances and actions, 400 for missing arguments', async () => {
    expect((await control('scanQr', { idInstance: 1 })).status).toBe(404);
    expect((await control('noSuchAction', {})).status).toBe(404);
    expect((await control('setState', { idInstance: emulator.instances[0]?.idInstance })).status).toBe(400);
  });

  it('creates instances and sets states', async () => {
    const created = (await control('createInstance', { network: 'telegram', state: 'notAuthorized' }))
      .json as {
      idInstance: number;
    };
    expect((await control('setState', { idInstance: created.idInstance, state: 'blocked' })).json).toEqual({
      ok: true,
    });
    expect(emulator.control.instance(created.idInstance).stateInstance).toBe('blocked');
  });
});
