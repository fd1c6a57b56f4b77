import { isMessengerError } from '@switchboard/core';
import { greenApiFixtures } from '@switchboard/testing';
import { describe, expect, it } from 'vitest';
import {
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
