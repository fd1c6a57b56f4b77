import type { GreenApiTypeInstance, JsonObject } from '../green-api-types.js';
import type { GreenApiGroup } from '../group-store.js';

/**
 * The `getGroupData` answer: WhatsApp's shape (`groupId`, participants with `id`/`lid`) or Telegram/MAX's
 * (`chatId`, participants with `chatId`).
 */
export function groupDataView(group: GreenApiGroup, typeInstance: GreenApiTypeInstance): JsonObject {
  const participants = [...group.participants.values()];
  const permissions = group.permissions;
  if (typeInstance === 'whatsapp') {
    return {
      groupId: group.chatId,
      owner: group.owner,
      subject: group.subject,
      creation: group.creation,
      subjectTime: group.subjectTime,
      subjectOwner: group.subjectOwner,
      groupInviteLink: group.inviteLink,
      ephemeralExpiration: 0,
      allowParticipantsEditGroupSettings: permissions.allowParticipantsEditGroupSettings ?? false,
      allowParticipantsSendMessages: permissions.allowParticipantsSendMessages ?? true,
      allowParticipantsAddMembers: permissions.allowParticipantsAddMembers ?? false,
      isCommunity: false,
      isCommunityAnnounce: false,
      size: participants.length,
      participants: participants.map((participant) => ({
        id: participant.chatId,
        lid: participant.lid ?? `${participant.chatId.split('@')[0]}0@lid`,
        isAdmin: participant.isAdmin,
        isSuperAdmin: participant.isSuperAdmin,
      })),
    };
  }
  return {
    chatId: group.chatId,
    owner: group.owner,
    subject: group.subject,
    description: group.description,
    creation: group.creation,
    groupInviteLink: group.inviteLink,
    ...permissions,
    size: participants.length,
    participants: participants.map((participant) => ({
      chatId: participant.chatId,
      isAdmin: participant.isAdmin,
      isSuperAdmin: participant.isSuperAdmin,
    })),
  };
}
