import { describe, expect, it } from 'vitest';
import { createMessenger } from '../../src/registry/create-messenger.js';
import { loadMessengerConfigFromEnvironment } from '../../src/registry/load-messenger-config-from-environment.js';
import { mergeMessengerConfig } from '../../src/registry/merge-messenger-config.js';
import { createProviderRegistry } from '../../src/registry/provider-registry.js';
import { createFakeMessenger, type FakeOptions } from './fake-messenger.js';
import { rejectionOf } from './rejection-of.js';

const secretToken = 'f1e2d3c4b5a6f1e2d3c4b5a6-environment-secret';

describe('loadMessengerConfigFromEnvironment', () => {
  it('reads the provider and its variables, converting types and skipping empty ones', async () => {
    const config = await loadMessengerConfigFromEnvironment({
      SWITCHBOARD_PROVIDER: 'green-api',
      GREEN_API_NETWORK: 'telegram',
      GREEN_API_ID_INSTANCE: '4100000001',
      GREEN_API_API_TOKEN_INSTANCE: secretToken,
      GREEN_API_API_URL: 'https://4100.api.green-api.com',
      GREEN_API_MEDIA_URL: '',
      SWITCHBOARD_TIMEOUT_MILLISECONDS: '2500',
      SDKWA_ID_INSTANCE: 'not for green-api',
    });
    expect(config).toEqual({
      provider: 'green-api',
      options: {
        network: 'telegram',
        idInstance: '4100000001',
        apiTokenInstance: secretToken,
        apiUrl: 'https://4100.api.green-api.com',
        timeoutMilliseconds: 2500,
      },
    });
  });

  it('lets the provider option win over SWITCHBOARD_PROVIDER and ignores the other provider module', async () => {
    const config = await loadMessengerConfigFromEnvironment(
      {
        SWITCHBOARD_PROVIDER: 'acme',
        SWITCHBOARD_PROVIDER_MODULE: 'switchboard-acme',
        WHATSGATE_API_KEY: 'key',
      },
      { provider: 'whatsgate' },
    );
    expect(config).toEqual({ provider: 'whatsgate', options: { apiKey: 'key' } });
  });

  it('reads the variables of a registered third-party provider, given the registry createMessenger takes', async () => {
    const registry = createProviderRegistry({
      acme: {
        name: 'acme',
        specificationVersion: 'v1',
        options: [
          {
            name: 'apiKey',
            description: '',
            type: 'string',
            environmentVariable: 'ACME_API_KEY',
            secret: true,
          },
          { name: 'sandbox', description: '', type: 'boolean', environmentVariable: 'ACME_SANDBOX' },
        ],
        createMessenger: (options: FakeOptions) => createFakeMessenger('acme', options),
      },
    });
    const resolution = { registry };
    const config = await loadMessengerConfigFromEnvironment(
      {
        SWITCHBOARD_PROVIDER: 'acme',
        ACME_API_KEY: 'acme-key',
        ACME_SANDBOX: 'Yes',
        SWITCHBOARD_TIMEOUT_MILLISECONDS: '2500',
      },
      resolution,
    );
    expect(config).toEqual({
      provider: 'acme',
      options: { apiKey: 'acme-key', sandbox: true, timeoutMilliseconds: 2500 },
    });
    const messenger = await createMessenger(config, resolution);
    expect(messenger.raw).toEqual({ apiKey: 'acme-key', sandbox: true, timeoutMilliseconds: 2500 });
  });

  it('refuses a provider it cannot find instead of dropping its variables', async () => {
    const error = await rejectionOf(
      loadMessengerConfigFromEnvironment({ SWITCHBOARD_PROVIDER: 'acme', ACME_API_KEY: 'acme-key' }),
    );
    expect(error.code).toBe('invalid-request');
    expect(error.message).toMatch(
      /^Unknown messenger provider "acme"\. Known providers: green-api, sdkwa, whatsgate\./,
    );
  });

  it('says which variable does not convert, without its value', async () => {
    await expect(
      loadMessengerConfigFromEnvironment({
        SWITCHBOARD_PROVIDER: 'sdkwa',
        SWITCHBOARD_TIMEOUT_MILLISECONDS: 'soon-9f8e7d',
      }),
    ).rejects.toThrow(
      /^SWITCHBOARD_TIMEOUT_MILLISECONDS must be a number \(sdkwa option timeoutMilliseconds\)$/,
    );
  });

  it('requires a provider', async () => {
    await expect(loadMessengerConfigFromEnvironment({})).rejects.toThrow(
      'SWITCHBOARD_PROVIDER is not set: set it to one of green-api, sdkwa, whatsgate, or to a provider that SWITCHBOARD_PROVIDER_MODULE implements',
    );
  });

  it('leads to errors that name the option and its variable but not the secrets that are set', async () => {
    const config = await loadMessengerConfigFromEnvironment({
      SWITCHBOARD_PROVIDER: 'green-api',
      GREEN_API_NETWORK: 'whatsapp',
      GREEN_API_WEBHOOK_URL_TOKEN: secretToken,
    });
    const error = await rejectionOf(createMessenger(config));
    expect(error.message).toBe(
      'green-api option idInstance is missing (set it in config or GREEN_API_ID_INSTANCE); green-api option apiTokenInstance is missing (set it in config or GREEN_API_API_TOKEN_INSTANCE)',
    );
    expect(JSON.stringify({ message: error.message, details: error.details })).not.toContain(secretToken);
  });
});

describe('mergeMessengerConfig', () => {
  const file = {
    provider: 'green-api',
    options: { network: 'whatsapp', idInstance: '1101000001', apiUrl: 'https://file' },
  };

  it('lets later layers win, option by option (file < environment < explicit)', () => {
    const environment = {
      provider: 'green-api',
      options: { apiTokenInstance: 'env-token', apiUrl: 'https://env' },
    };
    const explicit = { options: { apiUrl: 'https://explicit', timeoutMilliseconds: undefined } };
    expect(mergeMessengerConfig(file, environment, undefined, explicit)).toEqual({
      provider: 'green-api',
      options: {
        network: 'whatsapp',
        idInstance: '1101000001',
        apiUrl: 'https://explicit',
        apiTokenInstance: 'env-token',
      },
    });
  });

  it('starts over when a later layer names another provider', () => {
    const merged = mergeMessengerConfig(
      { ...file, module: 'fork' },
      { provider: 'whatsgate', options: { apiKey: 'k' } },
    );
    expect(merged).toEqual({ provider: 'whatsgate', options: { apiKey: 'k' } });
  });

  it('requires some layer to name a provider', () => {
    expect(() => mergeMessengerConfig({ options: { apiKey: 'k' } })).toThrow(
      'No configuration layer names a provider: set provider in one of them',
    );
  });
});
