import { describe, expect, it } from 'vitest';
import { isMessengerError } from '../../src/errors/messenger-error.js';
import { defineSessionManager } from '../../src/messenger/define-session-manager.js';
import type { Messenger } from '../../src/messenger/messenger.js';
import { createCatalogProviderDefinition } from '../../src/registry/create-catalog-provider-definition.js';
import { createMessenger } from '../../src/registry/create-messenger.js';
import { createSessionManager } from '../../src/registry/create-session-manager.js';
import type { ModuleImporter } from '../../src/registry/module-importer.js';
import { providerCatalog } from '../../src/registry/provider-catalog.js';
import { createFakeMessenger, type FakeOptions } from './fake-messenger.js';
import { rejectionOf } from './rejection-of.js';

const greenApiOptions = {
  network: 'whatsapp',
  idInstance: '1101000001',
  apiTokenInstance: 'd75b3a66374942c5b3c0-secret-token',
};

/** Stands in for `@switchboard/green-api` (not written yet) and counts imports. */
function fakeGreenApiImporter() {
  const imported: string[] = [];
  const importModule: ModuleImporter = async (specifier) => {
    imported.push(specifier);
    return {
      createGreenApiMessenger: (options: FakeOptions) => createFakeMessenger('green-api', options),
      createGreenApiSessionManager: () =>
        defineSessionManager({
          provider: 'green-api',
          networks: ['whatsapp'],
          list: async () => [],
          openMessenger: () => createFakeMessenger('green-api', {} as FakeOptions),
        }),
    };
  };
  return { imported, importModule };
}

describe('providerCatalog', () => {
  it('names each package, its exports, and the environment variables of its options', () => {
    const summary = Object.values(providerCatalog).map((entry) => [
      entry.name,
      entry.packageName,
      entry.createMessengerExport,
      entry.createSessionManagerExport,
      Object.fromEntries(entry.options.map((option) => [option.name, option.environmentVariable])),
    ]);
    expect(summary).toEqual([
      [
        'green-api',
        '@switchboard/green-api',
        'createGreenApiMessenger',
        'createGreenApiSessionManager',
        {
          network: 'GREEN_API_NETWORK',
          idInstance: 'GREEN_API_ID_INSTANCE',
          apiTokenInstance: 'GREEN_API_API_TOKEN_INSTANCE',
          apiUrl: 'GREEN_API_API_URL',
          mediaUrl: 'GREEN_API_MEDIA_URL',
          webhookUrlToken: 'GREEN_API_WEBHOOK_URL_TOKEN',
          partnerToken: 'GREEN_API_PARTNER_TOKEN',
          timeoutMilliseconds: 'SWITCHBOARD_TIMEOUT_MILLISECONDS',
        },
      ],
      [
        'sdkwa',
        '@switchboard/sdkwa',
        'createSdkwaMessenger',
        'createSdkwaSessionManager',
        {
          network: 'SDKWA_NETWORK',
          idInstance: 'SDKWA_ID_INSTANCE',
          apiTokenInstance: 'SDKWA_API_TOKEN_INSTANCE',
          host: 'SDKWA_HOST',
          webhookUrlToken: 'SDKWA_WEBHOOK_URL_TOKEN',
          userId: 'SDKWA_USER_ID',
          userToken: 'SDKWA_USER_TOKEN',
          timeoutMilliseconds: 'SWITCHBOARD_TIMEOUT_MILLISECONDS',
        },
      ],
      [
        'whatsgate',
        '@switchboard/whatsgate',
        'createWhatsgateMessenger',
        'createWhatsgateSessionManager',
        {
          apiKey: 'WHATSGATE_API_KEY',
          whatsappId: 'WHATSGATE_WHATSAPP_ID',
          baseUrl: 'WHATSGATE_BASE_URL',
          webhookSecret: 'WHATSGATE_WEBHOOK_SECRET',
          timeoutMilliseconds: 'SWITCHBOARD_TIMEOUT_MILLISECONDS',
        },
      ],
    ]);
  });

  it('marks the tokens and keys as secrets', () => {
    const secrets = Object.values(providerCatalog).flatMap((entry) =>
      entry.options.filter((option) => option.secret).map((option) => `${entry.name}.${option.name}`),
    );
    expect(secrets).toEqual([
      'green-api.apiTokenInstance',
      'green-api.webhookUrlToken',
      'green-api.partnerToken',
      'sdkwa.apiTokenInstance',
      'sdkwa.webhookUrlToken',
      'sdkwa.userToken',
      'whatsgate.apiKey',
      'whatsgate.webhookSecret',
    ]);
  });
});

