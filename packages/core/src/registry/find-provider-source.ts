import { createConfigError } from './create-config-error.js';
import { listProviders } from './list-providers.js';
import { loadProviderDefinition } from './load-provider-definition.js';
import type { MessengerConfig } from './messenger-config.js';
import { isPackageSpecifier, isUrlSpecifier, runtimeModuleImporter } from './module-importer.js';
import type { ProviderResolutionOptions } from './prepare-provider.js';
import { findCatalogEntry } from './provider-catalog.js';
import type { ProviderDefinition } from './provider-definition.js';
import type { ProviderOptionSpec } from './provider-option-spec.js';

/**
 * Where a config's provider comes from, before anything is imported: its option specs when they are
 * known without importing (registered and built-in providers), and how to load its definition.
 *
 * @example
 * ```ts
 * const source = findProviderSource({ provider: 'green-api' }, runtimeModuleImporter);
 * source.origin; // 'package @switchboard/green-api'
 * ```
 */
export interface ProviderSource {
  /** Describes the source for error messages: `the registry`, `package …` or `module …`. */
  readonly origin: string;
  /** The option specs, or `undefined` when they are known only after loading. */
  readonly options: readonly ProviderOptionSpec[] | undefined;
  /** Imports (once, cached) and checks the definition. */
  load(): Promise<ProviderDefinition>;
}

/**
 * Finds a config's provider: a registered provider first, then the config's `module`, then the
 * built-in catalog. An unknown name is an `invalid-request` error that lists the known providers.
 *
 * @example
 * ```ts
 * const definition = await findProviderSource(config, runtimeModuleImporter).load();
 * ```
 */
export function findProviderSource(
  config: Pick<MessengerConfig, 'provider' | 'module'>,
  resolution: ProviderResolutionOptions = {},
): ProviderSource {
  const { provider, module } = config;
  const { registry } = resolution;
  const importer = resolution.importModule ?? runtimeModuleImporter;
  const registered = registry?.find(provider);
  if (registered !== undefined) {
    return { origin: 'the registry', options: registered.options ?? [], load: async () => registered };
  }
  if (module !== undefined) {
    if (!isPackageSpecifier(module) && !isUrlSpecifier(module)) {
      throw createConfigError(
        `The module of provider ${provider} must be a package name or a URL such as file:///srv/acme.mjs, not the path ${module} (config files resolve relative paths themselves)`,
        { provider, details: { module } },
      );
    }
    return {
      origin: `module ${module}`,
      options: undefined,
      load: () => loadProviderDefinition(module, provider, importer),
    };
  }
  const entry = findCatalogEntry(provider);
  if (entry !== undefined) {
    return {
      origin: `package ${entry.packageName}`,
      options: entry.options,
      load: () => loadProviderDefinition(entry.packageName, provider, importer),
    };
  }
  throw createConfigError(
    `Unknown messenger provider "${provider}". Known providers: ${listProviders(registry).join(', ')}. Add it to a registry (createProviderRegistry) passed as { registry }, or set module to the package that implements it`,
    { provider, details: { knownProviders: listProviders(registry) } },
  );
}
