import type { GroupMetadata } from '../templates/group-metadata.js';
import type { MediaFileInput } from '../templates/media-file.js';
import type { CreatedGroup } from './results.js';

/**
 * The group operations an adapter gives `defineMessenger`, addressed by the group's chat id; core builds the
 * user-facing `Group` objects from them.
 */
export interface GroupsDefinition {
  /** Creates a group. */
  create(input: { name: string; participants: string[] }): Promise<CreatedGroup>;
  /** Reads a group's metadata and participants. */
  getInfo(groupId: string): Promise<GroupMetadata>;
  /** Renames a group. */
  rename(input: { groupId: string; name: string }): Promise<void>;
  /** Adds a participant. */
  addParticipant(input: { groupId: string; participantId: string }): Promise<void>;
  /** Removes a participant. */
  removeParticipant(input: { groupId: string; participantId: string }): Promise<void>;
  /** Makes a participant an admin. */
  promote(input: { groupId: string; participantId: string }): Promise<void>;
  /** Takes admin rights away from a participant. */
  demote(input: { groupId: string; participantId: string }): Promise<void>;
  /** Sets the group picture (a JPEG). */
  setPicture(input: { groupId: string; picture: MediaFileInput }): Promise<void>;
  /** Leaves a group. */
  leave(groupId: string): Promise<void>;
}
