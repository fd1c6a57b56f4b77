import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MessengerError } from '../../src/errors/messenger-error.js';
import { omitUndefined } from '../../src/objects/omit-undefined.js';
import { ignoredOptionEntries } from '../../src/options/ignored-option-entries.js';
import { parseRedactedOptions } from '../../src/options/parse-redacted-options.js';
import { secretText } from '../../src/options/secret-text.js';
import { pickTransportOptions, transportOptionsEntries } from '../../src/options/transport-options.js';
import { Redactor } from '../../src/redaction/redactor.js';

const transportSchema = v.strictObject(transportOptionsEntries);

function failureOf(action: () => unknown): MessengerError {
  try {
    action();
  } catch (error) {
    if (error instanceof MessengerError) return error;
    throw error;
  }
  throw new Error('expected a MessengerError');
}

describe('transportOptionsEntries', () => {
  it('accepts the transport options', () => {
    const onLog = () => undefined;
    const options = {
      timeoutMilliseconds: 5000,
      retry: { limit: 0, baseDelayMilliseconds: 10 },
      fetch,
      onLog,
    };
    expect(v.parse(transportSchema, options)).toEqual(options);
    expect(v.parse(transportSchema, { retry: false })).toEqual({ retry: false });
    expect(v.parse(transportSchema, {})).toEqual({});
  });

  it('rejects zero or fractional timeouts, negative retry settings, unknown retry keys and non-functions', () => {
    for (const bad of [
      { timeoutMilliseconds: 0 },
      { timeoutMilliseconds: 1.5 },
      { retry: { limit: -1 } },
      { retry: { limt: 2 } },
      { retry: true },
      { fetch: 'fetch' },
      { onLog: {} },
    ]) {
      expect(v.safeParse(transportSchema, bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('pickTransportOptions', () => {
  it('keeps only the transport options that are set', () => {
    const onLog = () => undefined;
    expect(
      pickTransportOptions({ timeoutMilliseconds: 100, retry: undefined, fetch: undefined, onLog }),
    ).toEqual({ timeoutMilliseconds: 100, onLog });
    expect(pickTransportOptions({ retry: false })).toEqual({ retry: false });
    const withOthers = { timeoutMilliseconds: 1, apiKey: 'secret' } as { timeoutMilliseconds: number };
    expect(pickTransportOptions(withOthers)).toEqual({ timeoutMilliseconds: 1 });
  });
});

describe('parseRedactedOptions', () => {
  const schema = v.strictObject({ token: v.pipe(v.string(), v.minLength(40)) });

  it('returns the parsed options', () => {
    const token = 'x'.repeat(40);
    expect(parseRedactedOptions(schema, { token }, 'test options', new Redactor())).toEqual({ token });
  });

  it('throws invalid-request naming the field, with registered secrets removed from message and stack', () => {
    const secret = 'd75b3a66374942c5b3c0';
    const error = failureOf(() =>
      parseRedactedOptions(schema, { token: secret }, 'test options', new Redactor([secret])),
    );
    expect(error.code).toBe('invalid-request');
    expect(error.message).toMatch(/^Invalid test options: token: /);
    expect(error.message).not.toContain(secret);
    expect(error.stack ?? '').not.toContain(secret);
  });
});

describe('secretText', () => {
  it('turns strings and numbers into text and ignores everything else', () => {
    expect(secretText('token')).toBe('token');
    expect(secretText(1101000001)).toBe('1101000001');
    expect(secretText(undefined)).toBeUndefined();
    expect(secretText({ token: 'x' })).toBeUndefined();
  });
});

describe('ignoredOptionEntries', () => {
  it('accepts any value of the named options in a strict schema, and still rejects unknown ones', () => {
    const schema = v.strictObject({ apiKey: v.string(), ...ignoredOptionEntries('network', 'idInstance') });
    expect(v.parse(schema, { apiKey: 'k', network: 42, idInstance: { any: 'thing' } })).toEqual({
      apiKey: 'k',
      network: 42,
      idInstance: { any: 'thing' },
    });
    expect(v.parse(schema, { apiKey: 'k' })).toEqual({ apiKey: 'k' });
    expect(v.safeParse(schema, { apiKey: 'k', host: 'x' }).success).toBe(false);
  });
});

describe('omitUndefined', () => {
  it('drops undefined fields and keeps null, false and empty values', () => {
    expect(omitUndefined({ a: 1, b: undefined, c: null, d: false, e: '' })).toEqual({
      a: 1,
      c: null,
      d: false,
      e: '',
    });
    expect(Object.keys(omitUndefined({ b: undefined }))).toEqual([]);
  });
});
