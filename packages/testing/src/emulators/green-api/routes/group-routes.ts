import { jsonResponse } from '../../shared/index.js';
import { BodyFields } from '../body-fields.js';
import type { GreenApiInstance } from '../green-api-instance.js';
import { type GreenApiRoute, type GreenApiRouteContext, networksOf } from '../green-api-route.js';
import type { JsonObject } from '../green-api-types.js';
import type { GreenApiGroup } from '../group-store.js';
import { tryReadMultipartUpload } from '../multipart-upload.js';
import { requireChatId, requireGroupId } from '../route-helpers.js';
import { groupDataView } from './group-data-view.js';

function memberGroup(instance: GreenApiInstance, groupId: string): GreenApiGroup | undefined {
  const group = instance.groups.get(groupId);
  return group === undefined || group.left ? undefined : group;
}

type ParticipantAction = (group: GreenApiGroup, participantChatId: string) => boolean;

function participantRoute(name: string, resultKey: string, action: ParticipantAction): GreenApiRoute {
  return {
    name,
    verbs: ['POST'],
    live: true,
    handle: ({ request, instance }) => {
      const fields = BodyFields.fromRequest(request);
      const group = memberGroup(instance, requireGroupId(fields, instance));
      const participantChatId = requireChatId(fields, instance, 'participantChatId');
      return jsonResponse(200, {
        [resultKey]: group === undefined ? false : action(group, participantChatId),
      });
    },
  };
}

function setAdmin(isAdmin: boolean): ParticipantAction {
  return (group, participantChatId) => {
    const participant = group.participants.get(participantChatId);
    if (participant === undefined) return false;
    participant.isAdmin = isAdmin;
    return true;
  };
}

function groupAction(
  name: string,
  handle: (context: GreenApiRouteContext, fields: BodyFields, group: GreenApiGroup | undefined) => JsonObject,
): GreenApiRoute {
  return {
    name,
    verbs: ['POST'],
    live: true,
    handle: (context) => {
      const fields = BodyFields.fromRequest(context.request);
      const group = memberGroup(context.instance, requireGroupId(fields, context.instance));
      return jsonResponse(200, handle(context, fields, group));
    },
  };
}

/**
 * Group methods (reference §2.7): `groupId` on WhatsApp, `chatId` on Telegram/MAX; getGroupData errors are HTTP 200
 * string bodies (`"Error: item-not-found"`, `"Error: forbidden"`).
 */
export const groupRoutes: readonly GreenApiRoute[] = [
  {
    name: 'createGroup',
    verbs: ['POST'],
    live: true,
    handle: ({ request, instance }) => {
      const fields = BodyFields.fromRequest(request);
      const groupName = fields.requiredString('groupName', 100);
      const chatIds = fields.stringArray('chatIds', instance.typeInstance === 'whatsapp' ? 1 : 0);
      if (instance.typeInstance === 'telegram') {
        fields.optionalString('type');
        fields.optionalInteger('messageAutoDeleteTime', 0, 365);
      }
      const group = instance.groups.create({ subject: groupName, participants: chatIds }, instance.wid);
      return jsonResponse(200, { created: true, chatId: group.chatId, groupInviteLink: group.inviteLink });
    },
  },
  groupAction('updateGroupName', (_context, fields, group) => {
    const groupName = fields.requiredString('groupName', 100);
    if (group === undefined) return { updateGroupName: false };
    group.subject = groupName;
    group.subjectTime = Math.floor(Date.now() / 1000);
    return { updateGroupName: true };
  }),
  {
    name: 'getGroupData',
    verbs: ['POST'],
    live: true,
    handle: ({ request, instance }) => {
      const fields = BodyFields.fromRequest(request);
      const group = instance.groups.get(requireGroupId(fields, instance));
      if (group === undefined) return jsonResponse(200, 'Error: item-not-found');
      if (group.left) return jsonResponse(200, 'Error: forbidden');
      return jsonResponse(200, groupDataView(group, instance.typeInstance));
    },
  },
  participantRoute('addGroupParticipant', 'addParticipant', (group, chatId) => {
    if (!group.participants.has(chatId))
      group.participants.set(chatId, { chatId, isAdmin: false, isSuperAdmin: false });
    return true;
  }),
  participantRoute('removeGroupParticipant', 'removeParticipant', (group, chatId) =>
    group.participants.delete(chatId),
  ),
  participantRoute('setGroupAdmin', 'setGroupAdmin', setAdmin(true)),
  participantRoute('removeAdmin', 'removeAdmin', setAdmin(false)),
  {
    name: 'setGroupPicture',
    verbs: ['POST'],
    live: true,
    handle: ({ request, instance, services }) => {
      const upload = tryReadMultipartUpload(request);
      const fields = new BodyFields({
        groupId: upload?.field('groupId'),
        chatId: upload?.field('chatId'),
      });
      const group = memberGroup(instance, requireGroupId(fields, instance));
      const file = upload?.file;
      if (group === undefined || file === undefined || file.data.length === 0) {
        return jsonResponse(200, { setGroupPicture: false, urlAvatar: '', reason: 'bad request data' });
      }
      const stored = services.media.put({
        bytes: file.data,
        fileName: file.fileName ?? 'group.jpg',
        mimeType: 'image/jpeg',
      });
      group.avatarUrl = stored.url;
      return jsonResponse(200, { setGroupPicture: true, urlAvatar: stored.url, reason: null });
    },
  },
  groupAction('leaveGroup', ({ instance }, _fields, group) => {
    if (group === undefined) return { leaveGroup: false };
    const wasAdmin = group.participants.get(instance.wid)?.isAdmin ?? false;
    group.participants.delete(instance.wid);
    group.left = true;
    return { leaveGroup: true, removeAdmin: wasAdmin };
  }),
  {
    ...groupAction('updateGroupSettings', (_context, fields, group) => {
      if (group === undefined) return { updateGroupSettings: false };
      for (const [key, value] of Object.entries(fields.values)) {
        if (key.startsWith('allowParticipants') && typeof value === 'boolean') group.permissions[key] = value;
      }
      return { updateGroupSettings: true };
    }),
    networks: networksOf.telegramMax,
  },
];
