import type { SessionInfo } from '../templates/session-info.js';
import type { Messenger, Network } from './messenger.js';
import type { SessionOperations } from './session-operations.js';

/**
 * One account at a provider (a GREEN-API instance, an SDKWA instance, a Whatsgate session): its identity,
 * state, authorization flows, settings, logout and reboot, and `messenger()` to send and receive with it.
 * `messenger.session` is the messenger's own; `SessionManager.list()` and `create()` resolve with them.
 * Operations the provider cannot do reject with `UnsupportedError`.
 *
 * @example
 * ```ts
 * const session = await manager.create({ name: 'Shop', network: 'whatsapp' });
 * const qr = await session.getQrCode(); // show it, let the phone scan it
 * if ((await session.getState()) === 'authorized') await session.messenger().sendText(chatId, 'Hello');
 * ```
 */
export interface Session<Raw = unknown> extends SessionOperations {
  /** The instance id or session id at the provider. */
  readonly id: string;
  /** The provider name, such as `'green-api'`. */
  readonly provider: string;
  /** The network of the account. */
  readonly network: Network;
  /** The name given at the provider, when known. */
  readonly name: string | undefined;
  /** What the session manager listed or created (with `credentials` after `create`); undefined on `messenger.session`. */
  readonly info: SessionInfo | undefined;
  /** The messenger of this account (opened once, then the same object). */
  messenger(): Messenger<Raw>;
}
