import { isMessengerError } from '@switchboard/core';
import {
  createEndlessStream,
  createWebhookRequest,
  failureOf,
  whatsgateFixtures as fixtures,
} from '@switchboard/testing';
import { describe, expect, it } from 'vitest';
import { chatIdFromMessageId, mapMessageContent, mapSessionState } from '../../src/index.js';
import { parseVcard } from '../../src/mappers/parse-vcard.js';
import { mapMessageStatus, parseWhatsgateWebhook, readWhatsgateWebhook } from '../../src/webhook.js';

// Issue 15, the items the Whatsgate parser owns. Every test here fails on the code before it.

const webhookSecret = 'a-long-shared-secret';

const webhookRequest = (body: BodyInit) =>
  createWebhookRequest(`http://127.0.0.1/hook?secret=${webhookSecret}`, body);

// The ReDoS check of every regular expression in src runs in this package's lint (scripts/check-redos.mjs).
describe('item 2: vCards and message ids are read in linear time', () => {
  it('reads an ORG line of 100,000 semicolons', () => {
    const card = parseVcard(`BEGIN:VCARD\nFN:Anna\nORG:Acme${';'.repeat(100_000)}\nEND:VCARD`);
    expect(card.company).toBe('Acme');
    expect(parseVcard(`ORG:${';'.repeat(100_000)}x`).company).toBe(`${';'.repeat(100_000)}x`);
  });

  it('reads vCard fields as before', () => {
    const card = parseVcard(
      'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Petrova;Anna;Ivanovna\r\nFN:Anna\r\nORG:Acme;\r\nTEL;type=CELL;waid=79001234567:+7 900 123-45-67\r\nEND:VCARD',
    );
    expect(card).toMatchObject({
      displayName: 'Anna',
      firstName: 'Anna',
      lastName: 'Petrova',
      middleName: 'Ivanovna',
      company: 'Acme',
      phone: '79001234567',
    });
  });

  it('reads the chat of a message id, and nothing from 40,000 characters of @', () => {
    expect(chatIdFromMessageId('false_120363023014360921@g.us_3EB0_79991112233@c.us')).toBe(
      '120363023014360921@g.us',
    );
    expect(chatIdFromMessageId('true_79991112233@c.us_ABC')).toBe('79991112233@c.us');
    expect(chatIdFromMessageId(`true_r${'@@'.repeat(20_000)}`)).toBeUndefined();
    expect(chatIdFromMessageId('true_nochat_ABC')).toBeUndefined();
    expect(chatIdFromMessageId('maybe_1@c.us_ABC')).toBeUndefined();
  });
});

describe('item 3: the receiving session decides', () => {
  const other = { ...fixtures.incomingTextWebhook, whatsapp_id: 'another0session' };

  it('attributes a webhook body naming another session to the receiving one', async () => {
    const { events } = await readWhatsgateWebhook(webhookRequest(JSON.stringify(other)), {
      webhookSecret,
      instanceId: '191b80a9238',
    });
    expect(events.map((event) => event.instanceId)).toEqual(['191b80a9238']);
    expect(events[0]?.id).toBe('whatsgate:191b80a9238:18');
  });

  it('gives every event the receiving session, in its instance and its dedup id', () => {
    const { events } = parseWhatsgateWebhook(
      JSON.stringify({ ...fixtures.incomingTextWebhook, whatsapp_id: '' }),
      {
        instanceId: '191b80a9238',
      },
    );
    expect(events[0]?.instanceId).toBe('191b80a9238');
    expect(events[0]?.id).toBe('whatsgate:191b80a9238:18');
  });
});

describe('item 9: bounded bodies', () => {
  it('stops reading a chunked standalone body without Content-Length at maximumBodyBytes', async () => {
    const endless = createEndlessStream();
    const error = await failureOf(
      readWhatsgateWebhook(webhookRequest(endless.stream), { webhookSecret, maximumBodyBytes: 262_144 }),
    );
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
    expect((error as { status?: number }).status).toBe(413);
    expect(endless.pulledBytes()).toBeLessThan(1_000_000);
  });

  it('refuses an array body of 300,001 events', () => {
    expect(() => parseWhatsgateWebhook(`[${'0,'.repeat(300_000)}0]`)).toThrow(
      expect.objectContaining({ code: 'invalid-request' }),
    );
  });

  it('does not quote a body that is not JSON', () => {
    const secret = 'sk_live_0123456789abcdef';
    try {
      parseWhatsgateWebhook(`{"key":"${secret}",`);
      throw new Error('expected a failure');
    } catch (error) {
      expect(isMessengerError(error, 'invalid-request')).toBe(true);
      expect(
        JSON.stringify(error) + String((error as Error).message) + String((error as Error).cause),
      ).not.toContain('sk_live');
    }
  });
});

describe('item 10: provider values are looked up by own property', () => {
  it.each(['constructor', 'toString', '__proto__', 'valueOf'])(
    '%s is no state, status or media type',
    (value) => {
      expect(mapSessionState(value)).toBe('unknown');
      expect(mapMessageStatus(value as unknown as number)).toBeUndefined();
      const content = mapMessageContent({ id: 'false_1@c.us_A', type: value, body: 'x' });
      expect(content.type).toBe('unknown');
    },
  );
});

describe('item 11: events are serialisable', () => {
  it('cuts a 10,000-deep body in raw', () => {
    const deep = `{"id":5,"whatsapp_id":"191b80a9238","event_action":"message","extra":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
    const { events } = parseWhatsgateWebhook(deep, { instanceId: '191b80a9238' });
    expect(() => JSON.stringify(events)).not.toThrow();
  });
});
