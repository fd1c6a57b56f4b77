import type { Messenger, specificationVersion } from '../messenger/messenger.js';
import type { SessionManager } from '../messenger/session-manager.js';
import type { ProviderOptionSpec } from './provider-option-spec.js';

/**
 * The options a config hands to a provider: the provider's own options plus transport options such
 * as `timeoutMilliseconds` and `fetch`.
 *
 * @example
 * ```ts
 * const options: ProviderOptions = { apiKey: 'key', whatsappId: '67506a033c2f8', timeoutMilliseconds: 5000 };
 * ```
 */
export type ProviderOptions = Record<string, unknown>;

/**
 * A provider that the registry can build messengers (and optionally session managers) with. Third-party
 * adapters export one as `provider` (or as the default export) so that a config can load them by
 * `module`, or put it in a registry (`createProviderRegistry`). `specificationVersion` must be the contract version of
 * this `@switchboard/core`, `'v1'`.
 *
 * @example
 * ```ts
 * export const provider: ProviderDefinition<AcmeOptions> = {
 *   name: 'acme',
 *   specificationVersion: 'v1',
 *   createMessenger: (options) => createAcmeMessenger(options),
 *   options: [{ name: 'apiKey', description: 'The API key.', type: 'string', environmentVariable: 'ACME_API_KEY', secret: true, required: true }],
 * };
 * ```
 */
export interface ProviderDefinition<Options = ProviderOptions> {
  /** The name configs use, such as `'acme'`. */
  readonly name: string;
  /** The contract version the adapter implements. */
  readonly specificationVersion: typeof specificationVersion;
  /**
   * Builds one messenger. Called once per config, so it should not do slow work itself.
   *
   * @example
   * ```ts
   * const messenger = await definition.createMessenger({ apiKey: 'key' });
   * ```
   */
  createMessenger(options: Options): Messenger | Promise<Messenger>;
  /**
   * Builds the account-level session manager, when the provider has one.
   *
   * @example
   * ```ts
   * const manager = await definition.createSessionManager?.({ apiKey: 'key' });
   * ```
   */
  createSessionManager?(options: Options): SessionManager | Promise<SessionManager>;
  /** Option specs for environment reading and validation before the adapter runs. */
  readonly options?: readonly ProviderOptionSpec[] | undefined;
}
