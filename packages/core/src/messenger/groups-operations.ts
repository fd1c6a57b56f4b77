import type { Group } from './group.js';

/** Groups of the account: `messenger.groups`; one existing group is `messenger.group(chatId)`. */
export interface GroupsOperations {
  /**
   * Creates a group and resolves with it.
   *
   * @example
   * ```ts
   * const group = await messenger.groups.create({ name: 'Team', participants: ['79001234567@c.us'] });
   * await group.sendText('Welcome');
   * ```
   */
  create(input: { name: string; participants: string[] }): Promise<Group>;
}
