import type { SessionInfo } from '../templates/session-info.js';
import type { Network } from './messenger.js';
import type { Session } from './session.js';

/**
 * Account-level management of many sessions (GREEN-API partner instances, SDKWA user-level instances,
 * Whatsgate sessions). `list()` and `create()` resolve with {@link Session}s, so creating, authorizing and
 * sending is one chain. Operations a provider lacks reject with `UnsupportedError`; `capabilities` tells
 * which work, `networks` which networks `create` can make.
 *
 * @example
 * ```ts
 * const manager = await createSessionManager({ provider: 'whatsgate', options: { apiKey } });
 * const session = await manager.create({ name: 'Shop', network: 'whatsapp' });
 * console.log(await session.getQrCode());
 * await session.messenger().sendText({ phone: '79001234567' }, 'Hello');
 * ```
 */
export interface SessionManager {
  /** The provider name. */
  readonly provider: string;
  /** Which operations work. */
  readonly capabilities: Readonly<Record<'list' | 'create' | 'rename' | 'delete', boolean>>;
  /** The networks `create` can make a session on. */
  readonly networks: readonly Network[];
  /** Lists every session (paging is handled for the caller). */
  list(): Promise<ManagedSession[]>;
  /**
   * Creates a session on a network (the provider's default when omitted); a network it cannot create rejects
   * with `UnsupportedError`. `session.info.credentials` holds the new session's secrets.
   */
  create(input?: SessionCreateInput): Promise<ManagedSession>;
  /** Renames a session. */
  rename(input: { id: string; name: string }): Promise<void>;
  /** Deletes a session. */
  delete(id: string): Promise<void>;
}

/** What `SessionManager.create` takes: a name, a network, and provider-specific extras. */
export interface SessionCreateInput {
  /** The name to give the session at the provider. */
  name?: string | undefined;
  /** The network of the new session; one of `manager.networks`. */
  network?: Network | undefined;
  /** Provider-specific settings for the new session (instance settings, tariff, …). */
  providerOptions?: Record<string, unknown> | undefined;
}

/** A {@link Session} a session manager listed or created: `info` holds what the provider answered. */
export type ManagedSession = Session & {
  /** What the provider answered when listing or creating it; after `create`, `credentials` holds its secrets. */
  readonly info: SessionInfo;
};
