import type { GroupMetadata } from '../templates/group-metadata.js';
import type { MediaFileInput } from '../templates/media-file.js';
import type { CreatedGroup } from './results.js';

/**
 * Groups: `messenger.groups`. A group is addressed by its chat id on every network (the adapter uses
 * GREEN-API's `groupId` or `chatId` parameter as the network needs).
 */
export interface GroupsOperations {
  /**
   * Creates a group.
   *
   * @example
   * ```ts
   * const { groupId } = await messenger.groups.create({ name: 'Team', participants: ['79001234567@c.us'] });
   * ```
   */
  create(input: { name: string; participants: string[] }): Promise<CreatedGroup>;
  /**
   * Reads a group's metadata and participants.
   *
   * @example
   * ```ts
   * const { participants } = await messenger.groups.getInfo(groupId);
   * ```
   */
  getInfo(groupId: string): Promise<GroupMetadata>;
  /**
   * Renames a group.
   *
   * @example
   * ```ts
   * await messenger.groups.rename({ groupId, name: 'Team 2026' });
   * ```
   */
  rename(input: { groupId: string; name: string }): Promise<void>;
  /**
   * Adds a participant.
   *
   * @example
   * ```ts
   * await messenger.groups.addParticipant({ groupId, participantId: '79001234567@c.us' });
   * ```
   */
  addParticipant(input: { groupId: string; participantId: string }): Promise<void>;
  /**
   * Removes a participant.
   *
   * @example
   * ```ts
   * await messenger.groups.removeParticipant({ groupId, participantId });
   * ```
   */
  removeParticipant(input: { groupId: string; participantId: string }): Promise<void>;
  /**
   * Makes a participant an admin.
   *
   * @example
   * ```ts
   * await messenger.groups.promote({ groupId, participantId });
   * ```
   */
  promote(input: { groupId: string; participantId: string }): Promise<void>;
  /**
   * Takes admin rights away from a participant.
   *
   * @example
   * ```ts
   * await messenger.groups.demote({ groupId, participantId });
   * ```
   */
  demote(input: { groupId: string; participantId: string }): Promise<void>;
  /**
   * Sets the group picture (a JPEG).
   *
   * @example
   * ```ts
   * await messenger.groups.setPicture({ groupId, picture: { data: jpegBytes, fileName: 'logo.jpg', mimeType: 'image/jpeg' } });
   * ```
   */
  setPicture(input: { groupId: string; picture: MediaFileInput }): Promise<void>;
  /**
   * Leaves a group.
   *
   * @example
   * ```ts
   * await messenger.groups.leave(groupId);
   * ```
   */
  leave(groupId: string): Promise<void>;
}
