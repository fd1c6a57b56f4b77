import { isMessengerError } from '@switchboard/core';
import { sdkwaFixtures } from '@switchboard/testing';
import { describe, expect, it } from 'vitest';
import { api, createTestMessenger, pathOf, useNock } from '../support/nock-helpers.js';

useNock();

describe('session: QR and pairing code', () => {
  it('getQrCode: qrCode → pending image (seed example 1), alreadyLogged → authorized, error → session-not-ready', async () => {
    const scope = api()
      .get(pathOf('qr'))
      .reply(200, sdkwaFixtures.qrCodeResponse)
      .get(pathOf('qr'))
      .reply(200, { type: 'qrCode', message: 'data:image/png;base64,iVBORw0KGgo' })
      .get(pathOf('qr'))
      .reply(200, sdkwaFixtures.qrAlreadyLoggedResponse)
      .get(pathOf('qr'))
      .reply(200, sdkwaFixtures.qrErrorResponse);
    const { session } = createTestMessenger();
    expect(await session.getQrCode()).toEqual({
      status: 'pending',
      imageBase64: sdkwaFixtures.qrCodeResponse.message,
    });
    expect(await session.getQrCode()).toEqual({ status: 'pending', imageBase64: 'iVBORw0KGgo' });
    expect(await session.getQrCode()).toEqual({ status: 'authorized' });
    const error = await session.getQrCode().catch((caught: unknown) => caught);
    expect(isMessengerError(error, 'session-not-ready')).toBe(true);
    expect((error as Error).message).toContain('You need to make log out');
    expect(scope.isDone()).toBe(true);
  });

  it('requestPairingCode posts getAuthorizationCode with the phone as an integer', async () => {
    const scope = api()
      .post(pathOf('getAuthorizationCode'), { phoneNumber: 79001234567 })
      .reply(200, sdkwaFixtures.authorizationCodeResponse);
    expect(await createTestMessenger().session.requestPairingCode({ phone: '+7 900 123-45-67' })).toBe(
      '8G9VR9QT',
    );
    expect(scope.isDone()).toBe(true);
  });

  it('requestPairingCode falls back to getPairingCode when getAuthorizationCode does not exist', async () => {
    const scope = api()
      .post(pathOf('getAuthorizationCode'))
      .reply(404, { statusCode: 404, message: 'Cannot POST /whatsapp/1101000001/getAuthorizationCode' })
      .post(pathOf('getPairingCode'), { phoneNumber: 79001234567 })
      .reply(200, sdkwaFixtures.pairingCodeResponse);
    expect(await createTestMessenger().session.requestPairingCode({ phone: '79001234567' })).toBe('ABC123');
    expect(scope.isDone()).toBe(true);
  });

  it('QR and pairing code are WhatsApp only', async () => {
    const { session } = createTestMessenger({ network: 'telegram' });
    await expect(session.getQrCode()).rejects.toMatchObject({ code: 'unsupported' });
    await expect(session.requestPairingCode({ phone: '1' })).rejects.toMatchObject({ code: 'unsupported' });
  });
});

