import { isMessengerError, type MessengerEvent } from '@switchboard/core';
import { Redactor } from '@switchboard/core/adapter';
import { whatsgateFixtures as fixtures } from '@switchboard/testing';
import { describe, expect, it } from 'vitest';
import {
  createWhatsgateWebhookResponse,
  mapWhatsgateEvent,
  parseWhatsgateWebhook,
} from '../../src/webhook.js';

const parseOne = (payload: unknown): MessengerEvent => {
  const { events } = parseWhatsgateWebhook(JSON.stringify(payload));
  expect(events).toHaveLength(1);
  return events[0] as MessengerEvent;
};
const common = { provider: 'whatsgate', network: 'whatsapp', instanceId: '191b80a9238' };

describe('every reference fixture parses to the right core event', () => {
  it('incoming text → message-received', () => {
    expect(parseOne(fixtures.incomingTextWebhook)).toEqual({
      ...common,
      id: 'whatsgate:191b80a9238:18',
      type: 'message-received',
      timestamp: 1662575377000,
      chat: { id: '79991112233@c.us', type: 'private' },
      message: {
        id: 'false_79999999999@c.us_3EB0436AE1E682FF3A37',
        sender: { id: '79991112233@c.us', phone: '79991112233' },
        content: { type: 'text', text: '212' },
        isForwarded: false,
      },
      raw: fixtures.incomingTextWebhook,
    });
  });

  it('incoming image → message-received with media carrying the media key and caption', () => {
    expect(parseOne(fixtures.incomingImageWebhook)).toMatchObject({
      id: 'whatsgate:191b80a9238:21',
      type: 'message-received',
      message: {
        id: 'false_79991112233@c.us_17AC61BFA5A561B7EE42F98810EDFFC4',
        content: {
          type: 'media',
          mediaType: 'image',
          caption: 'caption',
          file: { mediaKey: 'TuM9wXQZBmERUCzwnIZe80GwZ5lPDIDsNE+vewnAxho=' },
        },
      },
    });
  });

  it('ack 3 → message-status-updated read, in the recipient chat', () => {
    expect(parseOne(fixtures.ackWebhook)).toMatchObject({
      id: 'whatsgate:191b80a9238:20',
      type: 'message-status-updated',
      messageId: 'true_79991112233@c.us_3DB0F5D953FBA2806CB5',
      status: 'read',
      chat: { id: '79991112233@c.us', type: 'private' },
      timestamp: Date.UTC(2023, 0, 10, 9, 0, 5),
    });
  });

  it.each([
    [-1, 'failed'],
    [0, 'pending'],
    [1, 'sent'],
    [2, 'delivered'],
    [3, 'read'],
    [4, 'played'],
  ])('ack %i → %s', (ack, status) => {
    const payload = structuredClone(fixtures.ackWebhook);
    payload.event_data.message.ack = ack as 3;
    expect(parseOne(payload)).toMatchObject({ type: 'message-status-updated', status });
  });

  it('ready → session-state-changed authorized with the account chat', () => {
    expect(parseOne(fixtures.readyWebhook)).toMatchObject({
      id: 'whatsgate:191b80a9238:19',
      type: 'session-state-changed',
      state: 'authorized',
      providerState: 'READY',
      chat: { id: '79991234567@c.us', type: 'private' },
    });
  });

  it('disconnect → session-state-changed not-authorized', () => {
    expect(parseOne(fixtures.disconnectWebhook)).toMatchObject({
      id: 'whatsgate:191b80a9238:23',
      type: 'session-state-changed',
      state: 'not-authorized',
      providerState: 'disconnect',
    });
  });

  it('error → provider-error-reported carrying the status code and text', () => {
    expect(parseOne(fixtures.errorWebhook)).toEqual({
      id: 'whatsgate:191b80a9238:22',
      provider: 'whatsgate',
      network: 'whatsapp',
      instanceId: '191b80a9238',
      timestamp: Date.UTC(2023, 0, 10, 9, 2, 0),
      chat: { id: '', type: 'unknown' },
      type: 'provider-error-reported',
      providerCode: '500',
      description: 'send failed',
      raw: fixtures.errorWebhook,
    });
  });

  it('an error that names a message fails that message; error texts and raw never carry a secret', () => {
    const named = parseOne({
      ...fixtures.errorWebhook,
      event_data: { message: fixtures.ackWebhook.event_data.message },
    });
    expect(named).toMatchObject({
      type: 'message-status-updated',
      status: 'failed',
      messageId: fixtures.ackWebhook.event_data.message.id,
    });
    const secret = 'whatsgate-api-key-0123456789';
    const leaking = { ...fixtures.errorWebhook, event_data: { message: `invalid key ${secret}` } };
    const [event] = parseWhatsgateWebhook(leaking, { redactor: new Redactor([secret]) }).events;
    expect(event).toMatchObject({ type: 'provider-error-reported', description: 'invalid key ***' });
    expect(JSON.stringify(event)).not.toContain(secret);
  });

  it('sent → message-sent from the API; create → message-sent from the device', () => {
    const message = fixtures.ackWebhook.event_data.message;
    const sent = parseOne({ ...fixtures.ackWebhook, id: 30, event_action: 'sent' });
    expect(sent).toMatchObject({ type: 'message-sent', source: 'api', message: { id: message.id } });
    const created = parseOne({ ...fixtures.ackWebhook, id: 31, event_action: 'create' });
    expect(created).toMatchObject({
      type: 'message-sent',
      source: 'device',
      chat: { id: '79991112233@c.us' },
    });
  });

  it('media (a second notice of a media message) → unknown, so the message is not handled twice', () => {
    expect(parseOne({ ...fixtures.incomingImageWebhook, id: 32, event_action: 'media' })).toMatchObject({
      type: 'unknown',
      providerType: 'media',
      chat: { id: '79991112233@c.us', type: 'private' },
    });
  });

  it('an error that names a message → message-status-updated failed with the description', () => {
    const event = parseOne({
      ...fixtures.errorWebhook,
      event_data: { message: fixtures.ackWebhook.event_data.message, error: 'not on WhatsApp' },
    });
    expect(event).toMatchObject({
      type: 'message-status-updated',
      status: 'failed',
      description: 'Whatsgate error 500: not on WhatsApp',
    });
  });

  it('a redelivered webhook has the same id', () => {
    expect(parseOne(fixtures.incomingTextWebhook).id).toBe(
      parseOne(structuredClone(fixtures.incomingTextWebhook)).id,
    );
    expect(parseOne(fixtures.incomingTextWebhook).id).not.toBe(parseOne(fixtures.incomingImageWebhook).id);
  });

  it('events-get items parse the same way as webhooks', () => {
    const events = fixtures.eventsGetResponse.data.map((item) => mapWhatsgateEvent(item));
    expect(events.map((event) => event.type)).toEqual(['message-received', 'session-state-changed']);
  });
});

