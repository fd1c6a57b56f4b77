import type { SessionCreateInput, SessionInfo, SessionManager } from '@switchboard/core';

/**
 * Every call the CLI makes into a provider's `SessionManager` (the `switchboard sessions` commands),
 * each resolving with plain session data (a listed or created `Session`'s `info`), so a change of the
 * manager's shape is a change of this file.
 *
 * @example
 * ```ts
 * const sessions = await sessionManagerCalls.list(manager);
 * ```
 */
export const sessionManagerCalls = {
  list: async (manager: SessionManager): Promise<SessionInfo[]> =>
    (await manager.list()).map((session) => session.info),
  create: async (manager: SessionManager, input: SessionCreateInput): Promise<SessionInfo> =>
    (await manager.create(input)).info,
  rename: (manager: SessionManager, input: { id: string; name: string }): Promise<void> =>
    manager.rename(input),
  delete: (manager: SessionManager, id: string): Promise<void> => manager.delete(id),
};
