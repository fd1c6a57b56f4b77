import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/adapter.js';
import { MessengerError } from '../../src/index.js';

// Issue 15, item 6: everything an error carries passes the Redactor (message, stack, details, cause
// chain), so neither JSON.stringify nor util.inspect shows a secret.

const token = 'd75b3a66374942c5b3c019c698abc2067e151558acbd412345';

describe('MessengerError with a redactor', () => {
  it('redacts the message, nested details and the cause chain', () => {
    const redactor = new Redactor([token]);
    const cause = new Error(`GET /waInstance1/getSettings/${token} failed`, {
      cause: new Error(`inner ${token}`),
    });
    const error = new MessengerError(`quota of ${token} exceeded`, {
      code: 'quota-exceeded',
      provider: 'green-api',
      cause,
      details: {
        invokeStatus: {
          status: 'QUOTE_EXCEEDED',
          description: `token ${token}`,
          list: [token, { deep: token }],
        },
        [`key-${token}`]: 1,
        reason: token,
      },
      redactor,
    });
    for (const shown of [
      error.message,
      error.stack ?? '',
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
    ]) {
      expect(shown).not.toContain(token);
      expect(shown).not.toContain(token.slice(0, 20));
    }
    expect(error.details).toMatchObject({ reason: '***', invokeStatus: { description: 'token ***' } });
    expect(inspect(error, { depth: 10 })).toContain('***');
  });

  it('keeps details as given without a redactor', () => {
    const details = { method: 'sendMessage' };
    expect(new MessengerError('x', { code: 'provider', details }).details).toBe(details);
  });

  it('copies plain data only: class instances and functions become redacted text', () => {
    const redactor = new Redactor([token]);
    const value = redactor.redactValue({
      url: new URL(`https://h/${token}`),
      call: () => token,
      deep: JSON.parse(`${'{"a":'.repeat(20)}"${token}"${'}'.repeat(20)}`),
    }) as Record<string, unknown>;
    expect(JSON.stringify(value)).not.toContain(token);
    expect(value.url).toBe('https://h/***');
  });
});
