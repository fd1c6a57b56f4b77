import { type GreenApiEmulator, startGreenApiEmulator } from '@switchboard/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createGreenApiMessenger, createGreenApiSessionManager } from '../../src/index.js';

let emulator: GreenApiEmulator;

beforeAll(async () => {
  emulator = await startGreenApiEmulator({
    seed: 11,
    instances: [{ typeInstance: 'telegram', twoFactorPassword: 'cloud' }],
    timings: { receiveTimeoutSecondMilliseconds: 10, sendDelayScale: 0 },
  });
});

afterAll(async () => {
  await emulator?.close();
});

it('manages instances through the partner API', async () => {
  const manager = createGreenApiSessionManager({
    partnerToken: emulator.partnerToken,
    partnerUrl: emulator.partnerUrl,
    retry: false,
  });
  const before = await manager.list();
  const created = await manager.create({ name: 'Shop', providerOptions: { typeInstance: 'v3' } });
  expect(created).toMatchObject({
    name: 'Shop',
    network: 'max',
    info: { credentials: { idInstance: created.id } },
  });
  await expect(manager.create({ name: 'Max', network: 'max' })).rejects.toMatchObject({
    code: 'unsupported',
    operation: 'sessions.create',
  });
  expect((await manager.list()).map((session) => session.id)).toContain(created.id);

  const createdInstance = emulator.instances.find((instance) => String(instance.idInstance) === created.id);
  const messenger = createGreenApiMessenger({
    network: 'max',
    idInstance: created.id,
    apiTokenInstance: created.info.credentials?.apiTokenInstance ?? '',
    apiUrl: createdInstance?.apiUrl,
    mediaUrl: createdInstance?.mediaUrl,
    retry: false,
  });
  await expect(messenger.session.getState()).resolves.toBe('not-authorized');

  await manager.delete(created.id);
  expect((await manager.list()).map((session) => session.id)).toEqual(before.map((session) => session.id));
  const wrong = createGreenApiSessionManager({
    partnerToken: 'f'.repeat(40),
    partnerUrl: emulator.partnerUrl,
    retry: false,
  });
  await expect(wrong.list()).rejects.toMatchObject({ code: 'auth' });
});

it('logs Telegram in by code and two-factor password', async () => {
  const [instance] = emulator.instances.filter((candidate) => candidate.typeInstance === 'telegram');
  if (instance === undefined) throw new Error('no telegram instance');
  const messenger = createGreenApiMessenger({
    network: 'telegram',
    idInstance: instance.idInstance,
    apiTokenInstance: instance.apiTokenInstance,
    apiUrl: instance.apiUrl,
    mediaUrl: instance.mediaUrl,
    retry: false,
  });
  await messenger.session.requestCode({ phone: '79001234567', channel: 'app' });
  const code = emulator.control.authorizationCode(instance.idInstance);
  expect(code).toBeDefined();
  await expect(messenger.session.confirmCode('000000' === code ? '111111' : '000000')).rejects.toMatchObject({
    code: 'invalid-request',
  });
  await expect(messenger.session.confirmCode(code ?? '')).resolves.toBe('pending-password');
  await expect(messenger.session.confirmPassword('cloud')).resolves.toBe('authorized');
});
