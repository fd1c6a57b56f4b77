import type { GroupsDefinition } from '@switchboard/core/adapter';
import { mapGroupMetadata } from '../mappers/map-group-metadata.js';
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
  groupId: string;
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
}

/**
 * The `messenger.groups` operations that are the same on every GREEN-API-family gateway: getInfo
 * (`getGroupData`), rename (`updateGroupName`), addParticipant / removeParticipant
 * (`addGroupParticipant` / `removeGroupParticipant`), promote (`setGroupAdmin`), demote
 * (`removeAdmin`) and leave (`leaveGroup`). Adapters add `create` and `setPicture`, which differ.
 *
 * @example
 * ```ts
 * const groups = { ...createGreenApiGroupOperations(client), create, setPicture };
 * ```
 */
export function createGreenApiGroupOperations(
  client: GreenApiGroupClient,
): Pick<
  GroupsDefinition,
  'getInfo' | 'rename' | 'addParticipant' | 'removeParticipant' | 'promote' | 'demote' | 'leave'
> {
  return {
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
  };
}
