import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/redaction/redactor.js';
import { buildRequestUrl } from '../../src/transport/build-request-url.js';
import { extractProviderErrorText } from '../../src/transport/extract-provider-error-text.js';
import { findNetworkErrorCode } from '../../src/transport/find-network-error-code.js';
import { isNeverSentError } from '../../src/transport/is-never-sent-error.js';
import { registerHeaderSecrets } from '../../src/transport/register-header-secrets.js';
import { sanitizeError } from '../../src/transport/sanitize-error.js';

describe('buildRequestUrl', () => {
  it('joins with exactly one slash and keeps a base path such as /v3', () => {
    expect(buildRequestUrl('https://api.test/v3', 'waInstance1/x').href).toBe(
      'https://api.test/v3/waInstance1/x',
    );
    expect(buildRequestUrl('https://api.test/v3/', '/waInstance1/x').href).toBe(
      'https://api.test/v3/waInstance1/x',
    );
    expect(buildRequestUrl('https://api.test', '').href).toBe('https://api.test/');
  });

  it('appends defined search parameters only', () => {
    const url = buildRequestUrl('https://api.test', 'x', {
      minutes: 5,
      archived: false,
      cursor: undefined,
      q: 'a b',
    });
    expect(url.search).toBe('?minutes=5&archived=false&q=a+b');
  });
});

describe('findNetworkErrorCode and isNeverSentError', () => {
  it('finds the code on the error, in its cause chain and inside an AggregateError', () => {
    expect(findNetworkErrorCode({ code: 'ENOTFOUND' })).toBe('ENOTFOUND');
    const aggregate = new AggregateError(
      [Object.assign(new Error('a'), { code: 'ECONNREFUSED' })],
      'all failed',
    );
    expect(findNetworkErrorCode(new TypeError('fetch failed', { cause: aggregate }))).toBe('ECONNREFUSED');
    expect(findNetworkErrorCode(new Error('plain'))).toBeUndefined();
    expect(findNetworkErrorCode('text')).toBeUndefined();
  });

  it('reads the code from the name or message of runtimes that give none (Deno, Bun)', () => {
    const deno = new TypeError(
      'error sending request for url (http://127.0.0.1:1/): client error (Connect)',
      {
        cause: Object.assign(new Error('Connection refused (os error 111)'), { name: 'ConnectionRefused' }),
      },
    );
    expect(findNetworkErrorCode(deno)).toBe('ECONNREFUSED');
    expect(isNeverSentError(deno)).toBe(true);
    expect(findNetworkErrorCode(new TypeError('dns error: failed to lookup address information'))).toBe(
      'ENOTFOUND',
    );
    expect(findNetworkErrorCode(new TypeError('connection closed before message completed'))).toBeUndefined();
    expect(isNeverSentError(new TypeError('connection closed before message completed'))).toBe(false);
  });

  it('only treats connection-establishment failures as never sent', () => {
    expect(isNeverSentError({ code: 'ECONNREFUSED' })).toBe(true);
    expect(isNeverSentError({ code: 'UND_ERR_CONNECT_TIMEOUT' })).toBe(true);
    expect(isNeverSentError({ code: 'ECONNRESET' })).toBe(false);
    expect(isNeverSentError({ code: 'UND_ERR_SOCKET' })).toBe(false);
    expect(isNeverSentError(new TypeError('fetch failed'))).toBe(false);
  });
});

describe('extractProviderErrorText', () => {
  it('reads the usual provider error shapes', () => {
    expect(extractProviderErrorText({ statusCode: 400, message: 'bad request data' })).toBe(
      'bad request data',
    );
    expect(
      extractProviderErrorText({ result: false, error: { code: 464, description: 'Not enough balance' } }),
    ).toBe('Not enough balance');
    expect(extractProviderErrorText({ error: 'chatId not found' })).toBe('chatId not found');
    expect(extractProviderErrorText({ message: ['a must be set', 'b must be set'] })).toBe(
      'a must be set; b must be set',
    );
    expect(extractProviderErrorText('Error: item-not-found')).toBe('Error: item-not-found');
    expect(extractProviderErrorText({ invokeStatus: { used: 1 } })).toBe('{"invokeStatus":{"used":1}}');
  });

  it('gives undefined for empty bodies and cuts long text', () => {
    expect(extractProviderErrorText(undefined)).toBeUndefined();
    expect(extractProviderErrorText({})).toBeUndefined();
    expect(extractProviderErrorText('   ')).toBeUndefined();
    expect(extractProviderErrorText('x'.repeat(600))?.length).toBe(501);
  });
});

describe('registerHeaderSecrets', () => {
  it('registers credential header values and bearer tokens, not ordinary headers', () => {
    const redactor = new Redactor();
    registerHeaderSecrets(
      {
        Authorization: 'Bearer secret-token-1',
        'X-Api-Key': 'api-key-2',
        'Content-Type': 'application/json',
      },
      redactor,
    );
    expect(redactor.redact('secret-token-1 api-key-2 application/json')).toBe('*** *** application/json');
  });
});

describe('sanitizeError', () => {
  const redactor = new Redactor(['tok-secret']);

  it('copies name, code, message and stack redacted, and the cause chain', () => {
    const inner = Object.assign(new Error('connect tok-secret'), {
      code: 'ECONNREFUSED',
      address: '10.0.0.1',
    });
    const outer = Object.assign(new TypeError('fetch failed for tok-secret', { cause: inner }), {
      url: 'tok-secret',
    });
    const copy = sanitizeError(outer, redactor);
    expect(copy).not.toBe(outer);
    expect(copy.name).toBe('TypeError');
    expect(copy.message).toBe('fetch failed for ***');
    expect(copy.stack).not.toContain('tok-secret');
    expect(copy).not.toHaveProperty('url');
    const cause = copy.cause as Error & { code?: string };
    expect(cause.message).toBe('connect ***');
    expect(cause.code).toBe('ECONNREFUSED');
    expect(cause).not.toHaveProperty('address');
  });

  it('wraps thrown non-errors', () => {
    const copy = sanitizeError({ code: 'ECONNREFUSED', message: 'refused tok-secret' }, redactor);
    expect(copy).toBeInstanceOf(Error);
    expect(copy).toMatchObject({ name: 'NonError', message: 'refused ***', code: 'ECONNREFUSED' });
    expect(sanitizeError(42, redactor).message).toBe('Non-error value thrown: number');
  });
});
