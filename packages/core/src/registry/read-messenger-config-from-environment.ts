import { createConfigError } from './create-config-error.js';
import { listProviders } from './list-providers.js';
import type { MessengerConfig } from './messenger-config.js';
import { findCatalogEntry } from './provider-catalog.js';
import type { ProviderOptionSpec } from './provider-option-spec.js';
import type { ProviderRegistry } from './provider-registry.js';
import { readOptionsFromEnvironment } from './read-options-from-environment.js';

/**
 * The variable that names the provider, such as `SWITCHBOARD_PROVIDER=green-api`.
 *
 * @example
 * ```ts
 * process.env[providerEnvironmentVariable]; // 'green-api'
 * ```
 */
export const providerEnvironmentVariable = 'SWITCHBOARD_PROVIDER';

/**
 * The variable that names a third-party provider's module (package name or URL).
 *
 * @example
 * ```ts
 * process.env[providerModuleEnvironmentVariable]; // 'switchboard-acme'
 * ```
 */
export const providerModuleEnvironmentVariable = 'SWITCHBOARD_PROVIDER_MODULE';

/**
 * Builds a {@link MessengerConfig} from environment variables: the provider from `provider` or else
 * `SWITCHBOARD_PROVIDER`, its module from `SWITCHBOARD_PROVIDER_MODULE`, and each option from the
 * variable its spec names (`GREEN_API_ID_INSTANCE`, `WHATSGATE_API_KEY`, …, converted to numbers and
 * booleans where the spec says so). Unset and empty variables are left out, and nothing is required
 * here: `createMessenger` reports a missing option with its variable's name. A third-party provider's
 * variables are known once it is registered, or when its option specs are passed as `specs` (see
 * {@link loadProviderOptionSpecs}, which reads them from the provider's module).
 *
 * @example
 * ```ts
 * // GREEN_API_NETWORK=whatsapp GREEN_API_ID_INSTANCE=1101000001 GREEN_API_API_TOKEN_INSTANCE=…
 * const messenger = await createMessenger(readMessengerConfigFromEnvironment(process.env, 'green-api'));
 * ```
 */
export function readMessengerConfigFromEnvironment(
  environment: Readonly<Record<string, string | undefined>>,
  provider?: string,
  specs?: readonly ProviderOptionSpec[],
  registry?: ProviderRegistry,
): MessengerConfig {
  const named = environment[providerEnvironmentVariable]?.trim() || undefined;
  const name = provider ?? named;
  if (name === undefined || name === '') {
    throw createConfigError(
      `${providerEnvironmentVariable} is not set: set it to one of ${listProviders(registry).join(', ')}, or to a provider that ${providerModuleEnvironmentVariable} implements`,
    );
  }
  const module =
    named === undefined || named === name ? environment[providerModuleEnvironmentVariable]?.trim() : '';
  const optionSpecs = specs ?? registry?.find(name)?.options ?? findCatalogEntry(name)?.options ?? [];
  const options = readOptionsFromEnvironment(name, optionSpecs, environment);
  return {
    provider: name,
    ...(module ? { module } : {}),
    ...(Object.keys(options).length > 0 ? { options } : {}),
  };
}
