import { describe, expect, it } from 'vitest';
import { MessengerError } from '../../src/errors/messenger-error.js';
import { Redactor } from '../../src/redaction/redactor.js';
import { describeErrorType } from '../../src/telemetry/describe-error-type.js';
import { urlTemplate } from '../../src/telemetry/url-template.js';

describe('urlTemplate', () => {
  it('keeps plain words and versions, and replaces instance ids, tokens and receipts with {id}', () => {
    const redactor = new Redactor();
    expect(urlTemplate('/waInstance1101000001/sendMessage/0123abcd4567ef', redactor)).toBe(
      '/{id}/sendMessage/{id}',
    );
    expect(urlTemplate('/waInstance1101000001/deleteNotification/token/12345', redactor)).toBe(
      '/{id}/deleteNotification/token/{id}',
    );
    expect(urlTemplate('/whatsapp/1101/sendMessage', redactor)).toBe('/whatsapp/{id}/sendMessage');
    expect(urlTemplate('/api/v1/send', redactor)).toBe('/api/v1/send');
  });

  it('replaces chat ids, encoded values and a letters-only secret the redactor knows', () => {
    const redactor = new Redactor(['onlyLettersSecret']);
    expect(urlTemplate('/chats/79001234567@c.us/messages', redactor)).toBe('/chats/{id}/messages');
    expect(urlTemplate('/chats/79001234567%40c.us', redactor)).toBe('/chats/{id}');
    expect(urlTemplate('/instance/onlyLettersSecret/state', redactor)).toBe('/instance/{id}/state');
    expect(urlTemplate(`/${'a'.repeat(65)}`, redactor)).toBe('/{id}');
  });
});

describe('describeErrorType', () => {
  it('names the error code, an abort, or _OTHER, never the message', () => {
    const error = new MessengerError('chat 79001234567@c.us not found', { provider: 'x', code: 'not-found' });
    expect(describeErrorType(error)).toBe('not-found');
    expect(describeErrorType(new Error('79001234567'), AbortSignal.abort())).toBe('aborted');
    expect(describeErrorType(new Error('79001234567'))).toBe('_OTHER');
  });
});
