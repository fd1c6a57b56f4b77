import { findProviderSource } from './find-provider-source.js';
import type { MessengerConfig, SessionManagerConfig } from './messenger-config.js';
import type { ModuleImporter } from './module-importer.js';
import { parseMessengerConfig } from './parse-messenger-config.js';
import type { ProviderDefinition, ProviderOptions } from './provider-definition.js';
import type { ProviderPurpose } from './provider-option-spec.js';
import type { ProviderRegistry } from './provider-registry.js';
import { validateProviderOptions } from './validate-provider-options.js';

/**
 * How `createMessenger` and `createSessionManager` find provider modules.
 *
 * - `importModule`: imports provider packages and `module`s; defaults to the runtime's `import()` from
 *   `@switchboard/core`. Pass `(specifier) => import(specifier)` from your own code when packages must
 *   resolve from your app (pnpm's strict layout for third-party adapters). Reuse one function: resolved
 *   providers are cached per function.
 *
 * @example
 * ```ts
 * const resolution: ProviderResolutionOptions = { importModule: (specifier) => import(specifier) };
 * const messenger = await createMessenger(config, resolution);
 * ```
 */
export interface ProviderResolutionOptions {
  /** How provider packages are imported; pass `(specifier) => import(specifier)` so they resolve from your app. */
  importModule?: ModuleImporter | undefined;
  /** Third-party providers by name (`createProviderRegistry({ acme })`), looked up before the built-in ones. */
  registry?: ProviderRegistry | undefined;
}

/**
 * A provider ready to build with: its checked definition, the checked options (a copy of the
 * config's), and where it came from for error messages.
 *
 * @example
 * ```ts
 * const { definition, options } = await prepareProvider(config, 'messenger');
 * const messenger = await definition.createMessenger(options);
 * ```
 */
export interface PreparedProvider {
  readonly definition: ProviderDefinition;
  readonly options: ProviderOptions;
  readonly origin: string;
}

/**
 * Validates a config, checks its options against the provider's specs (before importing anything
 * when the specs are known), and loads the provider's definition.
 *
 * @example
 * ```ts
 * const prepared = await prepareProvider({ provider: 'sdkwa', options }, 'session-manager');
 * ```
 */
export async function prepareProvider(
  config: MessengerConfig | SessionManagerConfig,
  purpose: ProviderPurpose,
  resolution: ProviderResolutionOptions = {},
): Promise<PreparedProvider> {
  const checked = parseMessengerConfig(config);
  const options: ProviderOptions = { ...(checked.options as ProviderOptions | undefined) };
  const source = findProviderSource(checked, resolution);
  // Known specs are checked before anything is imported, so a missing option wins over a missing package.
  if (source.options !== undefined) {
    validateProviderOptions(checked.provider, source.options, options, purpose);
  }
  const definition = await source.load();
  if (source.options === undefined) {
    validateProviderOptions(checked.provider, definition.options ?? [], options, purpose);
  }
  return { definition, options, origin: source.origin };
}
