import { describe, expect, it } from 'vitest';
import { loadProviderOptionSpecs } from '../../src/registry/load-provider-option-specs.js';
import { type ModuleImporter, runtimeModuleImporter } from '../../src/registry/module-importer.js';
import { readMessengerConfigFromEnvironment } from '../../src/registry/read-messenger-config-from-environment.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

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

  it("reads a third-party provider's specs from its module, so its variables are read from the environment", async () => {
    const imported: string[] = [];
    const importModule: ModuleImporter = async (specifier) => {
      imported.push(specifier);
      return runtimeModuleImporter(specifier);
    };
    const module = fixture('module-provider.mjs');
    const specs = await loadProviderOptionSpecs({ provider: 'fixture-module', module }, { importModule });
    const config = readMessengerConfigFromEnvironment(
      { FIXTURE_MODULE_API_KEY: 'from-the-environment', SWITCHBOARD_PROVIDER_MODULE: module },
      'fixture-module',
      specs,
    );
    expect(config).toEqual({
      provider: 'fixture-module',
      module,
      options: { apiKey: 'from-the-environment' },
    });
    expect(imported).toEqual([module]);
    // Without the specs, a provider that is neither registered nor built in has no known variables.
    expect(
      readMessengerConfigFromEnvironment({ FIXTURE_MODULE_API_KEY: 'x' }, 'fixture-module').options,
    ).toBe(undefined);
  });
});
