import { describe, expect, it } from 'vitest';
import { messengerFor, useNock } from '../support/nock-helpers.js';
import {
  chatId,
  groupId,
  intercept,
  itSendsEachWhatsAppRequestShape,
  type RawCase,
} from '../support/raw-client-cases.js';

useNock();

/** Group methods (§2.7); WhatsApp addresses groups by groupId. */
const cases: RawCase[] = [
  {
    method: 'createGroup',
    verb: 'POST',
    call: (c) => c.createGroup({ groupName: 'Team', chatIds: [chatId] }),
    body: { groupName: 'Team', chatIds: [chatId] },
    reply: { created: true, chatId: groupId, groupInviteLink: 'https://chat.whatsapp.com/x' },
  },
  {
    method: 'updateGroupName',
    verb: 'POST',
    call: (c) => c.updateGroupName({ groupId, groupName: 'Team 2' }),
    body: { groupId, groupName: 'Team 2' },
    reply: { updateGroupName: true },
  },
  {
    method: 'getGroupData',
    verb: 'POST',
    call: (c) => c.getGroupData({ groupId }),
    body: { groupId },
    reply: { groupId, subject: 'Team', participants: [] },
  },
  ...(['addGroupParticipant', 'removeGroupParticipant', 'setGroupAdmin', 'removeAdmin'] as const).map(
    (method): RawCase => ({
      method,
      verb: 'POST',
      call: (c) => c[method]({ groupId, participantChatId: chatId }),
      body: { groupId, participantChatId: chatId },
      reply: {},
    }),
  ),
  {
    method: 'leaveGroup',
    verb: 'POST',
    call: (c) => c.leaveGroup({ groupId }),
    body: { groupId },
    reply: { leaveGroup: true },
  },
  {
    method: 'updateGroupSettings',
    verb: 'POST',
    call: (c) => c.updateGroupSettings({ groupId, allowParticipantsAddMembers: false }),
    body: { groupId, allowParticipantsAddMembers: false },
    reply: { updateGroupSettings: true },
  },
];

describe('GreenApiClient request shapes (WhatsApp)', () => {
  itSendsEachWhatsAppRequestShape(cases);
});

describe('group methods send chatId on Telegram and MAX', () => {
  const groupCases = cases.filter((testCase) => JSON.stringify(testCase.body ?? {}).includes('"groupId"'));
  it.each(
    (['telegram', 'max'] as const).flatMap((network) =>
      groupCases.map((testCase) => [network, testCase.method, testCase] as const),
    ),
  )('%s %s', async (network, _name, testCase) => {
    const { groupId: id, ...rest } = testCase.body ?? {};
    const scope = intercept(network, { ...testCase, body: { chatId: id, ...rest } });
    await testCase.call(messengerFor(network).raw);
    expect(scope.isDone()).toBe(true);
  });
});
