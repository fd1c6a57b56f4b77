import { describe, expect, it } from 'vitest';
import { isMessengerError } from '../../src/errors/messenger-error.js';
import { createMessenger } from '../../src/registry/create-messenger.js';
import type { MessengerConfig } from '../../src/registry/messenger-config.js';
import { parseMessengerConfig } from '../../src/registry/parse-messenger-config.js';
import { rejectionOf } from './rejection-of.js';

describe('config shape', () => {
  it.each([
    [null, 'Invalid messenger config: the config must be an object'],
    ['green-api', 'Invalid messenger config: the config must be an object'],
    [{}, 'Invalid messenger config: provider is missing'],
    [{ provider: '' }, 'Invalid messenger config: provider must not be empty'],
    [{ provider: 7 }, 'Invalid messenger config: provider must be a string'],
    [{ provider: 'sdkwa', module: '' }, 'Invalid messenger config: module must not be empty'],
    [{ provider: 'sdkwa', options: [] }, 'Invalid messenger config: options must be an object'],
    [{ provider: 'sdkwa', options: 'idInstance=1' }, 'Invalid messenger config: options must be an object'],
    [
      { providr: 'sdkwa', option: {} },
      'Invalid messenger config: provider is missing; providr is not a known field',
    ],
  ])('rejects %j, naming the field', async (input, message) => {
    const error = await rejectionOf(createMessenger(input as MessengerConfig));
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
    expect(error.message).toBe(message);
  });

  it('never quotes values, even a token put in the wrong field', () => {
    const token = 'd75b3a66374942c5b3c0d75b3a66374942c5b3c0';
    expect(() => parseMessengerConfig({ provider: 'green-api', apiTokenInstance: token })).toThrow(
      'Invalid messenger config: apiTokenInstance is not a known field',
    );
    try {
      parseMessengerConfig({ provider: ['green-api', token] });
    } catch (error) {
      expect((error as Error).message).toBe('Invalid messenger config: provider must be a string');
    }
  });

  it('names the source when given', () => {
    expect(() => parseMessengerConfig({ provider: 1 }, 'tenant shop')).toThrow(
      'Invalid messenger config in tenant shop: provider must be a string',
    );
  });

  it('returns a valid config', () => {
    const config = { provider: 'acme', module: 'switchboard-acme', options: { apiKey: 'k' } };
    expect(parseMessengerConfig(config)).toEqual(config);
  });
});
