import { isMessengerError } from '@switchboard/core';
import { createEndlessStream, createWebhookRequest, failureOf, greenApiFixtures } from '@switchboard/testing';
import { describe, expect, it } from 'vitest';
import {
  bearerToken,
  mapGreenApiNotification,
  mapMessageStatus,
  mapSessionState,
  parseBearerWebhook,
  phoneFromVcard,
} from '../src/index.js';

// Issue 15, the items the GREEN-API-family parser owns. Every test here fails on the code before it.

const provider = { provider: 'green-api', label: 'GREEN-API' };
const webhookUrlToken = 'webhook-secret-0001';

const webhookRequest = (body: BodyInit, headers: Record<string, string> = {}) =>
  createWebhookRequest('http://127.0.0.1/hook', body, {
    authorization: `Bearer ${webhookUrlToken}`,
    ...headers,
  });

// The ReDoS check of every regular expression in src runs in this package's lint (scripts/check-redos.mjs).
describe('item 1: the bearer header is read in linear time', () => {
  it('reads the token whatever the whitespace around it', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken(`  bEaReR \t abc${' '.repeat(16_000)}`)).toBe('abc');
    expect(bearerToken(`Bearer a${' '.repeat(16_000)}b`)).toBe(`a${' '.repeat(16_000)}b`);
    expect(bearerToken('Bearerabc')).toBe('');
    expect(bearerToken('Bearer ')).toBe('');
    expect(bearerToken('Basic abc')).toBe('');
    expect(bearerToken(' '.repeat(50_000))).toBe('');
  });

  it('refuses a header of 16,000 spaces around a wrong token', async () => {
    const request = webhookRequest('{}', { authorization: `Bearer a${' '.repeat(16_000)}b` });
    const error = await failureOf(parseBearerWebhook(request, { webhookUrlToken }, provider));
    expect(isMessengerError(error, 'auth')).toBe(true);
  });

  it('reads the TEL line of a vCard without the backtracking expression', () => {
    expect(phoneFromVcard('BEGIN:VCARD\nTEL;type=CELL:+7 900 123-45-67\nEND:VCARD')).toBe('79001234567');
    expect(phoneFromVcard(`\rTEL ${'\rTEL '.repeat(24_495)}`)).toBeUndefined();
  });
});

describe('item 3: the authenticating instance decides', () => {
  const body = greenApiFixtures.incomingTextMessage;
  const otherInstance = { ...body, instanceData: { ...body.instanceData, idInstance: 9_999_999_999 } };

  it('attributes a webhook body naming another instance to the authenticating one', async () => {
    const events = await parseBearerWebhook(
      webhookRequest(JSON.stringify(otherInstance)),
      { webhookUrlToken, idInstance: '1101000001' },
      provider,
    );
    expect(events.map((event) => event.instanceId)).toEqual(['1101000001']);
    expect(events[0]?.id).toContain('1101000001');
    expect(events[0]?.id).not.toContain('9999999999');
  });

  it('attributes a polled notification to the configured instance, also in its dedup id', () => {
    const event = mapGreenApiNotification(otherInstance, { idInstance: '1101000001' });
    expect(event.instanceId).toBe('1101000001');
    expect(event.id).toContain('1101000001');
    expect(event.id).not.toContain('9999999999');
  });

  it('accepts a body naming the same instance', async () => {
    const same = { ...body, instanceData: { ...body.instanceData, idInstance: 1101000001 } };
    const events = await parseBearerWebhook(
      webhookRequest(JSON.stringify(same)),
      { webhookUrlToken, idInstance: 1101000001 },
      provider,
    );
    expect(events.map((event) => event.instanceId)).toEqual(['1101000001']);
  });
});

describe('item 9: bounded bodies', () => {
  it('stops reading a chunked body without Content-Length at the limit', async () => {
    const endless = createEndlessStream();
    const error = await failureOf(
      parseBearerWebhook(webhookRequest(endless.stream), { webhookUrlToken }, provider),
    );
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
    expect((error as { status?: number }).status).toBe(413);
    expect(endless.pulledBytes()).toBeLessThan(2_000_000);
  });

  it('refuses an array body of 300,001 notifications', async () => {
    const error = await failureOf(
      parseBearerWebhook(webhookRequest(`[${'0,'.repeat(300_000)}0]`), { webhookUrlToken }, provider),
    );
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
  });
});

describe('item 10: provider values are looked up by own property', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    '%s is no status, state or call status',
    (value) => {
      expect(mapMessageStatus(value)).toBeUndefined();
      expect(mapSessionState(value)).toBe('unknown');
      const call = mapGreenApiNotification(
        { ...greenApiFixtures.incomingCall, status: value },
        { idInstance: '1' },
      );
      expect(call.type === 'call-received' ? call.status : call.type).toBe('unknown');
      const media = mapGreenApiNotification(
        {
          ...greenApiFixtures.incomingImageMessage,
          messageData: { ...greenApiFixtures.incomingImageMessage.messageData, typeMessage: value },
        },
        { idInstance: '1' },
      );
      expect(JSON.stringify(media)).not.toContain('function');
    },
  );
});

describe('item 11: events are serialisable', () => {
  it('cuts a 10,000-deep body in raw', async () => {
    const deep = `{"typeWebhook":"incomingMessageReceived","extra":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
    const events = await parseBearerWebhook(
      webhookRequest(deep),
      { webhookUrlToken, idInstance: '1' },
      provider,
    );
    expect(events).toHaveLength(1);
    expect(() => JSON.stringify(events)).not.toThrow();
  });
});
