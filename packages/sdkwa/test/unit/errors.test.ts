import { isMessengerError, type MessengerError } from '@switchboard/core';
import { sdkwaFixtures } from '@switchboard/testing';
import { describe, expect, it } from 'vitest';
import { sdkwaMethodOfPath } from '../../src/index.js';
import { api, createTestMessenger, pathOf, token, useNock } from '../support/nock-helpers.js';

useNock();

async function failure(promise: Promise<unknown>): Promise<MessengerError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isMessengerError(error)) throw new Error(`expected a MessengerError, got ${String(error)}`);
  expect(error.provider).toBe('sdkwa');
  expect(error.message).not.toContain(token);
  return error;
}

const chatId = '79001234567@c.us';
const groupId = '120363043968066561@g.us';

describe('SDKWA errors sent with HTTP 200', () => {
  it('a false confirmation flag is invalid-request', async () => {
    api().post(pathOf('updateGroupName')).reply(200, sdkwaFixtures.updateGroupNameFailure);
    const error = await failure(createTestMessenger().raw.updateGroupName({ groupId, groupName: 'x' }));
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain('updateGroupName');
  });

  it('"Error: item-not-found" is not-found', async () => {
    api().post(pathOf('getGroupData')).reply(200, JSON.stringify('Error: item-not-found'));
    expect((await failure(createTestMessenger().raw.getGroupData({ groupId }))).code).toBe('not-found');
  });

  it('getAuthorizationCode status:false is provider', async () => {
    api().post(pathOf('getAuthorizationCode')).reply(200, { status: false, code: '' });
    const error = await failure(createTestMessenger().raw.getAuthorizationCode({ phoneNumber: 79001234567 }));
    expect(error.code).toBe('provider');
  });

  it('a too_recent registration refusal is rate-limited with retryAfterMilliseconds and the reason', async () => {
    api().post(pathOf('requestRegistrationCode')).reply(200, sdkwaFixtures.registrationCodeTooRecent);
    const error = await failure(
      createTestMessenger().raw.requestRegistrationCode({ phoneNumber: 7123456789, method: 'sms' }),
    );
    expect(error.code).toBe('rate-limited');
    expect(error.isRetryable).toBe(true);
    expect(error.retryAfterMilliseconds).toBe(120_000);
    expect(error.details).toMatchObject({
      reason: 'too_recent',
      waitMilliseconds: { sms: 120_000, voice: 60_000 },
      login: '7123456789',
    });
  });

  it('a blocked registration refusal is provider and not retryable', async () => {
    api()
      .post(pathOf('requestRegistrationCode'))
      .reply(200, { status: 'fail', reason: 'blocked', login: '1' });
    const error = await failure(
      createTestMessenger().raw.requestRegistrationCode({ phoneNumber: 7123456789, method: 'voice' }),
    );
    expect(error.code).toBe('provider');
    expect(error.isRetryable).toBe(false);
    expect(error.details).toMatchObject({ reason: 'blocked' });
  });

  it('a blocked registration refusal that carries waits is still provider, not rate-limited', async () => {
    api().post(pathOf('requestRegistrationCode')).reply(200, {
      status: 'fail',
      reason: 'blocked',
      login: '1',
      retry_after: 120,
      sms_wait: 120,
      voice_wait: 60,
    });
    const error = await failure(
      createTestMessenger().raw.requestRegistrationCode({ phoneNumber: 7123456789, method: 'sms' }),
    );
    expect(error.code).toBe('provider');
    expect(error.isRetryable).toBe(false);
    expect(error.retryAfterMilliseconds).toBeUndefined();
    expect(error.details).toMatchObject({
      reason: 'blocked',
      waitMilliseconds: { sms: 120_000, voice: 60_000 },
    });
  });

  it('a wrong registration code is invalid-request "invalid code"', async () => {
    api().post(pathOf('sendRegistrationCode')).reply(200, sdkwaFixtures.registrationCodeInvalid);
    const error = await failure(createTestMessenger().raw.sendRegistrationCode({ code: '000000' }));
    expect(error.code).toBe('invalid-request');
    expect(error.message).toMatch(/invalid code/);
  });

  it('a refused Telegram sign-in is invalid-request', async () => {
    api().post(pathOf('signInWithConfirmationCode')).reply(200, { result: false, message: 'Invalid code' });
    const error = await failure(createTestMessenger().raw.signInWithConfirmationCode({ code: '1' }));
    expect(error.code).toBe('invalid-request');
  });

  it('getAvatar reasons: bad data is invalid-request, a limit is rate-limited', async () => {
    api()
      .post(pathOf('getAvatar'))
      .reply(200, sdkwaFixtures.getAvatarBadRequest)
      .post(pathOf('getAvatar'))
      .reply(200, { existsWhatsapp: false, urlAvatar: '', reason: 'get avatar timeout limit exceeded' });
    const { raw } = createTestMessenger();
    expect((await failure(raw.getAvatar({ chatId }))).code).toBe('invalid-request');
    expect((await failure(raw.getAvatar({ chatId }))).code).toBe('rate-limited');
  });

  it('successful answers pass', async () => {
    api().post(pathOf('createGroup')).reply(200, sdkwaFixtures.createGroupResponse);
    await expect(
      createTestMessenger().raw.createGroup({ groupName: 'x', chatIds: [chatId] }),
    ).resolves.toEqual(sdkwaFixtures.createGroupResponse);
  });
});

