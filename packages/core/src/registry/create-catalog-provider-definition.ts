import type { Messenger } from '../messenger/messenger.js';
import { specificationVersion } from '../messenger/messenger.js';
import type { SessionManager } from '../messenger/session-manager.js';
import { createConfigError } from './create-config-error.js';
import { type CatalogProviderName, type ProviderCatalogEntry, providerCatalog } from './provider-catalog.js';
import type { ProviderDefinition, ProviderOptions } from './provider-definition.js';

type Factory<Result> = (options: ProviderOptions) => Result | Promise<Result>;

/**
 * Builds the {@link ProviderDefinition} of a built-in provider from its package's exports (the
 * `createXMessenger` / `createXSessionManager` functions the catalog names). The registry does this
 * after importing the package; do it yourself to register a built-in provider in a bundle where
 * dynamic imports of packages do not work (Cloudflare Workers). `specifier` (where the namespace was
 * imported from) only improves the error when the factory export is missing.
 *
 * @example
 * ```ts
 * import * as greenApi from '@switchboard/green-api';
 *
 * createProviderRegistry({ 'green-api': createCatalogProviderDefinition('green-api', greenApi) });
 * ```
 */
export function createCatalogProviderDefinition(
  name: CatalogProviderName | ProviderCatalogEntry,
  namespace: object,
  specifier?: string,
): ProviderDefinition {
  const entry = typeof name === 'string' ? providerCatalog[name] : name;
  const exports = namespace as Record<string, unknown>;
  const createMessenger = exports[entry.createMessengerExport];
  const createSessionManager = exports[entry.createSessionManagerExport];
  if (typeof createMessenger !== 'function') {
    const source =
      specifier === undefined || specifier === entry.packageName
        ? `Package ${entry.packageName}`
        : `Module ${specifier}`;
    throw createConfigError(
      `${source} does not export ${entry.createMessengerExport}; install a version of ${entry.packageName} that matches @switchboard/core`,
      { provider: entry.name, details: { module: specifier ?? entry.packageName } },
    );
  }
  const definition: ProviderDefinition = {
    name: entry.name,
    specificationVersion,
    options: entry.options,
    createMessenger: (options) => (createMessenger as Factory<Messenger>)(options),
  };
  if (typeof createSessionManager !== 'function') return definition;
  return {
    ...definition,
    createSessionManager: (options) => (createSessionManager as Factory<SessionManager>)(options),
  };
}
