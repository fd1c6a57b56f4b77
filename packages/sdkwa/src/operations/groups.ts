import { MessengerError } from '@switchboard/core';
import { type GroupsDefinition, mimeTypeForFileName, resolveMediaPath } from '@switchboard/core/adapter';
import { asText, createGreenApiGroupOperations } from '@switchboard/green-api-protocol';
import { sdkwaProvider } from '../sdkwa-provider.js';
import type { SdkwaOperationContext } from './sdkwa-operation-context.js';

/**
 * Builds `messenger.groups`: create (`createGroup`), getInfo (`getGroupData`), rename
 * (`updateGroupName`), add/remove participants, promote (`setGroupAdmin`), demote (`removeAdmin`),
 * setPicture (`setGroupPicture`, multipart) and leave (`leaveGroup`). SDKWA's `false` flags reject with
 * `invalid-request`, an unknown group with `not-found`.
 *
 * @example
 * ```ts
 * const groups = createSdkwaGroups(context);
 * const { groupId } = await groups.create({ name: 'Team', participants: ['7900123456859@c.us'] });
 * ```
 */
export function createSdkwaGroups(context: SdkwaOperationContext): Partial<GroupsDefinition> {
  const { client } = context;
  return {
    ...createGreenApiGroupOperations(client),
    create: async ({ name, participants }) => {
      const answer = await client.createGroup({ groupName: name, chatIds: participants });
      const inviteLink = asText(answer.groupInviteLink);
      return { groupId: answer.chatId, ...(inviteLink === undefined ? {} : { inviteLink }), raw: answer };
    },
    setPicture: async ({ groupId, picture }) => {
      const resolved = await resolveMediaPath({ ...picture });
      if (resolved.data === undefined) {
        throw new MessengerError('SDKWA uploads group pictures: give data or path, not a url', {
          code: 'invalid-request',
          provider: sdkwaProvider,
        });
      }
      const mimeType = resolved.mimeType ?? mimeTypeForFileName(resolved.fileName) ?? 'image/jpeg';
      await client.setGroupPicture({
        groupId,
        file: { data: resolved.data, fileName: resolved.fileName, mimeType },
      });
    },
  };
}
