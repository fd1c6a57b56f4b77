import { createConfigError } from './create-config-error.js';
import type { MessengerConfig } from './messenger-config.js';

/** One layer of configuration for {@link mergeMessengerConfig}: any part of a {@link MessengerConfig}. */
export type MessengerConfigLayer = Partial<MessengerConfig>;

/**
 * Merges configuration layers, later layers winning: pass them as file, then environment, then the
 * object in code, so that precedence is file < environment < explicit. Options merge key by key and an
 * `undefined` option does not override. A layer that names a different provider than the layers
 * before it starts over (their `module` and `options` belonged to the other provider). Throws an
 * `invalid-request` error when no layer names a provider.
 */
export function mergeMessengerConfig(
  ...layers: ReadonlyArray<MessengerConfigLayer | undefined>
): MessengerConfig {
  let provider: string | undefined;
  let module: string | undefined;
  let options: Record<string, unknown> = {};
  for (const layer of layers) {
    if (layer === undefined) continue;
    if (layer.provider !== undefined && layer.provider !== provider) {
      if (provider !== undefined) {
        module = undefined;
        options = {};
      }
      provider = layer.provider;
    }
    if (layer.module !== undefined) module = layer.module;
    for (const [key, value] of Object.entries(layer.options ?? {})) {
      if (value !== undefined) options[key] = value;
    }
  }
  if (provider === undefined) {
    throw createConfigError('No configuration layer names a provider: set provider in one of them');
  }
  return {
    provider,
    ...(module === undefined ? {} : { module }),
    ...(Object.keys(options).length > 0 ? { options } : {}),
  };
}
