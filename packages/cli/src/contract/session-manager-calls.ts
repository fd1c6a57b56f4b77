import type { SessionInfo, SessionManager } from '@switchboard/core';

/**
 * Every call the CLI makes into a provider's `SessionManager` (the `switchboard sessions` commands),
 * each resolving with plain session data, so a change of the manager's shape is a change of this file.
 *
 * @example
 * ```ts
 * const sessions = await sessionManagerCalls.list(manager);
 * ```
 */
export const sessionManagerCalls = {
  list: (manager: SessionManager): Promise<SessionInfo[]> => manager.list(),
  create: (manager: SessionManager, input: { name?: string }): Promise<SessionInfo> => manager.create(input),
  rename: (manager: SessionManager, input: { id: string; name: string }): Promise<void> =>
    manager.rename(input),
  delete: (manager: SessionManager, id: string): Promise<void> => manager.delete(id),
};
