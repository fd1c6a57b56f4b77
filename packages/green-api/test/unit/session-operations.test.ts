import { describe, expect, it } from 'vitest';
import { apiHost, messengerFor, methodPath, useNock } from '../support/nock-helpers.js';

useNock();

const networks = ['whatsapp', 'telegram', 'max'] as const;

describe.each(networks)('session on %s', (network) => {
  it.each([
    ['authorized', 'authorized'],
    ['notAuthorized', 'not-authorized'],
    ['yellowCard', 'restricted'],
    ['sleepMode', 'sleeping'],
    ['pendingCode', 'pending-code'],
    ['somethingNew', 'unknown'],
  ])('maps getStateInstance %s to %s', async (stateInstance, expected) => {
    apiHost(network).get(methodPath(network, 'getStateInstance')).reply(200, { stateInstance });
    await expect(messengerFor(network).session.getState()).resolves.toBe(expected);
  });

  it('reads a null state body as starting', async () => {
    apiHost(network).get(methodPath(network, 'getStateInstance')).reply(200, '');
    await expect(messengerFor(network).session.getState()).resolves.toBe('starting');
  });

  it('reads the profile from getWaSettings or getAccountSettings', async () => {
    const method = network === 'whatsapp' ? 'getWaSettings' : 'getAccountSettings';
    apiHost(network).get(methodPath(network, method)).reply(200, {
      avatar: 'https://a/me.jpg',
      phone: '79876543210',
      stateInstance: 'authorized',
      chatId: 'ME',
    });
    await expect(messengerFor(network).session.getProfile()).resolves.toMatchObject({
      chatId: 'ME',
      phone: '79876543210',
      avatarUrl: 'https://a/me.jpg',
    });
  });

  it('gets a QR code, or authorized when already logged in', async () => {
    apiHost(network)
      .get(methodPath(network, 'qr'))
      .reply(200, { type: 'qrCode', message: 'iVBORw0KGgo=' })
      .get(methodPath(network, 'qr'))
      .reply(200, { type: 'alreadyLogged', message: 'instance account already authorized' })
      .get(methodPath(network, 'qr'))
      .reply(200, { type: 'error', message: 'instance is starting' });
    const { session } = messengerFor(network);
    await expect(session.getQrCode()).resolves.toEqual({ status: 'pending', imageBase64: 'iVBORw0KGgo=' });
    await expect(session.getQrCode()).resolves.toEqual({ status: 'authorized' });
    await expect(session.getQrCode()).rejects.toMatchObject({
      code: 'session-not-ready',
      message: /instance is starting/,
    });
  });

  it('logs out and reboots', async () => {
    const scope = apiHost(network)
      .get(methodPath(network, 'logout'))
      .reply(200, { isLogout: true })
      .get(methodPath(network, 'reboot'))
      .reply(200, { isReboot: true });
    const { session } = messengerFor(network);
    await session.logout();
    await session.reboot();
    expect(scope.isDone()).toBe(true);
  });

  it('maps settings both ways ("yes"/"no" ↔ booleans, names)', async () => {
    const scope = apiHost(network)
      .get(methodPath(network, 'getSettings'))
      .reply(200, {
        wid: 'ME',
        webhookUrl: 'https://example.com/hook',
        webhookUrlToken: 'hook-secret',
        delaySendMessagesMilliseconds: 1000,
        markIncomingMessagesReaded: 'no',
        keepOnlineStatus: 'yes',
        enableMessagesHistory: 'yes',
        incomingWebhook: 'yes',
        outgoingWebhook: 'no',
        outgoingAPIMessageWebhook: 'yes',
        stateWebhook: 'yes',
      })
      .post(methodPath(network, 'setSettings'), {
        webhookUrl: '',
        delaySendMessagesMilliseconds: 500,
        markIncomingMessagesReadedOnReply: 'yes',
        linkPreview: 'no',
        incomingWebhook: 'yes',
        outgoingWebhook: 'yes',
        pollMessageWebhook: 'no',
      })
      .reply(200, { saveSettings: true });
    const { session } = messengerFor(network);
    await expect(session.getSettings()).resolves.toEqual({
      webhookUrl: 'https://example.com/hook',
      webhookToken: 'hook-secret',
      sendDelayMilliseconds: 1000,
      markIncomingAsRead: false,
      keepOnline: true,
      messageHistory: true,
      notifications: {
        incomingMessages: true,
        messageStatuses: false,
        outgoingApiMessages: true,
        stateChanges: true,
      },
    });
    await session.updateSettings({
      webhookUrl: '',
      sendDelayMilliseconds: 500,
      markIncomingAsReadOnReply: true,
      linkPreview: false,
      notifications: { incomingMessages: true, messageStatuses: true, pollVotes: false },
    });
    expect(scope.isDone()).toBe(true);
  });

  it('rejects invalid settings before calling GREEN-API', async () => {
    await expect(
      messengerFor(network).session.updateSettings({ webhookUrl: 'not a url' } as never),
    ).rejects.toMatchObject({ code: 'invalid-request', message: /webhookUrl/ });
  });
});