describe('session: registration by SMS or voice', () => {
  it('requestCode by SMS maps the waits (retryAfterMilliseconds = the SMS wait)', async () => {
    const scope = api()
      .post(pathOf('requestRegistrationCode'), { phoneNumber: 7123456789, method: 'sms' })
      .reply(200, { ...sdkwaFixtures.registrationCodeSentSms, sms_wait: 60 });
    const request = await createTestMessenger().session.requestCode({ phone: '7123456789', channel: 'sms' });
    expect(request).toEqual({
      channel: 'sms',
      retryAfterMilliseconds: 60_000,
      waitMilliseconds: { sms: 60_000, voice: 0 },
      length: 6,
    });
    expect(scope.isDone()).toBe(true);
  });

  it('requestCode by voice reads voice_wait given as a string', async () => {
    api()
      .post(pathOf('requestRegistrationCode'), { phoneNumber: 79001234567, method: 'voice' })
      .reply(200, sdkwaFixtures.registrationCodeSentVoice);
    const request = await createTestMessenger().session.requestCode({
      phone: '79001234567',
      channel: 'voice',
    });
    expect(request).toEqual({
      channel: 'voice',
      retryAfterMilliseconds: 60_000,
      waitMilliseconds: { sms: 0, voice: 60_000 },
      length: 6,
    });
  });

  it('a refusal rejects with rate-limited, retryAfterMilliseconds and the reason', async () => {
    api().post(pathOf('requestRegistrationCode')).reply(200, sdkwaFixtures.registrationCodeTooRecent);
    const error = await createTestMessenger()
      .session.requestCode({ phone: '7123456789', channel: 'sms' })
      .catch((caught: unknown) => caught);
    expect(isMessengerError(error, 'rate-limited')).toBe(true);
    expect(error).toMatchObject({ retryAfterMilliseconds: 120_000, details: { reason: 'too_recent' } });
  });

  it('falls back to requestAuthorizationCode (Postman alias) when requestRegistrationCode does not exist', async () => {
    const scope = api()
      .post(pathOf('requestRegistrationCode'))
      .reply(404, { statusCode: 404, message: 'Cannot POST' })
      .post(pathOf('requestAuthorizationCode'), { phoneNumber: 7123456789, method: 'sms' })
      .reply(200, sdkwaFixtures.requestAuthorizationCodeResponse);
    const request = await createTestMessenger().session.requestCode({ phone: '7123456789', channel: 'sms' });
    expect(request).toEqual({ channel: 'sms' });
    expect(scope.isDone()).toBe(true);
  });

  it('an authorized instance, the app channel and voice for Telegram are invalid requests', async () => {
    api().post(pathOf('requestRegistrationCode')).reply(200, sdkwaFixtures.registrationAlreadyLogged);
    const whatsapp = createTestMessenger();
    await expect(whatsapp.session.requestCode({ phone: '7123456789', channel: 'sms' })).rejects.toMatchObject(
      {
        code: 'invalid-request',
        details: { state: 'authorized' },
      },
    );
    await expect(whatsapp.session.requestCode({ phone: '7123456789', channel: 'app' })).rejects.toMatchObject(
      {
        code: 'invalid-request',
      },
    );
    await expect(
      createTestMessenger({ network: 'telegram' }).session.requestCode({ phone: '1', channel: 'voice' }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('Telegram requestCode posts sendConfirmationCode', async () => {
    const scope = api()
      .post(pathOf('sendConfirmationCode', 'telegram'), { phoneNumber: 79001234567 })
      .reply(200, sdkwaFixtures.sendConfirmationCodeResponse);
    const request = await createTestMessenger({ network: 'telegram' }).session.requestCode({
      phone: '79001234567',
      channel: 'app',
    });
    expect(request).toEqual({ channel: 'app' });
    expect(scope.isDone()).toBe(true);
  });

  it('confirmCode with a wrong code rejects with invalid-request "invalid code"', async () => {
    api()
      .post(pathOf('sendRegistrationCode'), { code: '000000' })
      .reply(200, sdkwaFixtures.registrationCodeInvalid);
    const error = await createTestMessenger()
      .session.confirmCode('000000')
      .catch((caught: unknown) => caught);
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
    expect((error as Error).message).toMatch(/invalid code/);
  });

  it('confirmCode on an already linked instance resolves authorized', async () => {
    api().post(pathOf('sendRegistrationCode')).reply(200, sdkwaFixtures.registrationAlreadyLogged);
    expect(await createTestMessenger().session.confirmCode('1')).toBe('authorized');
  });
});

describe('session: profile, logout, reboot', () => {
  it('getProfile reads the wid from the settings', async () => {
    api().get(pathOf('getSettings')).reply(200, sdkwaFixtures.settingsResponse);
    expect(await createTestMessenger().session.getProfile()).toEqual({
      chatId: '79001234567@c.us',
      phone: '79001234567',
      raw: sdkwaFixtures.settingsResponse,
    });
  });

  it('logout and reboot are GETs; a false flag rejects', async () => {
    const scope = api()
      .get(pathOf('logout'))
      .reply(200, sdkwaFixtures.logoutResponse)
      .get(pathOf('reboot'))
      .reply(200, sdkwaFixtures.rebootResponse)
      .get(pathOf('reboot'))
      .reply(200, { isReboot: false });
    const { session } = createTestMessenger();
    await session.logout();
    await session.reboot();
    await expect(session.reboot()).rejects.toMatchObject({ code: 'invalid-request' });
    expect(scope.isDone()).toBe(true);
    await expect(session.confirmPassword('x')).rejects.toMatchObject({ code: 'unsupported' });
  });
});
