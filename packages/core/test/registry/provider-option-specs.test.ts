import { describe, expect, it } from 'vitest';
import { createMessenger } from '../../src/registry/create-messenger.js';
import { loadMessengerConfigFromEnvironment } from '../../src/registry/load-messenger-config-from-environment.js';
import { loadProviderOptionSpecs } from '../../src/registry/load-provider-option-specs.js';
import { type ModuleImporter, runtimeModuleImporter } from '../../src/registry/module-importer.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

/** The runtime importer, recording what it imports. */
function recordingImporter(): { imported: string[]; importModule: ModuleImporter } {
  const imported: string[] = [];
  const importModule: ModuleImporter = async (specifier) => {
    imported.push(specifier);
    return runtimeModuleImporter(specifier);
  };
  return { imported, importModule };
}

describe('loadProviderOptionSpecs', () => {
  it('gives a built-in provider its catalog specs without importing anything', async () => {
    const imported: string[] = [];
    const importModule: ModuleImporter = async (specifier) => {
      imported.push(specifier);
      return {};
    };
    const specs = await loadProviderOptionSpecs({ provider: 'whatsgate' }, { importModule });
    expect(specs.map((spec) => spec.name)).toContain('apiKey');
    expect(imported).toEqual([]);
  });

  it("reads a third-party provider's specs from its module", async () => {
    const { imported, importModule } = recordingImporter();
    const module = fixture('module-provider.mjs');
    const specs = await loadProviderOptionSpecs({ provider: 'fixture-module', module }, { importModule });
    expect(specs.map((spec) => spec.environmentVariable)).toEqual([
      'FIXTURE_MODULE_API_KEY',
      'SWITCHBOARD_TIMEOUT_MILLISECONDS',
    ]);
    expect(imported).toEqual([module]);
  });
});

describe('loadMessengerConfigFromEnvironment with a third-party module', () => {
  it('reads the variables its module declares with one plain call, importing the module once', async () => {
    const { imported, importModule } = recordingImporter();
    const module = fixture('module-provider.mjs');
    const environment = {
      SWITCHBOARD_PROVIDER: 'fixture-module',
      SWITCHBOARD_PROVIDER_MODULE: module,
      FIXTURE_MODULE_API_KEY: 'from-the-environment',
    };
    const config = await loadMessengerConfigFromEnvironment(environment, { importModule });
    expect(config).toEqual({
      provider: 'fixture-module',
      module,
      options: { apiKey: 'from-the-environment' },
    });
    const messenger = await createMessenger(config, { importModule });
    expect(messenger.raw).toEqual({ apiKey: 'from-the-environment' });
    expect(imported).toEqual([module]);
  });

  it('reads them with the default importer too', async () => {
    const module = fixture('module-provider.mjs');
    const config = await loadMessengerConfigFromEnvironment({
      SWITCHBOARD_PROVIDER: 'fixture-module',
      SWITCHBOARD_PROVIDER_MODULE: module,
      FIXTURE_MODULE_API_KEY: 'from-the-environment',
    });
    expect(config.options).toEqual({ apiKey: 'from-the-environment' });
  });
});
