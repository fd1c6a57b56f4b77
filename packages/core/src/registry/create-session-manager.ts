import { MessengerError } from '../errors/messenger-error.js';
import type { SessionManager } from '../messenger/session-manager.js';
import type { SessionManagerConfig } from './messenger-config.js';
import { type ProviderResolutionOptions, prepareProvider } from './prepare-provider.js';

/**
 * Creates a provider's account-level session manager (GREEN-API partner API, SDKWA user API,
 * Whatsgate sessions) from a config, resolved and checked like `createMessenger` (options required
 * only for session managers, such as GREEN-API's `partnerToken`, are required here). A provider
 * without one rejects with an `unsupported` `MessengerError`.
 *
 * @example
 * ```ts
 * const manager = await createSessionManager({ provider: 'whatsgate', options: { apiKey: process.env.WHATSGATE_API_KEY } });
 * const sessions = await manager.list();
 * ```
 */
export async function createSessionManager<Name extends string>(
  config: SessionManagerConfig<Name>,
  resolution?: ProviderResolutionOptions,
): Promise<SessionManager> {
  const { definition, options, origin } = await prepareProvider(config, 'session-manager', resolution);
  if (definition.createSessionManager === undefined) {
    throw new MessengerError(`Provider ${definition.name} from ${origin} has no session manager`, {
      code: 'unsupported',
      provider: definition.name,
      details: { origin },
    });
  }
  return definition.createSessionManager(options);
}