describe('respond() and total parsing', () => {
  it('respond() answers exactly {"result":"OK","id":<event id>} with HTTP 200', async () => {
    const response = parseWhatsgateWebhook(JSON.stringify(fixtures.incomingTextWebhook)).respond();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.text()).toBe(JSON.stringify(fixtures.webhookAcknowledgement));
    expect(await createWhatsgateWebhookResponse().json()).toEqual({ result: 'OK' });
  });

  it('a body that is not JSON is an invalid-request error', () => {
    let error: unknown;
    try {
      parseWhatsgateWebhook('<html>');
    } catch (caught) {
      error = caught;
    }
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
  });

  it.each([
    ['an unknown action', { ...fixtures.readyWebhook, event_action: 'qr' }, 'qr'],
    [
      'a message event without a message',
      { ...fixtures.incomingTextWebhook, event_data: { message: 'x' } },
      'message',
    ],
    [
      'an ack with an unknown value',
      { ...fixtures.ackWebhook, event_data: { message: { id: 'true_1@c.us_A', ack: 9 } } },
      'ack',
    ],
  ])('%s → unknown with raw', (_name, payload, providerType) => {
    const event = parseOne(payload);
    expect(event).toMatchObject({ type: 'unknown', providerType, raw: payload });
    expect(event.id).toMatch(/^whatsgate:191b80a9238:\d+$/);
  });

  it('JSON that is not an event → unknown with a stable id', () => {
    const first = parseOne({ hello: 'world' });
    expect(first).toMatchObject({ type: 'unknown', raw: { hello: 'world' } });
    expect(parseOne({ hello: 'world' }).id).toBe(first.id);
    expect(parseOne(null).type).toBe('unknown');
  });

  it('maps other message types: location, contact cards, voice, revoked, group messages', () => {
    const message = (extra: object) => ({
      ...fixtures.incomingTextWebhook,
      event_data: { message: { ...fixtures.incomingTextWebhook.event_data.message, ...extra } },
    });
    expect(
      parseOne(
        message({ type: 'location', location: { latitude: 55.75, longitude: 37.62, description: 'Office' } }),
      ),
    ).toMatchObject({
      message: {
        content: { type: 'location', location: { latitude: 55.75, longitude: 37.62, name: 'Office' } },
      },
    });
    const vcard =
      'BEGIN:VCARD\nVERSION:3.0\nFN:Anna\nTEL;type=CELL;waid=79001234567:+7 900 123-45-67\nEND:VCARD';
    expect(parseOne(message({ type: 'vcard', body: vcard, vCards: [vcard] }))).toMatchObject({
      message: {
        content: { type: 'contact', contacts: [{ displayName: 'Anna', phone: '79001234567', vcard }] },
      },
    });
    expect(parseOne(message({ type: 'ptt', hasMedia: true, mediaKey: 'k', body: '' }))).toMatchObject({
      message: { content: { type: 'media', mediaType: 'voice', file: { mediaKey: 'k' } } },
    });
    expect(parseOne(message({ type: 'revoked' }))).toMatchObject({ type: 'message-deleted' });
    expect(
      parseOne(
        message({
          from: '120363023014360921@g.us',
          author: '79991112233@c.us',
          from_name: 'Ivan',
          quotedMsgId: 'false_x@g.us_Q',
        }),
      ),
    ).toMatchObject({
      chat: { id: '120363023014360921@g.us', type: 'group' },
      message: { sender: { id: '79991112233@c.us', name: 'Ivan' }, replyTo: { messageId: 'false_x@g.us_Q' } },
    });
  });
});
