import { findProviderSource } from './find-provider-source.js';
import type { MessengerConfig } from './messenger-config.js';
import type { ProviderResolutionOptions } from './prepare-provider.js';
import { transportOptionSpecs } from './provider-catalog.js';
import type { ProviderOptionSpec } from './provider-option-spec.js';

/**
 * The option specs of a config's provider plus core's transport options it does not name itself
 * (`SWITCHBOARD_TIMEOUT_MILLISECONDS`), wherever the provider comes from: a registered provider, a built-in
 * one (from the catalog, nothing imported), or the provider a `module` implements (imported once and
 * cached, as `createMessenger` would import it). Tools that read options from the command line use
 * them to find the names and convert the values, for third-party providers too.
 *
 * @example
 * ```ts
 * const specs = await loadProviderOptionSpecs({ provider: 'acme', module: 'switchboard-acme' });
 * specs.map((spec) => spec.name); // ['apiKey', 'sandbox', 'timeoutMilliseconds']
 * ```
 */
export async function loadProviderOptionSpecs(
  config: Pick<MessengerConfig, 'provider' | 'module'>,
  resolution: ProviderResolutionOptions = {},
): Promise<readonly ProviderOptionSpec[]> {
  const source = findProviderSource(config, resolution);
  const specs = source.options ?? (await source.load()).options ?? [];
  const specified = new Set(specs.map((spec) => spec.name));
  return [...specs, ...transportOptionSpecs.filter((spec) => !specified.has(spec.name))];
}