describe('WhatsApp pairing code', () => {
  it('requests a code with getAuthorizationCode', async () => {
    apiHost('whatsapp')
      .post(methodPath('whatsapp', 'getAuthorizationCode'), { phoneNumber: 79001234567 })
      .reply(200, { status: true, code: 'ABCD1234' });
    await expect(
      messengerFor('whatsapp').session.requestPairingCode({ phone: '+7 900 123 45 67' }),
    ).resolves.toBe('ABCD1234');
  });

  it.each([null, false, { status: false, code: '' }])('treats %j as a failure', async (reply) => {
    apiHost('whatsapp')
      .post(methodPath('whatsapp', 'getAuthorizationCode'))
      .reply(200, JSON.stringify(reply), { 'content-type': 'application/json' });
    await expect(
      messengerFor('whatsapp').session.requestPairingCode({ phone: '79001234567' }),
    ).rejects.toMatchObject({
      code: 'provider',
    });
  });

  it('has no code or password login', async () => {
    const { session } = messengerFor('whatsapp');
    await expect(session.requestCode({ phone: '1', channel: 'sms' })).rejects.toMatchObject({
      code: 'unsupported',
    });
    await expect(session.confirmPassword('x')).rejects.toMatchObject({ code: 'unsupported' });
  });
});

describe.each(['telegram', 'max'] as const)('code login on %s', (network) => {
  it('requests a code with startAuthorization and confirms it with sendAuthorizationCode', async () => {
    const scope = apiHost(network)
      .post(methodPath(network, 'startAuthorization'), { phoneNumber: 79001234567 })
      .reply(200, { status: true, data: { status: 'success' } })
      .post(methodPath(network, 'sendAuthorizationCode'), { code: '12345' })
      .reply(200, { status: true, data: { status: 'success' } })
      .get(methodPath(network, 'getStateInstance'))
      .reply(200, { stateInstance: 'authorized' });
    const { session } = messengerFor(network);
    await expect(session.requestCode({ phone: '79001234567', channel: 'app' })).resolves.toEqual({
      channel: 'app',
    });
    await expect(session.confirmCode('12345')).resolves.toBe('authorized');
    expect(scope.isDone()).toBe(true);
  });

  it('rejects a wrong code with invalid-request and the reason', async () => {
    apiHost(network)
      .post(methodPath(network, 'sendAuthorizationCode'))
      .reply(200, { status: true, data: { status: 'fail', reason: 'invalid_code' } });
    await expect(messengerFor(network).session.confirmCode('0')).rejects.toMatchObject({
      code: 'invalid-request',
      message: /invalid_code/,
    });
  });

  it('refuses voice codes', async () => {
    await expect(
      messengerFor(network).session.requestCode({ phone: '79001234567', channel: 'voice' }),
    ).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });

  it('has no WhatsApp pairing code', async () => {
    await expect(messengerFor(network).session.requestPairingCode({ phone: '1' })).rejects.toMatchObject({
      code: 'unsupported',
    });
  });
});

describe('Telegram two-factor password', () => {
  it('sends sendAuthorizationPassword and reads the new state', async () => {
    const scope = apiHost('telegram')
      .post(methodPath('telegram', 'sendAuthorizationPassword'), { password: 'cloud' })
      .reply(200, { status: true, data: { status: 'success' } })
      .get(methodPath('telegram', 'getStateInstance'))
      .reply(200, { stateInstance: 'authorized' });
    await expect(messengerFor('telegram').session.confirmPassword('cloud')).resolves.toBe('authorized');
    expect(scope.isDone()).toBe(true);
  });

  it('MAX has no password step', async () => {
    await expect(messengerFor('max').session.confirmPassword('x')).rejects.toMatchObject({
      code: 'unsupported',
    });
  });
});
