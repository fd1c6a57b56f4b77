import { describe, expectTypeOf, it } from 'vitest';
import {
  createMessenger,
  createSessionManager,
  loadMessengerConfigFromEnvironment,
  type MessengerConfig,
  type ProviderOptionsByName,
} from '../../src/index.js';

/** The options of a third-party adapter, as an interface (interfaces have no index signature). */
interface AcmeOptions {
  apiKey: string;
  sandbox?: boolean | undefined;
}

declare const options: AcmeOptions;

// The adapters fill ProviderOptionsByName in (their type tests prove it); core alone knows no provider's options.
describe('config options without any adapter types loaded', () => {
  it('starts with no provider', () => {
    expectTypeOf<keyof ProviderOptionsByName>().toEqualTypeOf<never>();
  });

  it('takes any options object, an interface included', () => {
    void createMessenger({ provider: 'acme', module: 'switchboard-acme', options });
    void createSessionManager({ provider: 'green-api', options: { partnerToken: 'token' } });
    // @ts-expect-error options are an object
    void createMessenger({ provider: 'acme', options: 'apiKey=key' });
  });

  it('types a config read at run time as a MessengerConfig of any provider', async () => {
    const config = await loadMessengerConfigFromEnvironment({});
    expectTypeOf(config).toEqualTypeOf<MessengerConfig>();
    expectTypeOf(config.options).toEqualTypeOf<object | undefined>();
    void createMessenger(config);
  });
});
