import { type GroupsDefinition, resolveMediaPath } from '@switchboard/core/adapter';
import { createGreenApiGroupOperations } from '@switchboard/green-api-protocol';
import type { GreenApiOperationContext } from './green-api-operation-context.js';
import { createMediaFileOrThrow } from './media-file-input.js';

/**
 * Builds `messenger.groups` on GREEN-API's group methods; the client sends the group as `groupId` on
 * WhatsApp and `chatId` on Telegram and MAX. `getInfo` maps the HTTP-200 `"Error: item-not-found"` to
 * `not-found`; `setPicture` uploads a multipart JPEG to the API host.
 *
 * @example
 * ```ts
 * const groups = createGreenApiGroups(context);
 * const { groupId } = await groups.create({ name: 'Team', participants: ['79001234567@c.us'] });
 * ```
 */
export function createGreenApiGroups(context: GreenApiOperationContext): GroupsDefinition {
  const { client } = context;
  return {
    ...createGreenApiGroupOperations(client),
    create: async ({ name, participants }) => {
      const answer = await client.createGroup({ groupName: name, chatIds: participants });
      const inviteLink = answer.groupInviteLink ?? undefined;
      return { groupId: answer.chatId, ...(inviteLink === undefined ? {} : { inviteLink }), raw: answer };
    },
    setPicture: async ({ groupId, picture }) => {
      const file = await resolveMediaPath(createMediaFileOrThrow(picture, 'picture'));
      await client.setGroupPicture({
        groupId,
        file: {
          data: file.data ?? new Uint8Array(),
          fileName: file.fileName,
          mimeType: file.mimeType ?? 'image/jpeg',
        },
      });
    },
  };
}
