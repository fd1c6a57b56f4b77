import { findProviderSource } from './find-provider-source.js';
import type { MessengerConfig } from './messenger-config.js';
import type { ProviderResolutionOptions } from './prepare-provider.js';
import type { ProviderOptionSpec } from './provider-option-spec.js';

/**
 * The option specs of a config's provider, wherever it comes from: a registered provider, a built-in
 * one (from the catalog, nothing imported), or the provider a `module` implements (imported once and
 * cached, as `createMessenger` would import it). Tools that read options from the command line use
 * them to find the names and convert the values, for third-party providers too.
 *
 * @example
 * ```ts
 * const specs = await loadProviderOptionSpecs({ provider: 'acme', module: 'switchboard-acme' });
 * specs.map((spec) => spec.name); // ['apiKey', 'sandbox']
 * ```
 */
export async function loadProviderOptionSpecs(
  config: Pick<MessengerConfig, 'provider' | 'module'>,
  resolution: ProviderResolutionOptions = {},
): Promise<readonly ProviderOptionSpec[]> {
  const source = findProviderSource(config, resolution);
  return source.options ?? (await source.load()).options ?? [];
}
