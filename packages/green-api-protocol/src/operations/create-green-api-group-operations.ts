import { createMediaFile, MessengerError } from '@switchboard/core';
import { type GroupsDefinition, mimeTypeForFileName, resolveMediaPath } from '@switchboard/core/adapter';
import type { MultipartFile } from '../client/multipart-form.js';
import { asText } from '../mappers/field-readers.js';
import { mapGroupMetadata } from '../mappers/map-group-metadata.js';
import type { ProviderLabel } from '../messenger/provider-label.js';
import type { CreatedGroupResponse } from '../schemas/created-group-schema.js';
import type { GreenApiGroupData } from '../schemas/group-data-schema.js';

/**
 * A group and one of its participants, as the GREEN-API-family group methods take them.
 *
 * @example
 * ```ts
 * const input: GreenApiGroupParticipant = { groupId: '120363043968066561@g.us', participantChatId: '79001234567@c.us' };
 * ```
 */
export interface GreenApiGroupParticipant {
  /** The group's chat id, `…@g.us`. */
  groupId: string;
  /** The participant's chat id, `…@c.us`. */
  participantChatId: string;
}

/**
 * The group methods GREEN-API and SDKWA clients share, by the same names and inputs (answers are read
 * only by `getGroupData`; the others reject on failure through the adapter's error detector).
 *
 * @example
 * ```ts
 * const client: GreenApiGroupClient = messenger.raw;
 * ```
 */
export interface GreenApiGroupClient {
  /** `createGroup`: creates a group with its first participants. */
  createGroup(input: { groupName: string; chatIds: string[] }): Promise<CreatedGroupResponse>;
  /** `getGroupData`: the group's subject, owner and participants. */
  getGroupData(input: { groupId: string }): Promise<GreenApiGroupData>;
  /** `updateGroupName`: renames the group. */
  updateGroupName(input: { groupId: string; groupName: string }): Promise<unknown>;
  /** `addGroupParticipant`: adds a participant. */
  addGroupParticipant(input: GreenApiGroupParticipant): Promise<unknown>;
  /** `removeGroupParticipant`: removes a participant. */
  removeGroupParticipant(input: GreenApiGroupParticipant): Promise<unknown>;
  /** `setGroupAdmin`: makes a participant an admin. */
  setGroupAdmin(input: GreenApiGroupParticipant): Promise<unknown>;
  /** `removeAdmin`: takes a participant's admin rights. */
  removeAdmin(input: GreenApiGroupParticipant): Promise<unknown>;
  /** `leaveGroup`: leaves the group. */
  leaveGroup(input: { groupId: string }): Promise<unknown>;
  /** `setGroupPicture`: uploads the group's picture (multipart). */
  setGroupPicture(input: { groupId: string; file: MultipartFile }): Promise<unknown>;
}

/**
 * The `messenger.groups` operations of every GREEN-API-family gateway: create (`createGroup`), getInfo
 * (`getGroupData`), rename (`updateGroupName`), addParticipant / removeParticipant, promote
 * (`setGroupAdmin`), demote (`removeAdmin`), leave (`leaveGroup`) and setPicture (`setGroupPicture`:
 * bytes or a path uploaded as multipart; a URL rejects with `invalid-request`).
 *
 * @example
 * ```ts
 * const groups = createGreenApiGroupOperations(client, { provider: 'sdkwa', label: 'SDKWA' });
 * ```
 */
export function createGreenApiGroupOperations(
  client: GreenApiGroupClient,
  provider: ProviderLabel,
): GroupsDefinition {
  return {
    create: async ({ name, participants }) => {
      const answer = await client.createGroup({ groupName: name, chatIds: participants });
      const inviteLink = asText(answer.groupInviteLink);
      return { groupId: answer.chatId, ...(inviteLink === undefined ? {} : { inviteLink }), raw: answer };
    },
    getInfo: async (groupId) => mapGroupMetadata(await client.getGroupData({ groupId }), groupId),
    rename: async ({ groupId, name }) => {
      await client.updateGroupName({ groupId, groupName: name });
    },
    addParticipant: async ({ groupId, participantId }) => {
      await client.addGroupParticipant({ groupId, participantChatId: participantId });
    },
    removeParticipant: async ({ groupId, participantId }) => {
      await client.removeGroupParticipant({ groupId, participantChatId: participantId });
    },
    promote: async ({ groupId, participantId }) => {
      await client.setGroupAdmin({ groupId, participantChatId: participantId });
    },
    demote: async ({ groupId, participantId }) => {
      await client.removeAdmin({ groupId, participantChatId: participantId });
    },
    leave: async (groupId) => {
      await client.leaveGroup({ groupId });
    },
    setPicture: async ({ groupId, picture }) => {
      const file = await resolveMediaPath(createMediaFile(picture));
      if (file.data === undefined) {
        throw new MessengerError(`${provider.label} uploads group pictures: give data or path, not a url`, {
          code: 'invalid-request',
          provider: provider.provider,
        });
      }
      const mimeType = file.mimeType ?? mimeTypeForFileName(file.fileName) ?? 'image/jpeg';
      await client.setGroupPicture({ groupId, file: { data: file.data, fileName: file.fileName, mimeType } });
    },
  };
}
