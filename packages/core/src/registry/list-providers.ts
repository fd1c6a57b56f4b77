import { providerCatalog } from './provider-catalog.js';
import type { ProviderRegistry } from './provider-registry.js';

/**
 * The provider names a config can use: the built-in ones and those of a registry, sorted.
 *
 * @example
 * ```ts
 * listProviders(); // ['green-api', 'sdkwa', 'whatsgate']
 * ```
 */
export function listProviders(registry?: ProviderRegistry): string[] {
  return [...new Set([...(registry?.names ?? []), ...Object.keys(providerCatalog)])].sort();
}
