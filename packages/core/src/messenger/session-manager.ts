import type { SessionInfo } from '../templates/session-info.js';

/**
 * Account-level management of many sessions (GREEN-API partner instances, SDKWA user-level
 * instances, Whatsgate sessions). Each {@link SessionInfo} `id` is what a messenger for it needs.
 * Operations a provider lacks reject with `UnsupportedError`; `capabilities` tells which work.
 *
 * @example
 * ```ts
 * const manager = createWhatsgateSessionManager({ apiKey: process.env.WHATSGATE_API_KEY! });
 * const session = await manager.create({ name: 'Shop' });
 * console.log(session.qrLink);
 * ```
 */
export interface SessionManager {
  /** The provider name. */
  readonly provider: string;
  /** Which operations work. */
  readonly capabilities: Readonly<Record<'list' | 'create' | 'rename' | 'delete', boolean>>;
  /**
   * Lists every session (paging is handled for the caller).
   *
   * @example
   * ```ts
   * const ready = (await manager.list()).filter((session) => session.state === 'authorized');
   * ```
   */
  list(): Promise<SessionInfo[]>;
  /**
   * Creates a session. `credentials` of the result holds its secrets.
   *
   * @example
   * ```ts
   * const { id, credentials } = await manager.create({ name: 'Support line' });
   * ```
   */
  create(input?: { name?: string; providerOptions?: Record<string, unknown> }): Promise<SessionInfo>;
  /**
   * Renames a session.
   *
   * @example
   * ```ts
   * await manager.rename({ id, name: 'Sales' });
   * ```
   */
  rename(input: { id: string; name: string }): Promise<void>;
  /**
   * Deletes a session.
   *
   * @example
   * ```ts
   * await manager.delete(id);
   * ```
   */
  delete(id: string): Promise<void>;
}