describe('built-in providers', () => {
  it('says exactly what to install when the package is missing', async () => {
    const error = await rejectionOf(createMessenger({ provider: 'green-api', options: greenApiOptions }));
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
    expect(error.message).toBe(
      'The green-api provider needs the package @switchboard/green-api, which could not be imported: run pnpm add @switchboard/green-api (or npm install @switchboard/green-api). If it is installed but @switchboard/core cannot resolve it (pnpm with hoist=false), pass { importModule: (specifier) => import(specifier) } to createMessenger',
    );
    expect(error.message).not.toContain(greenApiOptions.apiTokenInstance);
  });

  it('does not suggest importModule when the app already resolves packages itself', async () => {
    const importModule = async (specifier: string) => {
      throw new Error(`Cannot find package '${specifier}' imported from /app/index.js`);
    };
    const error = await rejectionOf(
      createMessenger({ provider: 'green-api', options: greenApiOptions }, { importModule }),
    );
    expect(error.message).toBe(
      'The green-api provider needs the package @switchboard/green-api, which could not be imported: run pnpm add @switchboard/green-api (or npm install @switchboard/green-api)',
    );
  });

  it('imports only the selected package, once for many messengers', async () => {
    const { imported, importModule } = fakeGreenApiImporter();
    const messengers = await Promise.all(
      Array.from({ length: 500 }, (_, index) =>
        createMessenger(
          { provider: 'green-api', options: { ...greenApiOptions, idInstance: `${1101000000 + index}` } },
          { importModule },
        ),
      ),
    );
    await createSessionManager(
      { provider: 'green-api', options: { partnerToken: 'partner-secret' } },
      { importModule },
    );
    expect(imported).toEqual(['@switchboard/green-api']);
    expect((messengers[7] as Messenger<FakeOptions>).raw.idInstance).toBe('1101000007');
  });

  it('takes ids as strings or whole numbers, as the adapters do', async () => {
    const { importModule } = fakeGreenApiImporter();
    const messenger = await createMessenger(
      { provider: 'green-api', options: { ...greenApiOptions, idInstance: 1101000001 } },
      { importModule },
    );
    expect((messenger as Messenger<FakeOptions>).raw.idInstance).toBe(1101000001);
    for (const idInstance of [-1, 1.5, Number.NaN, true]) {
      const error = await rejectionOf(
        createMessenger(
          { provider: 'green-api', options: { ...greenApiOptions, idInstance } },
          { importModule },
        ),
      );
      expect(error.message).toBe(
        'green-api option idInstance must be a string or a whole number (check config or GREEN_API_ID_INSTANCE)',
      );
    }
  });

  it('checks options before importing, naming the option and its variable but never a secret', async () => {
    const { imported, importModule } = fakeGreenApiImporter();
    const error = await rejectionOf(
      createMessenger(
        { provider: 'green-api', options: { network: 'viber', idInstance: 11.5, webhookUrlToken: 12345678 } },
        { importModule },
      ),
    );
    expect(error.message).toBe(
      [
        'green-api option network must be one of whatsapp, telegram, max (check config or GREEN_API_NETWORK)',
        'green-api option idInstance must be a string or a whole number (check config or GREEN_API_ID_INSTANCE)',
        'green-api option apiTokenInstance is missing (set it in config or GREEN_API_API_TOKEN_INSTANCE)',
        'green-api option webhookUrlToken must be a string (check config or GREEN_API_WEBHOOK_URL_TOKEN)',
      ].join('; '),
    );
    expect(error.message).not.toContain('12345678');
    expect(error.details).toMatchObject({
      problems: [
        { option: 'network', environmentVariable: 'GREEN_API_NETWORK', problem: 'invalid' },
        { option: 'idInstance', environmentVariable: 'GREEN_API_ID_INSTANCE', problem: 'invalid' },
        {
          option: 'apiTokenInstance',
          environmentVariable: 'GREEN_API_API_TOKEN_INSTANCE',
          problem: 'missing',
        },
        { option: 'webhookUrlToken', environmentVariable: 'GREEN_API_WEBHOOK_URL_TOKEN', problem: 'invalid' },
      ],
    });
    expect(imported).toEqual([]);
  });

  it('checks URLs and numbers', async () => {
    const error = await rejectionOf(
      createMessenger({
        provider: 'sdkwa',
        options: {
          network: 'telegram',
          idInstance: '1',
          apiTokenInstance: 't',
          host: 'ftp://x',
          timeoutMilliseconds: '5',
        },
      }),
    );
    expect(error.message).toBe(
      'sdkwa option host must be an http or https URL (check config or SDKWA_HOST); sdkwa option timeoutMilliseconds must be a number (check config or SWITCHBOARD_TIMEOUT_MILLISECONDS)',
    );
  });

  it('requires the options of the session manager for createSessionManager only', async () => {
    const error = await rejectionOf(
      createSessionManager({ provider: 'green-api', options: greenApiOptions }),
    );
    expect(error.message).toBe(
      'green-api option partnerToken is missing (set it in config or GREEN_API_PARTNER_TOKEN)',
    );
    const whatsgate = await rejectionOf(createSessionManager({ provider: 'whatsgate' }));
    expect(whatsgate.message).toBe(
      'whatsgate option apiKey is missing (set it in config or WHATSGATE_API_KEY)',
    );
  });

  it('refuses a package that lacks the expected export', async () => {
    const importModule: ModuleImporter = async () => ({ createSomethingElse: () => undefined });
    const error = await rejectionOf(
      createMessenger({ provider: 'whatsgate', options: { apiKey: 'k', whatsappId: 'w' } }, { importModule }),
    );
    expect(error.message).toBe(
      'Package @switchboard/whatsgate does not export createWhatsgateMessenger; install a version of @switchboard/whatsgate that matches @switchboard/core',
    );
  });

  it('builds a definition from a package namespace for bundles', async () => {
    const definition = createCatalogProviderDefinition('sdkwa', {
      createSdkwaMessenger: (options: FakeOptions) => createFakeMessenger('sdkwa', options),
    });
    expect(definition).toMatchObject({ name: 'sdkwa', specificationVersion: 'v1' });
    expect(definition.createSessionManager).toBeUndefined();
    expect((await definition.createMessenger({ accountId: 'S1' })).instanceId).toBe('S1');
    expect(() => createCatalogProviderDefinition('sdkwa', {})).toThrow(
      'Package @switchboard/sdkwa does not export createSdkwaMessenger; install a version of @switchboard/sdkwa that matches @switchboard/core',
    );
  });
});
