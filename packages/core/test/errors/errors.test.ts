import { describe, expect, it } from 'vitest';
import { isMessengerError, MessengerError } from '../../src/errors/messenger-error.js';
import { UnsupportedError } from '../../src/errors/unsupported-error.js';
import { Redactor } from '../../src/redaction/redactor.js';
import { constantTimeEqual } from '../../src/security/constant-time-equal.js';

describe('MessengerError', () => {
  it('derives isRetryable from the code and keeps the details', () => {
    const limited = new MessengerError('slow down', {
      code: 'rate-limited',
      provider: 'green-api',
      retryAfterMilliseconds: 1500,
    });
    expect(limited.isRetryable).toBe(true);
    expect(limited.retryAfterMilliseconds).toBe(1500);
    expect(new MessengerError('no', { code: 'quota-exceeded', status: 466 }).isRetryable).toBe(false);
    expect(new MessengerError('x', { code: 'auth', isRetryable: true }).isRetryable).toBe(true);
  });

  it('is recognised across copies of the package through the Symbol.for marker', () => {
    const foreign = { [Symbol.for('@switchboard/core/messenger-error')]: true, code: 'auth' };
    expect(isMessengerError(foreign)).toBe(true);
    expect(isMessengerError(foreign, 'auth')).toBe(true);
    expect(isMessengerError(foreign, 'network')).toBe(false);
    expect(isMessengerError(new Error('plain'))).toBe(false);
    expect(isMessengerError(null)).toBe(false);
  });

  it('names provider, network and operation when unsupported', () => {
    const error = new UnsupportedError('green-api', 'messages.edit', 'max');
    expect(error.message).toBe('green-api (max) does not support messages.edit');
    expect(isMessengerError(error, 'unsupported')).toBe(true);
    expect(error).toBeInstanceOf(MessengerError);
  });
});

describe('Redactor', () => {
  it('removes every registered secret, also URL-encoded, and ignores trivial values', () => {
    const redactor = new Redactor(['d75b3a66374942c5b3c0', undefined, 'ab']);
    redactor.add('p@ss word!');
    const text = 'GET /waInstance1/getSettings/d75b3a66374942c5b3c0?x=p%40ss%20word! and p@ss word! ab';
    expect(redactor.redact(text)).toBe('GET /waInstance1/getSettings/***?x=*** and *** ab');
    expect(redactor.contains(text)).toBe(true);
    expect(redactor.contains(redactor.redact(text))).toBe(false);
  });
});

describe('constantTimeEqual', () => {
  it('compares exactly', () => {
    expect(constantTimeEqual('Bearer secret-token', 'Bearer secret-token')).toBe(true);
    expect(constantTimeEqual('Bearer secret-tokeN', 'Bearer secret-token')).toBe(false);
    expect(constantTimeEqual('Bearer secret-token-longer', 'Bearer secret-token')).toBe(false);
    expect(constantTimeEqual('', 'x')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
  });
});
