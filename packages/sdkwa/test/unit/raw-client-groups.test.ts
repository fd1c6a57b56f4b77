import { describe } from 'vitest';
import { pathOf, useNock } from '../support/nock-helpers.js';
import { chatId, groupId, itSendsEachRequestShape, type JsonCase } from '../support/raw-client-cases.js';

useNock();

/** Group methods. */
const cases: JsonCase[] = [
  {
    name: 'createGroup',
    call: (client) => client.createGroup({ groupName: 'Team', chatIds: [chatId] }),
    verb: 'POST',
    path: pathOf('createGroup'),
    body: { groupName: 'Team', chatIds: [chatId] },
    reply: { created: true, chatId: groupId, groupInviteLink: 'https://chat.whatsapp.com/x' },
  },
  {
    name: 'getGroupData',
    call: (client) => client.getGroupData({ groupId }),
    verb: 'POST',
    path: pathOf('getGroupData'),
    body: { groupId },
    reply: { groupId, subject: 'Team', participants: [{ id: chatId, isAdmin: true }] },
  },
  ...(
    [
      ['addGroupParticipant', 'addParticipant'],
      ['removeGroupParticipant', 'removeParticipant'],
      ['setGroupAdmin', 'setGroupAdmin'],
      ['removeAdmin', 'removeAdmin'],
    ] as const
  ).map(
    ([method, flag]): JsonCase => ({
      name: method,
      call: (client) => client[method]({ groupId, participantChatId: chatId }),
      verb: 'POST',
      path: pathOf(method),
      body: { groupId, participantChatId: chatId },
      reply: { [flag]: true },
    }),
  ),
  {
    name: 'updateGroupName',
    call: (client) => client.updateGroupName({ groupId, groupName: 'Team 2' }),
    verb: 'POST',
    path: pathOf('updateGroupName'),
    body: { groupId, groupName: 'Team 2' },
    reply: { updateGroupName: true },
  },
  {
    name: 'leaveGroup',
    call: (client) => client.leaveGroup({ groupId }),
    verb: 'POST',
    path: pathOf('leaveGroup'),
    body: { groupId },
    reply: { leaveGroup: true },
  },
];

describe('SdkwaClient request shapes', () => {
  itSendsEachRequestShape(cases);
});
