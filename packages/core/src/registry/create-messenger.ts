import { type Messenger, specificationVersion } from '../messenger/messenger.js';
import { createConfigError } from './create-config-error.js';
import type { MessengerConfig } from './messenger-config.js';
import { type ProviderResolutionOptions, prepareProvider } from './prepare-provider.js';

/**
 * Creates a messenger from a config. It validates the config, finds the provider (a registered one,
 * then the config's `module`, then the built-in catalog), checks the options against the provider's
 * option specs, imports only that provider's package (once per process), and refuses a messenger of
 * another contract version. Every config problem is an `invalid-request` `MessengerError` that names
 * the field, option or environment variable, and says what to install when a package is missing.
 * Call it once per account: thousands of messengers in one process are normal. The options are typed
 * per provider once its adapter's types are loaded (`import type {} from '@switchboard/green-api'`).
 *
 * @example
 * ```ts
 * const messenger = await createMessenger({
 *   provider: 'green-api',
 *   options: { network: 'whatsapp', idInstance: '1101000001', apiTokenInstance: process.env.GREEN_API_API_TOKEN_INSTANCE },
 * });
 * await messenger.sendText('79001234567@c.us', 'Hello');
 * ```
 */
export async function createMessenger<Name extends string>(
  config: MessengerConfig<Name>,
  resolution?: ProviderResolutionOptions,
): Promise<Messenger> {
  const { definition, options, origin } = await prepareProvider(config, 'messenger', resolution);
  const messenger: unknown = await definition.createMessenger(options);
  const version =
    typeof messenger === 'object' && messenger !== null
      ? Reflect.get(messenger, 'specificationVersion')
      : typeof messenger;
  if (version !== specificationVersion) {
    throw createConfigError(
      `Provider ${definition.name} from ${origin} created a messenger for specification ${String(version)}, but this @switchboard/core implements ${specificationVersion}; install versions of the adapter and @switchboard/core that match`,
      { provider: definition.name, details: { specificationVersion: version, origin } },
    );
  }
  return messenger as Messenger;
}
