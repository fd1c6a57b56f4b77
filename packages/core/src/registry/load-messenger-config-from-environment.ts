import { createConfigError } from './create-config-error.js';
import { listProviders } from './list-providers.js';
import { loadProviderOptionSpecs } from './load-provider-option-specs.js';
import type { MessengerConfig } from './messenger-config.js';
import type { ProviderResolutionOptions } from './prepare-provider.js';
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
 * Where {@link loadMessengerConfigFromEnvironment} finds the provider: the resolution options
 * `createMessenger` takes (`registry`, `importModule`), and optionally the provider and module to use
 * instead of `SWITCHBOARD_PROVIDER` and `SWITCHBOARD_PROVIDER_MODULE`.
 */
export interface EnvironmentConfigOptions extends ProviderResolutionOptions {
  /** The provider to read options for, instead of `SWITCHBOARD_PROVIDER`. */
  provider?: string | undefined;
  /** The module of that provider, instead of `SWITCHBOARD_PROVIDER_MODULE`. */
  module?: string | undefined;
}

/**
 * Builds a {@link MessengerConfig} from environment variables: the provider from `SWITCHBOARD_PROVIDER`,
 * its module from `SWITCHBOARD_PROVIDER_MODULE`, and each option from the variable its spec names
 * (`GREEN_API_ID_INSTANCE`, `WHATSGATE_API_KEY`, `ACME_API_KEY`, …, converted to numbers and booleans
 * where the spec says so), plus core's transport variables (`SWITCHBOARD_TIMEOUT_MILLISECONDS`). The
 * specs come from wherever `createMessenger` finds the provider: the `registry`, the built-in catalog
 * (nothing imported), or the provider's module (imported once and cached, so `createMessenger` does not
 * import it again). Unset and empty variables are left out, and nothing is required here:
 * `createMessenger` reports a missing option with its variable's name.
 *
 * @example
 * ```ts
 * // SWITCHBOARD_PROVIDER=green-api GREEN_API_NETWORK=whatsapp GREEN_API_ID_INSTANCE=1101000001 …
 * const messenger = await createMessenger(await loadMessengerConfigFromEnvironment(process.env));
 * ```
 */
export async function loadMessengerConfigFromEnvironment(
  environment: Readonly<Record<string, string | undefined>>,
  options: EnvironmentConfigOptions = {},
): Promise<MessengerConfig> {
  const { provider, module: moduleOption, ...resolution } = options;
  const named = environment[providerEnvironmentVariable]?.trim() || undefined;
  const name = provider ?? named;
  if (name === undefined || name === '') {
    throw createConfigError(
      `${providerEnvironmentVariable} is not set: set it to one of ${listProviders(resolution.registry).join(', ')}, or to a provider that ${providerModuleEnvironmentVariable} implements`,
    );
  }
  const module =
    moduleOption ??
    (named === undefined || named === name
      ? environment[providerModuleEnvironmentVariable]?.trim() || undefined
      : undefined);
  const source = { provider: name, ...(module === undefined ? {} : { module }) };
  const specs = await loadProviderOptionSpecs(source, resolution);
  const read = readOptionsFromEnvironment(name, specs, environment);
  return {
    provider: name,
    ...(module === undefined ? {} : { module }),
    ...(Object.keys(read).length > 0 ? { options: read } : {}),
  };
}
