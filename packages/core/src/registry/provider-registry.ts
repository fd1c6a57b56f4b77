import { parseProviderDefinition } from './parse-provider-definition.js';
import { providerCatalog } from './provider-catalog.js';
import type { ProviderDefinition } from './provider-definition.js';

/** The process-wide registry: the only module-level state of the registry. */
const registeredProviders = new Map<string, ProviderDefinition>();

/**
 * Registers a provider by name so that configs can use it with no `module`. Registering a name again
 * replaces the earlier definition; a registered name also takes precedence over a built-in provider
 * of the same name. A definition for another `specificationVersion` is refused with an
 * `invalid-request` `MessengerError`.
 *
 * @example
 * ```ts
 * import { provider as acmeProvider } from 'switchboard-acme';
 *
 * registerProvider(acmeProvider);
 * const messenger = await createMessenger({ provider: 'acme', options: { apiKey: process.env.ACME_API_KEY } });
 * ```
 */
export function registerProvider<Options>(definition: ProviderDefinition<Options>): void {
  const checked = parseProviderDefinition(definition, 'registerProvider');
  registeredProviders.set(checked.name, checked);
}

/**
 * Removes a registered provider; built-in providers stay available. Returns whether one was removed.
 *
 * @example
 * ```ts
 * afterEach(() => unregisterProvider('acme'));
 * ```
 */
export function unregisterProvider(name: string): boolean {
  return registeredProviders.delete(name);
}

/**
 * Finds a registered provider by name.
 *
 * @example
 * ```ts
 * if (findRegisteredProvider('acme') === undefined) registerProvider(acmeProvider);
 * ```
 */
export function findRegisteredProvider(name: string): ProviderDefinition | undefined {
  return registeredProviders.get(name);
}

/**
 * Lists the names configs can use without `module`: the registered providers and the built-in ones.
 *
 * @example
 * ```ts
 * listProviders(); // ['acme', 'green-api', 'sdkwa', 'whatsgate']
 * ```
 */
export function listProviders(): string[] {
  return [...new Set([...registeredProviders.keys(), ...Object.keys(providerCatalog)])].sort();
}