describe('SDKWA HTTP errors', () => {
  it('the 400 validation body keeps its message (invalid-request)', async () => {
    api().post(pathOf('getAuthorizationCode')).reply(400, sdkwaFixtures.authorizationCodeValidationError);
    const error = await failure(createTestMessenger().raw.getAuthorizationCode({ phoneNumber: 1 }));
    expect(error.code).toBe('invalid-request');
    expect(error.status).toBe(400);
    expect(error.message).toContain("'phoneNumber' must contain");
  });

  it('a bare JSON string 400 is kept', async () => {
    api()
      .post(pathOf('getAuthorizationCode'))
      .reply(400, JSON.stringify(sdkwaFixtures.authorizationCodeAlreadyLogged));
    const error = await failure(createTestMessenger().raw.getAuthorizationCode({ phoneNumber: 79001234567 }));
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain('Instance already logged');
  });

  it('400 "not authorized" is session-not-ready, a checkWhatsapp limit is rate-limited', async () => {
    api()
      .post(pathOf('sendMessage'))
      .reply(400, { statusCode: 400, message: 'Instance is not authorized' })
      .post(pathOf('checkWhatsapp'))
      .reply(400, { error: 'check phone number timeout limit exceeded' });
    const { raw } = createTestMessenger();
    expect((await failure(raw.sendMessage({ chatId, message: 'x' }))).code).toBe('session-not-ready');
    expect((await failure(raw.checkWhatsapp({ phoneNumber: 79001234567 }))).code).toBe('rate-limited');
  });

  it('401 is auth, 404 not-found, 429 rate-limited with Retry-After, 500 provider; no token anywhere', async () => {
    api()
      .get(pathOf('getSettings'))
      .reply(401, { statusCode: 401, message: `Unauthorized ${token}` })
      .get(pathOf('getStateInstance'))
      .reply(404, { statusCode: 404, message: 'Instance 1101000001 not found' })
      .get(pathOf('reboot'))
      .reply(429, 'Too Many Requests', { 'retry-after': '3' })
      .get(pathOf('logout'))
      .reply(500, 'boom');
    const { raw } = createTestMessenger();
    const unauthorized = await failure(raw.getSettings());
    expect(unauthorized.code).toBe('auth');
    expect(JSON.stringify(unauthorized.details)).not.toContain(token);
    expect((await failure(raw.getStateInstance())).code).toBe('not-found');
    const limited = await failure(raw.reboot());
    expect(limited.code).toBe('rate-limited');
    expect(limited.retryAfterMilliseconds).toBe(3000);
    expect((await failure(raw.logout())).code).toBe('provider');
  });
});

describe('sdkwaMethodOfPath', () => {
  it('reads instance and user-API method names', () => {
    expect(sdkwaMethodOfPath('/whatsapp/1101000001/getSettings')).toBe('getSettings');
    expect(sdkwaMethodOfPath('telegram/1101000002/deleteNotification/13')).toBe('deleteNotification');
    expect(sdkwaMethodOfPath('/api/v1/instance/user/instances/list')).toBe('instances/list');
  });
});
