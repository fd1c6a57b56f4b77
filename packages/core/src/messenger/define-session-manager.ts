import { UnsupportedError } from '../errors/unsupported-error.js';
import type { SessionManager } from './session-manager.js';

/**
 * What an adapter gives {@link defineSessionManager}: its provider name and the operations it has.
 *
 * @example
 * ```ts
 * const definition: SessionManagerDefinition = { provider: 'acme', list: () => client.listSessions() };
 * ```
 */
export interface SessionManagerDefinition {
  /** The provider name. */
  provider: string;
  /** Lists every session; omitted, `list` rejects with `UnsupportedError`. */
  list?: SessionManager['list'];
  /** Creates a session; omitted, `create` rejects with `UnsupportedError`. */
  create?: SessionManager['create'];
  /** Renames a session; omitted, `rename` rejects with `UnsupportedError`. */
  rename?: SessionManager['rename'];
  /** Deletes a session; omitted, `delete` rejects with `UnsupportedError`. */
  delete?: SessionManager['delete'];
}

/**
 * Builds a complete {@link SessionManager}: capabilities follow from the operations given, and the
 * missing ones reject with `UnsupportedError`.
 *
 * @example
 * ```ts
 * const manager = defineSessionManager({ provider: 'acme', list: async () => [], delete: async (id) => client.remove(id) });
 * manager.capabilities.create; // false
 * ```
 */
export function defineSessionManager(definition: SessionManagerDefinition): SessionManager {
  const { provider, list, create, rename, delete: remove } = definition;
  const missing = (operation: string) => () =>
    Promise.reject(new UnsupportedError(provider, `sessions.${operation}`));
  return {
    provider,
    capabilities: {
      list: list !== undefined,
      create: create !== undefined,
      rename: rename !== undefined,
      delete: remove !== undefined,
    },
    list: list ?? missing('list'),
    create: create ?? missing('create'),
    rename: rename ?? missing('rename'),
    delete: remove ?? missing('delete'),
  };
}
