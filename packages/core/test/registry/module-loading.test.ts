import { describe, expect, it } from 'vitest';
import { isMessengerError } from '../../src/errors/messenger-error.js';
import type { Messenger } from '../../src/messenger/messenger.js';
import { createMessenger } from '../../src/registry/create-messenger.js';
import { createSessionManager } from '../../src/registry/create-session-manager.js';
import { type ModuleImporter, runtimeModuleImporter } from '../../src/registry/module-importer.js';
import { createProviderRegistry } from '../../src/registry/provider-registry.js';
import { createFakeMessenger, type FakeOptions } from './fake-messenger.js';
import { rejectionOf } from './rejection-of.js';

/** `module` accepts a package name or a URL; the fixtures are loaded by absolute file URL. */
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

describe('module', () => {
  it('loads a third-party provider exported as provider', async () => {
    const messenger = (await createMessenger({
      provider: 'fixture-module',
      module: fixture('module-provider.mjs'),
      options: { apiKey: 'module-key', accountId: 'M1' },
    })) as Messenger<FakeOptions>;
    expect(messenger.provider).toBe('fixture-module');
    expect(messenger.instanceId).toBe('M1');
    expect(messenger.raw.apiKey).toBe('module-key');
  });

  it('checks options against the specs the module declares', async () => {
    const error = await rejectionOf(
      createMessenger({ provider: 'fixture-module', module: fixture('module-provider.mjs') }),
    );
    expect(error.message).toBe(
      'fixture-module option apiKey is missing (set it in config or FIXTURE_MODULE_API_KEY)',
    );
  });

  it('loads a provider exported as default, with its session manager', async () => {
    const config = {
      provider: 'fixture-default',
      module: fixture('default-provider.mjs'),
      options: { accountId: 'D1' },
    };
    const messenger = await createMessenger(config);
    expect(messenger.provider).toBe('fixture-default');
    const manager = await createSessionManager(config);
    const [session] = await manager.list();
    expect(session).toMatchObject({ id: 'D1', provider: 'fixture-default', info: { id: 'D1' } });
    expect(session?.messenger().provider).toBe('fixture-default');
  });

  it('prefers a registered provider of the same name over the module', async () => {
    const registry = createProviderRegistry({
      'fixture-module': {
        name: 'fixture-module',
        specificationVersion: 'v1',
        createMessenger: (options: FakeOptions) => createFakeMessenger('registered', options),
      },
    });
    const messenger = await createMessenger(
      { provider: 'fixture-module', module: fixture('module-provider.mjs') },
      { registry },
    );
    expect(messenger.provider).toBe('registered');
  });

  it('refuses a module built for another specification version, naming the module', async () => {
    const module = fixture('future-provider.mjs');
    const error = await rejectionOf(createMessenger({ provider: 'fixture-future', module }));
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
    expect(error.message).toBe(
      `Provider fixture-future from module ${module} implements specification v2, but this @switchboard/core implements v1; install versions of the adapter and @switchboard/core that match`,
    );
  });

  it('refuses a module that exports a provider of another name', async () => {
    const module = fixture('module-provider.mjs');
    const error = await rejectionOf(createMessenger({ provider: 'acme', module }));
    expect(error.message).toBe(
      `Module ${module} exports provider fixture-module, but the config asks for provider acme`,
    );
  });

  it('refuses a module that exports no provider', async () => {
    const module = fixture('no-provider.mjs');
    const error = await rejectionOf(createMessenger({ provider: 'acme', module }));
    expect(error.message).toBe(
      `Module ${module} exports no provider: it must export a ProviderDefinition as provider or as its default export`,
    );
  });

  it('says when a module URL points at nothing', async () => {
    const module = fixture('missing-provider.mjs');
    const error = await rejectionOf(createMessenger({ provider: 'acme', module }));
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
    expect(error.message).toBe(`Module ${module} of provider acme was not found`);
  });

  it('says what to install when a module package is missing', async () => {
    const error = await rejectionOf(
      createMessenger({ provider: 'acme', module: '@acme/switchboard-adapter/provider' }),
    );
    expect(error.message).toBe(
      'Module @acme/switchboard-adapter/provider of provider acme is not installed: run pnpm add @acme/switchboard-adapter (or npm install @acme/switchboard-adapter). If it is installed, pass importModule to createMessenger so that it resolves from your code',
    );
  });

  it('tells a module whose own dependency is missing apart from a missing module', async () => {
    const module = fixture('broken-dependency.mjs');
    const error = await rejectionOf(createMessenger({ provider: 'acme', module }));
    expect(error.message).toMatch(
      new RegExp(
        `^Importing ${module} for provider acme failed: .*switchboard-fixture-dependency-that-is-not-installed`,
      ),
    );
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('refuses a relative path, which only config files resolve', async () => {
    const error = await rejectionOf(
      createMessenger({ provider: 'acme', module: './fixtures/module-provider.mjs' }),
    );
    expect(error.message).toBe(
      'The module of provider acme must be a package name or a URL such as file:///srv/acme.mjs, not the path ./fixtures/module-provider.mjs (config files resolve relative paths themselves)',
    );
  });

  it('imports each module once for many messengers, and retries after a failure', async () => {
    const imported: string[] = [];
    let failNext = true;
    const importModule: ModuleImporter = async (specifier) => {
      imported.push(specifier);
      if (failNext) {
        failNext = false;
        throw new Error('temporary failure');
      }
      return runtimeModuleImporter(specifier);
    };
    const config = {
      provider: 'fixture-module',
      module: fixture('module-provider.mjs'),
      options: { apiKey: 'k' },
    };
    await expect(createMessenger(config, { importModule })).rejects.toThrow('failed: temporary failure');
    const messengers = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        createMessenger(
          { ...config, options: { apiKey: 'k', accountId: `tenant-${index}` } },
          { importModule },
        ),
      ),
    );
    expect(new Set(messengers.map((messenger) => messenger.instanceId)).size).toBe(200);
    expect(imported).toEqual([config.module, config.module]);
  });
});
