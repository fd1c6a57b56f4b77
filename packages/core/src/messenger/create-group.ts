import type { Group } from './group.js';
import type { GroupsDefinition } from './groups-definition.js';
import type { SendOperations } from './send-operations.js';

/** Builds a {@link Group} on a messenger's (already capability-gated) group and send operations. */
export function createGroup(
  id: string,
  inviteLink: string | undefined,
  groups: GroupsDefinition,
  sending: SendOperations,
): Group {
  const destination = { chatId: id, isGroup: true };
  return {
    id,
    inviteLink,
    info: () => groups.getInfo(id),
    rename: (name) => groups.rename({ groupId: id, name }),
    addParticipant: (participantId) => groups.addParticipant({ groupId: id, participantId }),
    removeParticipant: (participantId) => groups.removeParticipant({ groupId: id, participantId }),
    promote: (participantId) => groups.promote({ groupId: id, participantId }),
    demote: (participantId) => groups.demote({ groupId: id, participantId }),
    setPicture: (picture) => groups.setPicture({ groupId: id, picture }),
    leave: () => groups.leave(id),
    send: (outgoing) => sending.send({ ...outgoing, recipient: destination }),
    sendText: (text, options) => sending.sendText(destination, text, options),
    sendMedia: (media, options) => sending.sendMedia(destination, media, options),
    sendLocation: (location, options) => sending.sendLocation(destination, location, options),
    sendContact: (contact, options) => sending.sendContact(destination, contact, options),
    sendPoll: (poll, options) => sending.sendPoll(destination, poll, options),
  };
}
