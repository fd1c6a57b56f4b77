import { createCatalogProviderDefinition } from './create-catalog-provider-definition.js';
import { createConfigError } from './create-config-error.js';
import { parseProviderDefinition } from './parse-provider-definition.js';
import { findCatalogEntry } from './provider-catalog.js';
import type { ProviderDefinition } from './provider-definition.js';

/**
 * Finds the provider in an imported module: for a built-in `providerName`, the catalog's factory
 * exports (unless the module exports only a definition); otherwise a `ProviderDefinition` exported as
 * `provider` or as the default export, whose name must be `providerName`.
 */
export function providerFromModule(
  namespace: unknown,
  providerName: string,
  specifier: string,
): ProviderDefinition {
  const exports = (typeof namespace === 'object' && namespace !== null ? namespace : {}) as Record<
    string,
    unknown
  >;
  const entry = findCatalogEntry(providerName);
  const exported = exports.provider ?? exports.default;
  if (
    entry !== undefined &&
    (exported === undefined || typeof exports[entry.createMessengerExport] === 'function')
  ) {
    return createCatalogProviderDefinition(entry, exports, specifier);
  }
  if (exported === undefined) {
    throw createConfigError(
      `Module ${specifier} exports no provider: it must export a ProviderDefinition as provider or as its default export`,
      { provider: providerName, details: { module: specifier } },
    );
  }
  const definition = parseProviderDefinition(exported, `module ${specifier}`);
  if (definition.name !== providerName) {
    throw createConfigError(
      `Module ${specifier} exports provider ${definition.name}, but the config asks for provider ${providerName}`,
      { provider: providerName, details: { module: specifier, exportedProvider: definition.name } },
    );
  }
  return definition;
}
