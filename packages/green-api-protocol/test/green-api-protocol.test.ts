import { isMessengerError } from '@switchboard/core';
import { greenApiFixtures, sdkwaFixtures } from '@switchboard/testing';
import { describe, expect, it } from 'vitest';
import {
  mapContactInfo,
  mapGreenApiNotification,
  mapMessageStatus,
  mapSessionState,
  mapSettingsFromGreenApi,
  mapSettingsToGreenApi,
  verifyBearerWebhook,
} from '../src/index.js';

describe('the shared GREEN-API protocol', () => {
  it('stamps events with the provider of the adapter that uses it', () => {
    const body = greenApiFixtures.incomingTextMessage;
    const asGreenApi = mapGreenApiNotification(body, {});
    const asSdkwa = mapGreenApiNotification(body, { provider: 'sdkwa' });
    expect(asGreenApi.provider).toBe('green-api');
    expect(asSdkwa.provider).toBe('sdkwa');
    expect(asSdkwa.id).toBe(asGreenApi.id.replace(/^green-api:/, 'sdkwa:'));
    expect(asSdkwa).toMatchObject({
      type: 'message-received',
      instanceId: '7103000000',
      network: 'whatsapp',
    });
  });

  it('maps statusInstanceChanged to session-connection-changed, anything but online/offline to unknown', () => {
    const online = mapGreenApiNotification(greenApiFixtures.statusInstanceChanged, {});
    expect(online).toMatchObject({
      type: 'session-connection-changed',
      connection: 'online',
      instanceId: '7103000000',
    });
    const offline = mapGreenApiNotification(
      { ...greenApiFixtures.statusInstanceChanged, statusInstance: 'offline' },
      {},
    );
    expect(offline).toMatchObject({ type: 'session-connection-changed', connection: 'offline' });
    expect(offline.id).not.toBe(online.id);
    const odd = mapGreenApiNotification(
      { ...greenApiFixtures.statusInstanceChanged, statusInstance: 'dozing' },
      {},
    );
    expect(odd).toMatchObject({ type: 'unknown', providerType: 'statusInstanceChanged' });
  });

  it('maps getContactInfo with the chat flags: archived, muted, disappearing messages and their timer', () => {
    const answer = sdkwaFixtures.contactInfoResponse;
    expect(mapContactInfo(answer, '79001234567@c.us')).toEqual({
      chatId: '79001234567@c.us',
      name: 'Ivan',
      phone: '79001234567',
      avatarUrl: answer.avatar,
      lastSeen: 1728645000000,
      isArchived: false,
      isMuted: true,
      hasDisappearingMessages: true,
      disappearingMessagesMilliseconds: 604_800_000,
      raw: answer,
    });
    const plain = mapContactInfo({ isDisappearing: false, messageExpiration: 0, isBusiness: true }, '1@c.us');
    expect(plain).toMatchObject({ hasDisappearingMessages: false, isBusiness: true });
    expect(plain).not.toHaveProperty('disappearingMessagesMilliseconds');
    expect(mapContactInfo({ phoneNumber: 79001234567 }, '10000000')).toMatchObject({ phone: '79001234567' });
  });

  it('maps settings between "yes"/"no" strings and booleans both ways', () => {
    const wire = mapSettingsToGreenApi({
      markIncomingAsRead: true,
      notifications: { incomingMessages: false },
    });
    expect(wire).toMatchObject({ markIncomingMessagesReaded: 'yes', incomingWebhook: 'no' });
    const settings = mapSettingsFromGreenApi({ ...wire, webhookUrl: '' });
    expect(settings).toMatchObject({
      markIncomingAsRead: true,
      webhookUrl: '',
      notifications: { incomingMessages: false },
    });
  });

  it('maps states and statuses to the core words', () => {
    expect(mapSessionState('authorized')).toBe('authorized');
    expect(mapSessionState('yellowCard')).toBe('restricted');
    expect(mapSessionState('somethingNew')).toBe('unknown');
    expect(mapMessageStatus('noAccount')).toBe('no-account');
  });

  it('verifies bearer webhooks in the name of the calling provider and fails closed', () => {
    const request = (authorization?: string) =>
      new Request('http://127.0.0.1/hook', authorization ? { headers: { authorization } } : {});
    const provider = { provider: 'sdkwa', label: 'SDKWA' };
    expect(() =>
      verifyBearerWebhook(request('Bearer s3cret-token'), { webhookUrlToken: 's3cret-token' }, provider),
    ).not.toThrow();
    for (const [candidate, options] of [
      [request('Bearer wrong'), { webhookUrlToken: 's3cret-token' }],
      [request(), { webhookUrlToken: 's3cret-token' }],
      [request('Bearer anything'), {}],
    ] as const) {
      let caught: unknown;
      try {
        verifyBearerWebhook(candidate, options, provider);
      } catch (error) {
        caught = error;
      }
      expect(isMessengerError(caught, 'auth')).toBe(true);
      expect((caught as Error).message).toMatch(/^SDKWA webhook refused/);
      expect((caught as Error).message).not.toContain('s3cret-token');
    }
    expect(() =>
      verifyBearerWebhook(request(), { allowUnauthenticatedWebhooks: true }, provider),
    ).not.toThrow();
  });
});
