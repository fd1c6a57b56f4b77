import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { startSdkwaEmulator } from '../../../src/emulators/sdkwa/index.js';
import { useStartedResource, useSuiteValue } from '../../support/suite-value.js';
import { fastOptions, instanceApi } from './sdkwa-test-client.js';

const pngSignature = 'iVBORw0KGgo';

describe('SDKWA emulator authorization', () => {
  const emulator = useStartedResource(
    () =>
      startSdkwaEmulator({
        ...fastOptions,
        instances: [
          { state: 'notAuthorized', phone: '79990000001' },
          { network: 'telegram', state: 'notAuthorized' },
        ],
        timings: {
          ...fastOptions.timings,
          smsWaitMilliseconds: 150,
          voiceWaitMilliseconds: 1_000,
          qrRefreshMilliseconds: 200,
        },
      }),
    { scope: 'test' },
  );
  const api = useSuiteValue(() => instanceApi(emulator), { scope: 'test' });

  it('hands out a PNG QR code until the control scans it, then answers alreadyLogged', async () => {
    const id = api.instance.idInstance;
    expect(emulator.control.scanQr(id)).toBe(false);
    // The clock stands still until the scan, so the code stays current however slow the machine is.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      const first = (await api.get('qr')).json as { type: string; message: string };
      expect(first.type).toBe('qrCode');
      expect(first.message.startsWith(pngSignature)).toBe(true);
      expect(Buffer.from(first.message, 'base64').subarray(1, 4).toString()).toBe('PNG');
      expect(((await api.get('qr')).json as { message: string }).message).toBe(first.message);
      expect(emulator.control.scanQr(id)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
    expect((await api.get('getStateInstance')).json).toEqual({ stateInstance: 'authorized' });
    expect((await api.get('qr')).json).toEqual({
      type: 'alreadyLogged',
      message: 'instance account already authorized',
    });
    expect(await api.next('stateInstanceChanged')).toMatchObject({
      stateInstance: 'authorized',
      instanceData: { idInstance: id, wid: '79990000001@c.us', typeInstance: 'whatsapp' },
    });
  });

  it('refreshes the QR after qrRefreshMilliseconds and refuses to scan an expired one', async () => {
    const first = (await api.get('qr')).json as { message: string };
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(emulator.control.scanQr(api.instance.idInstance)).toBe(false);
    const second = (await api.get('qr')).json as { message: string };
    expect(second.message).not.toBe(first.message);
  });

  it('answers the "has auth" error while a session exists but is not connected', async () => {
    emulator.control.authorize(api.instance.idInstance);
    emulator.control.setState(api.instance.idInstance, 'blocked');
    expect((await api.get('qr')).json).toEqual({
      type: 'error',
      message: 'Instance has auth. You need to make log out',
    });
    const code = await api.post('getAuthorizationCode', { phoneNumber: 79990000001 });
    expect(code.status).toBe(400);
    expect(code.json).toBe(
      'Connection to whatsapp was closed due reason Instance has auth. You need to make log out',
    );
  });

  it('links with a phone-number code confirmed through the control API', async () => {
    const invalid = await api.post('getAuthorizationCode', { phoneNumber: '+7 900' });
    expect(invalid.status).toBe(400);
    expect((invalid.json as { message: string }).message).toContain("'phoneNumber' must contain");
    const answer = (await api.post('getAuthorizationCode', { phoneNumber: 79001112233 })).json as {
      status: boolean;
      code: string;
    };
    expect(answer.status).toBe(true);
    expect(answer.code).toMatch(/^[A-Z0-9]{8}$/);
    expect(emulator.control.readAuthorizationCode(api.instance.idInstance)).toBe(answer.code);
    expect(emulator.control.confirmAuthorizationCode(api.instance.idInstance)).toBe(true);
    const settings = (await api.get('getSettings')).json as { wid: string };
    expect(settings.wid).toBe('79001112233@c.us');
    const again = await api.post('getAuthorizationCode', { phoneNumber: 79001112233 });
    expect(again.status).toBe(400);
    expect(again.json).toBe('Instance already logged');
    const pairing = await api.post('getPairingCode', { phoneNumber: 79001112233 });
    expect(pairing.json).toMatchObject({ result: false });
  });

  it('answers getPairingCode with the S1 shape', async () => {
    const answer = (await api.post('getPairingCode', { phoneNumber: 79001112233 })).json as {
      result: boolean;
      data: { pairingCode: string };
    };
    expect(answer.result).toBe(true);
    expect(emulator.control.readAuthorizationCode(api.instance.idInstance)).toBe(answer.data.pairingCode);
  });

  it('registers by SMS: wait timers, too_recent, wrong code, then the code the emulator sent', async () => {
    const id = api.instance.idInstance;
    // The clock stands still, so the 150 ms SMS wait is still running at the second request however slow the machine.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const bad = await api.post('requestRegistrationCode', { phoneNumber: 7123456789, method: 'fax' });
    expect(bad.status).toBe(400);
    const sent = (await api.post('requestRegistrationCode', { phoneNumber: 7123456789, method: 'sms' })).json;
    expect(sent).toEqual({
      flash_type: 0,
      login: '7123456789',
      length: '6',
      method: 'sms',
      status: 'sent',
      retry_after: 0,
      sms_wait: 1,
      voice_wait: '0',
      wa_old_wait: '300',
    });
    const tooRecent = (await api.post('requestRegistrationCode', { phoneNumber: 7123456789, method: 'sms' }))
      .json;
    expect(tooRecent).toMatchObject({
      status: 'fail',
      reason: 'too_recent',
      login: '7123456789',
      sms_wait: 1,
      voice_wait: 0,
    });
    const voice = (await api.post('requestRegistrationCode', { phoneNumber: 7123456789, method: 'voice' }))
      .json;
    expect(voice).toMatchObject({ status: 'sent', method: 'voice', voice_wait: '1', retry_after: 1 });
    const registration = emulator.control.readRegistrationCode(id);
    expect(registration).toMatchObject({ phone: '7123456789', method: 'voice' });
    expect(registration?.code).toMatch(/^\d{6}$/);
    expect((await api.post('sendRegistrationCode', { code: '000000' })).json).toEqual({
      type: 'error',
      message: 'Invalid code',
    });
    expect((await api.get('getStateInstance')).json).toEqual({ stateInstance: 'notAuthorized' });
    const accepted = await api.post('sendRegistrationCode/', { code: registration?.code });
    expect(accepted.json).toEqual({ type: '', message: 'Registration code accepted' });
    expect((await api.get('getStateInstance')).json).toEqual({ stateInstance: 'authorized' });
    expect((await api.get('getSettings')).json).toMatchObject({
      wid: '7123456789@c.us',
      typeAccount: 'WA_MOBILE',
    });
    const already = { type: 'alreadyLogged', message: 'instance account already authorized' };
    expect((await api.post('sendRegistrationCode', { code: '1' })).json).toEqual(already);
    expect(
      (await api.post('requestRegistrationCode', { phoneNumber: 7123456789, method: 'sms' })).json,
    ).toEqual(already);
  });

  it('allows a new SMS once sms_wait has run out and invalidates the previous code', async () => {
    // The emulator's clock moves only when the test moves it: just before and just after the 150 ms SMS wait.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    await api.post('requestRegistrationCode', { phoneNumber: 7123456789, method: 'sms' });
    const old = emulator.control.readRegistrationCode(api.instance.idInstance)?.code;
    vi.setSystemTime(Date.now() + 149);
    expect(
      (await api.post('requestRegistrationCode', { phoneNumber: 7123456789, method: 'sms' })).json,
    ).toMatchObject({ status: 'fail', reason: 'too_recent' });
    vi.setSystemTime(Date.now() + 1);
    const again = (await api.post('requestRegistrationCode', { phoneNumber: 7123456789, method: 'sms' }))
      .json;
    expect(again).toMatchObject({ status: 'sent' });
    const fresh = emulator.control.readRegistrationCode(api.instance.idInstance)?.code;
    expect(fresh).not.toBe(old);
    expect((await api.post('sendRegistrationCode', { code: old })).json).toEqual({
      type: 'error',
      message: 'Invalid code',
    });
    expect((await api.post('sendRegistrationCode', { code: fresh })).json).toMatchObject({ type: '' });
  });

  it('serves the requestAuthorizationCode alias and control-driven refusals', async () => {
    const alias = (await api.post('requestAuthorizationCode', { phoneNumber: 7123456789, method: 'sms' }))
      .json;
    expect(alias).toMatchObject({ result: true, message: 'Authorization code sent', status: 'sent' });
    emulator.control.refuseRegistration(api.instance.idInstance, 'blocked');
    const refused = (await api.post('requestRegistrationCode', { phoneNumber: 7000000001, method: 'voice' }))
      .json;
    expect(refused).toMatchObject({ status: 'fail', reason: 'blocked' });
  });

  it('logs out and reboots through starting back to the previous state', async () => {
    emulator.control.authorize(api.instance.idInstance);
    expect((await api.get('logout')).json).toEqual({ isLogout: true });
    expect((await api.get('getStateInstance')).json).toEqual({ stateInstance: 'notAuthorized' });
    emulator.control.authorize(api.instance.idInstance);
    // The reboot timer is fake, so `starting` lasts until the test moves the clock past rebootMilliseconds (20).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      expect((await api.get('reboot')).json).toEqual({ isReboot: true });
      expect((await api.get('getStateInstance')).json).toEqual({ stateInstance: 'starting' });
      vi.advanceTimersByTime(19);
      expect((await api.get('getStateInstance')).json).toEqual({ stateInstance: 'starting' });
      vi.advanceTimersByTime(1);
    } finally {
      vi.useRealTimers();
    }
    expect((await api.get('getStateInstance')).json).toEqual({ stateInstance: 'authorized' });
    const states: unknown[] = [];
    for (let index = 0; index < 5; index += 1)
      states.push((await api.next('stateInstanceChanged')).stateInstance);
    expect(states).toEqual(['authorized', 'notAuthorized', 'authorized', 'starting', 'authorized']);
  });

  it('signs a Telegram instance in with the confirmation code and creates an app', async () => {
    const telegram = instanceApi(emulator, emulator.instances[1]!);
    expect((await telegram.post('sendConfirmationCode', { phoneNumber: 79005554433 })).json).toEqual({
      result: true,
      message: 'Confirmation code sent',
    });
    const code = emulator.control.readConfirmationCode(telegram.instance.idInstance);
    expect(code).toMatch(/^\d{5}$/);
    expect((await telegram.post('signInWithConfirmationCode', { code: 'nope' })).json).toMatchObject({
      result: false,
    });
    expect((await telegram.post('signInWithConfirmationCode', { code })).json).toMatchObject({
      result: true,
    });
    expect((await telegram.get('getStateInstance')).json).toEqual({ stateInstance: 'authorized' });
    const app = (
      await telegram.post('createApp', {
        title: 'T',
        shortName: 's',
        url: 'https://x.test',
        description: 'd',
      })
    ).json as { result: boolean; data: { appId: number } };
    expect(app.result).toBe(true);
    expect(typeof app.data.appId).toBe('number');
  });

  it('uses the fixed code option for registration codes', async () => {
    const fixed = await startSdkwaEmulator({
      ...fastOptions,
      fixedCode: '999999',
      instances: [{ state: 'notAuthorized' }],
    });
    try {
      const client = instanceApi(fixed);
      await client.post('requestRegistrationCode', { phoneNumber: 7123456789, method: 'sms' });
      expect((await client.post('sendRegistrationCode', { code: '999999' })).json).toMatchObject({
        type: '',
      });
    } finally {
      await fixed.close();
    }
  });
});
