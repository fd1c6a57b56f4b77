import { describe, expect, it } from 'vitest';
import { isMessengerError } from '../../src/errors/messenger-error.js';
import { defineSessionManager } from '../../src/messenger/define-session-manager.js';
import type { Messenger } from '../../src/messenger/messenger.js';
import { createMessenger } from '../../src/registry/create-messenger.js';
import { createSessionManager } from '../../src/registry/create-session-manager.js';
import { listProviders } from '../../src/registry/list-providers.js';
import type { ProviderDefinition } from '../../src/registry/provider-definition.js';
import { createProviderRegistry } from '../../src/registry/provider-registry.js';
import { createFakeMessenger, type FakeOptions } from './fake-messenger.js';
import { rejectionOf } from './rejection-of.js';

const acme: ProviderDefinition<FakeOptions> = {
  name: 'acme',
  specificationVersion: 'v1',
  options: [
    {
      name: 'apiKey',
      description: 'The API key.',
      type: 'string',
      environmentVariable: 'ACME_API_KEY',
      secret: true,
      required: true,
    },
    { name: 'accountId', description: 'The account.', type: 'string', required: 'messenger' },
  ],
  createMessenger: (options) => createFakeMessenger('acme', options),
  createSessionManager: () =>
    defineSessionManager({
      provider: 'acme',
      networks: ['whatsapp'],
      list: async () => [],
      openMessenger: () => createFakeMessenger('acme', {} as never),
    }),
};

const registry = createProviderRegistry({ acme });

describe('createProviderRegistry', () => {
  it('makes a third-party provider available by name and passes the options through', async () => {
    const fetch = () => Promise.resolve(new Response());
    const messenger = (await createMessenger(
      {
        provider: 'acme',
        options: { apiKey: 'acme-key', accountId: 'A1', fetch, timeoutMilliseconds: 50 },
      },
      { registry },
    )) as Messenger<FakeOptions>;
    expect(messenger.provider).toBe('acme');
    expect(messenger.specificationVersion).toBe('v1');
    expect(messenger.instanceId).toBe('A1');
    expect(messenger.raw).toEqual({ apiKey: 'acme-key', accountId: 'A1', fetch, timeoutMilliseconds: 50 });
    await expect(messenger.sendText('79001234567@c.us', 'hi')).resolves.toMatchObject({
      messageId: 'fake-message',
    });
    expect(listProviders(registry)).toEqual(['acme', 'green-api', 'sdkwa', 'whatsgate']);
    expect(listProviders()).toEqual(['green-api', 'sdkwa', 'whatsgate']);
  });

  it('is a value: a provider in one registry is unknown without it', async () => {
    const error = await rejectionOf(
      createMessenger({ provider: 'acme', options: { apiKey: 'k', accountId: 'A' } }),
    );
    expect(error.message).toContain('Unknown messenger provider "acme"');
  });

  it('takes precedence over the built-in provider of the same name', async () => {
    const overriding = createProviderRegistry({ 'green-api': { ...acme, name: 'green-api', options: [] } });
    const messenger = await createMessenger({ provider: 'green-api' }, { registry: overriding });
    expect(messenger.provider).toBe('acme');
  });

  it('refuses a definition registered under another name', () => {
    expect(() => createProviderRegistry({ other: acme })).toThrow(
      'createProviderRegistry: the provider under "other" is named "acme"',
    );
  });

  it('refuses a definition for another specification version', () => {
    const future = { ...acme, specificationVersion: 'v2' } as unknown as ProviderDefinition;
    expect(() => createProviderRegistry({ acme: future })).toThrow(
      'Provider acme from createProviderRegistry implements specification v2, but this @switchboard/core implements v1',
    );
  });

  it('refuses a malformed definition, naming the field', () => {
    const broken = {
      name: '',
      specificationVersion: 'v1',
      createMessenger: 'no',
    } as unknown as ProviderDefinition;
    expect(() => createProviderRegistry({ '': broken })).toThrow(
      'Invalid provider definition from createProviderRegistry: provider.name must not be empty; provider.createMessenger must be a function',
    );
    const badOption = {
      ...acme,
      options: [{ name: 'x', description: '', type: 'date' }],
    } as unknown as ProviderDefinition;
    expect(() => createProviderRegistry({ acme: badOption })).toThrow(
      'provider.options.0.type must be string, number, boolean, url or identifier',
    );
  });

  it('refuses a messenger of another specification version, naming where it came from', async () => {
    const future = createProviderRegistry({
      'future-messenger': {
        name: 'future-messenger',
        specificationVersion: 'v1',
        createMessenger: () => ({ specificationVersion: 'v2' }) as unknown as Messenger,
      },
    });
    const error = await rejectionOf(createMessenger({ provider: 'future-messenger' }, { registry: future }));
    expect(error.message).toBe(
      'Provider future-messenger from the registry created a messenger for specification v2, but this @switchboard/core implements v1; install versions of the adapter and @switchboard/core that match',
    );
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
  });

  it('checks options against the registered specs without quoting values', async () => {
    const error = await rejectionOf(
      createMessenger({ provider: 'acme', options: { apiKey: 42 } }, { registry }),
    );
    expect(error.message).toBe(
      'acme option apiKey must be a string (check config or ACME_API_KEY); acme option accountId is missing (set it in config)',
    );
    expect(error.message).not.toContain('42');
  });
});

describe('createSessionManager', () => {
  it('builds the session manager, requiring only what a session manager needs', async () => {
    const manager = await createSessionManager(
      { provider: 'acme', options: { apiKey: 'acme-key' } },
      { registry },
    );
    expect(manager.provider).toBe('acme');
    await expect(manager.list()).resolves.toEqual([]);
  });

  it('rejects with unsupported when the provider has none', async () => {
    const { createSessionManager: _omitted, ...withoutManager } = acme;
    const error = await rejectionOf(
      createSessionManager(
        { provider: 'acme', options: { apiKey: 'acme-key' } },
        { registry: createProviderRegistry({ acme: withoutManager }) },
      ),
    );
    expect(isMessengerError(error, 'unsupported')).toBe(true);
    expect(error.message).toBe('Provider acme from the registry has no session manager');
  });
});

describe('unknown providers', () => {
  it('lists the known providers', async () => {
    const error = await rejectionOf(createMessenger({ provider: 'telegrm' }, { registry }));
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
    expect(error.message).toBe(
      'Unknown messenger provider "telegrm". Known providers: acme, green-api, sdkwa, whatsgate. Add it to a registry (createProviderRegistry) passed as { registry }, or set module to the package that implements it',
    );
  });
});
