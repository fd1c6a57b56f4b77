import { describe, expect, it, vi } from 'vitest';
import { greenApiAllWebhooksOn, startGreenApiEmulator } from '../../../src/emulators/green-api/index.js';
import { useGreenApiEmulator } from '../../support/green-api-emulator-suite.js';
import { call, drain, fastTimings } from './green-api-test-client.js';

describe('GREEN-API emulator authorization', () => {
  const { emulator, instance } = useGreenApiEmulator({
    timings: { ...fastTimings, authorizationCodeTtlMilliseconds: 60_000 },
    settings: { stateWebhook: 'yes' },
    instances: [
      { typeInstance: 'whatsapp', phone: '79876543210' },
      { typeInstance: 'whatsapp' },
      { typeInstance: 'telegram', twoFactorPassword: 'cloud-secret' },
      { typeInstance: 'v3' },
      { typeInstance: 'telegram' },
    ],
  });

  it('shows a QR code until the phone scans it, then alreadyLogged', async () => {
    const whatsapp = instance(0);
    const qr = await call(whatsapp, 'qr');
    expect(qr.json).toMatchObject({ type: 'qrCode' });
    const image = Buffer.from((qr.json as { message: string }).message, 'base64');
    expect(image.subarray(1, 4).toString()).toBe('PNG');
    expect((await call(whatsapp, 'getSettings')).json).toMatchObject({ wid: '' });
    expect(emulator.control.scanQr(whatsapp.idInstance)).toBe(true);
    expect(emulator.control.scanQr(whatsapp.idInstance)).toBe(false);
    expect((await call(whatsapp, 'qr')).json).toMatchObject({ type: 'alreadyLogged' });
    expect((await call(whatsapp, 'getStateInstance')).json).toEqual({ stateInstance: 'authorized' });
    expect((await call(whatsapp, 'getSettings')).json).toMatchObject({ wid: '79876543210@c.us' });
    expect((await call(whatsapp, 'getWaSettings')).json).toMatchObject({
      phone: '79876543210',
      stateInstance: 'authorized',
      chatId: '79876543210@c.us',
    });
    expect((await call(whatsapp, 'getStatusInstance')).json).toEqual({ statusInstance: 'online' });
    const notifications = await drain(whatsapp);
    expect(notifications).toMatchObject([
      {
        typeWebhook: 'stateInstanceChanged',
        stateInstance: 'authorized',
        instanceData: { wid: '79876543210@c.us' },
      },
    ]);
  });

  it('logs out back to notAuthorized with an empty wid', async () => {
    const whatsapp = instance(0);
    expect((await call(whatsapp, 'logout')).json).toEqual({ isLogout: true });
    expect((await call(whatsapp, 'getStateInstance')).json).toEqual({ stateInstance: 'notAuthorized' });
    const [changed] = await drain(whatsapp);
    expect(changed).toMatchObject({ stateInstance: 'notAuthorized', instanceData: { wid: '' } });
    expect((await call(whatsapp, 'qr')).json).toMatchObject({ type: 'qrCode' });
  });

  it('links WhatsApp by phone number with a pairing code', async () => {
    const whatsapp = instance(1);
    const invalid = await call(whatsapp, 'getAuthorizationCode', { body: { phoneNumber: '79001234567' } });
    expect(invalid.status).toBe(400);
    const answer = await call(whatsapp, 'getAuthorizationCode', { body: { phoneNumber: 79001112233 } });
    const { status, code } = answer.json as { status: boolean; code: string };
    expect(status).toBe(true);
    expect(code).toMatch(/^[A-Z0-9]{8}$/);
    expect(emulator.control.authorizationCode(whatsapp.idInstance)).toBe(code);
    expect(emulator.control.confirmPairingCode(whatsapp.idInstance, 'WRONG000')).toBe(false);
    expect(emulator.control.confirmPairingCode(whatsapp.idInstance, code)).toBe(true);
    expect((await call(whatsapp, 'getSettings')).json).toMatchObject({ wid: '79001112233@c.us' });
    const again = await call(whatsapp, 'getAuthorizationCode', { body: { phoneNumber: 79001112233 } });
    expect(again.json).toEqual({ status: false, code: '' });
  });

  it('runs the Telegram code flow with a 2FA password', async () => {
    const telegram = instance(2);
    const early = await call(telegram, 'sendAuthorizationCode', { body: { code: '11111' } });
    expect(early.json).toEqual({ status: true, data: { status: 'fail', reason: 'code_not_requested' } });
    const start = await call(telegram, 'startAuthorization', { body: { phoneNumber: 79001234567 } });
    expect(start.json).toEqual({ status: true, data: { status: 'success' } });
    expect((await call(telegram, 'getStateInstance')).json).toEqual({ stateInstance: 'pendingCode' });
    const code = emulator.control.authorizationCode(telegram.idInstance);
    expect(code).toMatch(/^\d{5}$/);
    const wrong = await call(telegram, 'sendAuthorizationCode', {
      body: { code: code === '12345' ? '54321' : '12345' },
    });
    expect(wrong.json).toEqual({ status: true, data: { status: 'fail', reason: 'invalid_code' } });
    const right = await call(telegram, 'sendAuthorizationCode', { body: { code } });
    expect(right.json).toEqual({ status: true, data: { status: 'success' } });
    expect((await call(telegram, 'getStateInstance')).json).toEqual({ stateInstance: 'pendingPassword' });
    expect((await call(telegram, 'qr')).json).toMatchObject({ type: 'pending_password' });
    const badPassword = await call(telegram, 'sendAuthorizationPassword', { body: { password: 'nope' } });
    expect(badPassword.json).toEqual({ status: true, data: { status: 'fail', reason: 'invalid_password' } });
    const goodPassword = await call(telegram, 'sendAuthorizationPassword', {
      body: { password: 'cloud-secret' },
    });
    expect(goodPassword.json).toEqual({ status: true, data: { status: 'success' } });
    expect((await call(telegram, 'getStateInstance')).json).toEqual({ stateInstance: 'authorized' });
    const account = (await call(telegram, 'getAccountSettings')).json as Record<string, unknown>;
    expect(account).toMatchObject({ phone: '79001234567', stateInstance: 'authorized' });
    expect(account.chatId).toMatch(/^\d+$/);
    const states = (await drain(telegram)).map((body) => body.stateInstance);
    expect(states).toEqual(['pendingCode', 'pendingPassword', 'authorized']);
    const repeat = await call(telegram, 'startAuthorization', { body: { phoneNumber: 79001234567 } });
    expect(repeat.json).toEqual({ status: true, data: { status: 'fail', reason: 'already_registered' } });
  });

  it('runs the MAX code flow without a password step', async () => {
    const max = instance(3);
    await call(max, 'startAuthorization', { body: { phoneNumber: 79005554433 } });
    const code = emulator.control.authorizationCode(max.idInstance);
    const answer = await call(max, 'sendAuthorizationCode', { body: { code } });
    expect(answer.json).toEqual({ status: true, data: { status: 'success' } });
    expect((await call(max, 'getAccountSettings')).json).toMatchObject({
      stateInstance: 'authorized',
      historySyncProgress: 100,
    });
    expect((await call(max, 'sendAuthorizationPassword', { body: { password: 'x' } })).status).toBe(404);
  });

  it('authorizes Telegram by QR scan too', async () => {
    const telegram = instance(4);
    expect((await call(telegram, 'qr')).json).toMatchObject({ type: 'qrCode' });
    emulator.control.scanQr(telegram.idInstance, { phone: '79007654321' });
    expect((await call(telegram, 'getStateInstance')).json).toEqual({ stateInstance: 'authorized' });
  });

  it('rotates the API token', async () => {
    const max = instance(3);
    const rotated = await call(max, 'updateApiToken');
    const { apiTokenInstance } = rotated.json as { apiTokenInstance: string };
    expect(apiTokenInstance).toMatch(/^[0-9a-f]{50}$/);
    expect(apiTokenInstance).not.toBe(max.apiTokenInstance);
    expect((await call(max, 'getStateInstance')).status).toBe(401);
    expect((await call(max, 'getStateInstance', { token: apiTokenInstance })).status).toBe(200);
    expect(emulator.instances[3]?.apiTokenInstance).toBe(apiTokenInstance);
  });
});

