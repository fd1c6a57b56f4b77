import { jsonResponse } from '../shared/index.js';
import type { SdkwaGroupOperation } from './sdkwa-groups.js';
import type { SdkwaMethodCall, SdkwaMethodRoute, SdkwaMethodTable } from './sdkwa-method-call.js';
import { storeUploadedPicture } from './settings-methods.js';

function self(call: SdkwaMethodCall): string {
  return call.instance.settings.wid || call.instance.widOf(call.instance.phone);
}

function groupId(call: SdkwaMethodCall): string {
  const id = call.requireString('groupId');
  if (!id.endsWith('@g.us') && call.instance.network === 'whatsapp')
    call.fail("'groupId' must end with @g.us");
  return id;
}

function participantOperation(operation: SdkwaGroupOperation, flag: string): SdkwaMethodRoute {
  return {
    verbs: ['POST'],
    handle: (call) => {
      const group = groupId(call);
      const participant = operation === 'leaveGroup' ? self(call) : call.chatId('participantChatId');
      const exists = operation !== 'addGroupParticipant' || call.context.directory.exists(participant);
      const done = exists && call.instance.groups.apply(operation, group, self(call), participant);
      return jsonResponse(200, { [flag]: done });
    },
  };
}

/**
 * Group methods (reference §3.5). Unknown groups and forbidden operations answer the operation's flag as `false`
 * with HTTP 200 (GREEN-API behaviour [I]); `getGroupData` of an unknown group answers GREEN-API's
 * `"Error: item-not-found"` string with HTTP 200 [I].
 */
export const groupMethods: SdkwaMethodTable = {
  createGroup: {
    verbs: ['POST'],
    handle: (call) => {
      const subject = call.requireString('groupName');
      const chatIds = call.fields().chatIds;
      if (!Array.isArray(chatIds) || chatIds.length === 0 || chatIds.some((id) => typeof id !== 'string')) {
        call.fail("'chatIds' must be a non-empty array of chat ids");
      }
      const { ids, directory } = call.context;
      const group = call.instance.groups.create({
        groupId: `120363${ids.numeric(12)}@g.us`,
        owner: self(call),
        subject,
        participants: (chatIds as string[]).filter((id) => directory.exists(id)),
        inviteLink: `https://chat.whatsapp.com/${ids.hex(22)}`,
      });
      call.instance.chats.remember({ id: group.groupId, name: subject, type: 'group' });
      return jsonResponse(200, {
        created: true,
        chatId: group.groupId,
        groupInviteLink: group.groupInviteLink,
      });
    },
  },
  getGroupData: {
    verbs: ['POST'],
    handle: (call) => jsonResponse(200, call.instance.groups.data(groupId(call)) ?? 'Error: item-not-found'),
  },
  addGroupParticipant: participantOperation('addGroupParticipant', 'addParticipant'),
  removeGroupParticipant: participantOperation('removeGroupParticipant', 'removeParticipant'),
  setGroupAdmin: participantOperation('setGroupAdmin', 'setGroupAdmin'),
  removeAdmin: participantOperation('removeAdmin', 'removeAdmin'),
  leaveGroup: participantOperation('leaveGroup', 'leaveGroup'),
  updateGroupName: {
    verbs: ['POST'],
    handle: (call) => {
      const group = groupId(call);
      const name = call.requireString('groupName');
      return jsonResponse(200, { updateGroupName: call.instance.groups.rename(group, self(call), name) });
    },
  },
  setGroupPicture: {
    verbs: ['POST'],
    handle: (call) => {
      const group = call.instance.groups.get(groupId(call));
      const admin =
        group?.participants.find((participant) => participant.id === self(call))?.isAdmin === true;
      const urlAvatar = storeUploadedPicture(call);
      if (group === undefined || !admin) {
        return jsonResponse(200, { setGroupPicture: false, urlAvatar: '', reason: 'not a group admin' });
      }
      group.urlAvatar = urlAvatar;
      return jsonResponse(200, { setGroupPicture: true, urlAvatar, reason: '' });
    },
  },
};
