import {
  createMessenger,
  createSessionManager,
  type MessengerConfig,
  type SessionManagerConfig,
} from '@switchboard/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { GreenApiMessengerOptions, GreenApiSessionManagerOptions } from '../../src/index.js';

declare const options: GreenApiMessengerOptions;
declare const partnerOptions: GreenApiSessionManagerOptions;

// `src/index.ts` adds 'green-api' to core's ProviderOptionsByName; without it every @ts-expect-error below is unused.
describe('a config that names green-api', () => {
  it('takes the GREEN-API options types', () => {
    expectTypeOf<MessengerConfig<'green-api'>['options']>().toEqualTypeOf<
      GreenApiMessengerOptions | undefined
    >();
    expectTypeOf<SessionManagerConfig<'green-api'>['options']>().toEqualTypeOf<
      GreenApiSessionManagerOptions | undefined
    >();
  });

  it('accepts a variable of the options interface', () => {
    void createMessenger({ provider: 'green-api', options });
    void createSessionManager({ provider: 'green-api', options: partnerOptions });
  });

  it('refuses a misspelt option', () => {
    void createMessenger({
      provider: 'green-api',
      // @ts-expect-error apiTokenInstanse is not a GREEN-API option
      options: { network: 'whatsapp', idInstance: '1101000001', apiTokenInstanse: 'token' },
    });
    void createSessionManager({
      provider: 'green-api',
      // @ts-expect-error partnerTokn is not a GREEN-API session manager option
      options: { partnerTokn: 'token' },
    });
  });

  it('refuses a known option of the wrong type', () => {
    void createMessenger({
      provider: 'green-api',
      // @ts-expect-error the network is one of whatsapp, telegram or max
      options: { network: 'signal', idInstance: '1101000001', apiTokenInstance: 'token' },
    });
    void createMessenger({
      provider: 'green-api',
      // @ts-expect-error timeoutMilliseconds is a number
      options: { ...options, timeoutMilliseconds: '5000' },
    });
  });

  it('accepts any options object for an unknown provider, or a provider only known as a string', () => {
    void createMessenger({
      provider: 'acme',
      module: 'switchboard-acme',
      options: { apiKey: 'key', region: 1 },
    });
    const config: MessengerConfig = { provider: 'green-api', options: { anything: true } };
    void createMessenger(config);
  });
});