describe('GREEN-API emulator reboot and code expiry', () => {
  it('passes through starting on reboot and refuses live methods meanwhile', async () => {
    const emulator = await startGreenApiEmulator({
      state: 'authorized',
      settings: greenApiAllWebhooksOn,
      timings: { ...fastTimings, startingMilliseconds: 2_000, authorizationCodeTtlMilliseconds: 1 },
      instances: [{}, { typeInstance: 'telegram', state: 'notAuthorized' }],
    });
    try {
      const [whatsapp, telegram] = emulator.instances;
      // The starting phase ends on a fake timer: it lasts until the test moves the clock past 2 s, however slow
      // the calls are on a loaded machine.
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        expect((await call(whatsapp!, 'reboot')).json).toEqual({ isReboot: true });
        expect((await call(whatsapp!, 'getStateInstance')).json).toEqual({ stateInstance: 'starting' });
        const live = await call(whatsapp!, 'getContacts');
        expect(live.status).toBe(400);
        expect(live.json).toMatchObject({ message: 'instance in starting process try later' });
        vi.advanceTimersByTime(1_999);
        expect((await call(whatsapp!, 'getStateInstance')).json).toEqual({ stateInstance: 'starting' });
        vi.advanceTimersByTime(1);
      } finally {
        vi.useRealTimers();
      }
      expect((await call(whatsapp!, 'getStateInstance')).json).toEqual({ stateInstance: 'authorized' });
      expect((await drain(whatsapp!)).map((body) => body.stateInstance)).toEqual(['starting', 'authorized']);

      await call(telegram!, 'startAuthorization', { body: { phoneNumber: 79001234567 } });
      const code = emulator.control.authorizationCode(telegram!.idInstance);
      await new Promise((resolve) => setTimeout(resolve, 5));
      const expired = await call(telegram!, 'sendAuthorizationCode', { body: { code } });
      expect(expired.json).toEqual({ status: true, data: { status: 'fail', reason: 'code_expired' } });
      expect((await call(telegram!, 'getStateInstance')).json).toEqual({ stateInstance: 'notAuthorized' });
    } finally {
      await emulator.close();
    }
  }, 30_000);
});
