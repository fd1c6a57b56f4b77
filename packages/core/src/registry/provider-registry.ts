import { parseProviderDefinition } from './parse-provider-definition.js';
import type { ProviderDefinition } from './provider-definition.js';

/** A set of providers an app chose, by name: give it to `createMessenger(config, { registry })`. */
export interface ProviderRegistry {
  /** The names of the registered providers, sorted. */
  readonly names: readonly string[];
  /** The provider registered under `name`, if any. */
  find(name: string): ProviderDefinition | undefined;
}

/**
 * Builds a registry value from provider definitions keyed by the name configs use (instead of a
 * process-wide map); each definition is checked at once (its name must match its key). Built-in
 * providers need no registration: `createMessenger` imports them by name.
 *
 * @example
 * ```ts
 * import { createMessenger, createProviderRegistry } from '@switchboard/core';
 * import { provider as acme } from 'switchboard-acme';
 *
 * const registry = createProviderRegistry({ acme });
 * const messenger = await createMessenger({ provider: 'acme', options: { apiKey } }, { registry });
 * ```
 */
export function createProviderRegistry(
  providers: Readonly<Record<string, ProviderDefinition<never>>>,
): ProviderRegistry {
  const definitions = new Map<string, ProviderDefinition>();
  for (const [name, definition] of Object.entries(providers)) {
    const checked = parseProviderDefinition(definition as ProviderDefinition, 'createProviderRegistry');
    if (checked.name !== name) {
      throw new TypeError(`createProviderRegistry: the provider under "${name}" is named "${checked.name}"`);
    }
    definitions.set(name, checked);
  }
  const names = [...definitions.keys()].sort();
  return { names, find: (name) => (Object.hasOwn(providers, name) ? definitions.get(name) : undefined) };
}
