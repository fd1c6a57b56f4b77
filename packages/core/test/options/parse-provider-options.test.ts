import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  createSendOptionsReader,
  parseWithSchema,
  type SendOptionsByMessageType,
} from '../../src/adapter.js';
import { isMessengerError } from '../../src/index.js';

type ExampleSendOptions = SendOptionsByMessageType<{ text: { archiveChat?: boolean | undefined } }>;

const readSendOptions = createSendOptionsReader<ExampleSendOptions>('example', {
  text: v.strictObject({ archiveChat: v.optional(v.boolean('must be a boolean')) }),
});

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('provider options of a send', () => {
  it('returns the checked options of the message type', () => {
    expect(readSendOptions('text', { example: { archiveChat: true }, other: { chatId: 'x' } })).toEqual({
      archiveChat: true,
    });
    expect(readSendOptions('poll', undefined)).toEqual({});
  });

  it('rejects a contract field, an unknown field and a wrong value, naming each and quoting none', () => {
    const error = errorOf(() =>
      readSendOptions('text', { example: { chatId: '79001234567@c.us', archiveChat: 's3cr3t' } }),
    );
    expect(isMessengerError(error) && error.code).toBe('invalid-request');
    expect(isMessengerError(error) && error.provider).toBe('example');
    expect(isMessengerError(error) && error.details?.fields).toEqual(['archiveChat', 'chatId']);
    expect(String((error as Error).message)).toBe(
      'Invalid providerOptions.example of a text send: archiveChat must be a boolean; chatId is not a known option',
    );
    expect(String((error as Error).message)).not.toContain('s3cr3t');
  });

  it('a type without a schema takes no options', () => {
    const error = errorOf(() => readSendOptions('location', { example: { archiveChat: true } }));
    expect(isMessengerError(error) && error.details?.fields).toEqual(['archiveChat']);
  });
});

describe('parseWithSchema', () => {
  it('words problems with the given describer and keeps extra details', () => {
    const error = errorOf(() =>
      parseWithSchema(
        v.object({ name: v.string() }),
        { name: 1 },
        {
          label: 'thing',
          describeIssue: (_issue, path) => `${path} is wrong`,
          details: { template: 'thing' },
        },
      ),
    );
    expect((error as Error).message).toBe('Invalid thing: name is wrong');
    expect(isMessengerError(error) && error.details).toEqual({ template: 'thing', fields: ['name'] });
  });
});

describe('createSendOptionsReader without options', () => {
  it('gives a new empty object each time, and still applies a schema that fills in fields', () => {
    const first = readSendOptions('text', undefined);
    expect(first).toEqual({});
    expect(readSendOptions('text', { other: {} })).not.toBe(first);
    expect(readSendOptions('poll', undefined)).toEqual({});
    const withDefault = createSendOptionsReader<SendOptionsByMessageType<{ text: { preview: boolean } }>>(
      'example',
      { text: v.strictObject({ preview: v.optional(v.boolean(), true) }) },
    );
    expect(withDefault('text', undefined)).toEqual({ preview: true });
    expect(withDefault('text', { example: { preview: false } })).toEqual({ preview: false });
  });

  it('still rejects a schema that needs a field', () => {
    const needsField = createSendOptionsReader<SendOptionsByMessageType<{ text: { tag: string } }>>(
      'example',
      {
        text: v.strictObject({ tag: v.string() }),
      },
    );
    for (let attempt = 0; attempt < 2; attempt += 1)
      expect(() => needsField('text', undefined)).toThrow(/providerOptions\.example of a text send/);
  });
});
