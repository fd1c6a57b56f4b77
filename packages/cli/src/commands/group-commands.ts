import type { GroupMetadata } from '@switchboard/core';
import { readFileArgument } from '../input/outgoing-content.js';
import { parseChatId } from '../input/parse-chat-id.js';
import { renderTable } from '../output/render-table.js';
import { renderValue } from '../output/render-value.js';
import { defineOperationCommand, type OperationCommandInput } from './operation-command.js';

const groupArgument = ['<group>', 'the group chat id (120363043968066561@g.us, -1001234567)'] as const;
const participantArgument = [
  '<participant>',
  'a chat id, or on WhatsApp a phone number (+79001234567)',
] as const;

const group = ({ arguments: [id], messenger }: OperationCommandInput) =>
  parseChatId(id ?? '', messenger.network, '<group>');

function member({ arguments: [groupId, participant], messenger }: OperationCommandInput) {
  return {
    groupId: parseChatId(groupId ?? '', messenger.network, '<group>'),
    participantId: parseChatId(participant ?? '', messenger.network, '<participant>'),
  };
}

function describeGroup(metadata: GroupMetadata): string {
  const { participants, ...fields } = metadata;
  const members = participants.map((participant) => [
    participant.id,
    participant.isSuperAdmin ? 'owner' : participant.isAdmin ? 'admin' : 'member',
  ]);
  const table = members.length === 0 ? 'no participants' : renderTable([['participant', 'role']], members);
  return `${renderValue(fields)}\n\n${table}`;
}

const memberCommand = (
  name: 'add' | 'remove' | 'promote' | 'demote',
  operation: 'groups.addParticipant' | 'groups.removeParticipant' | 'groups.promote' | 'groups.demote',
  description: string,
  done: string,
) =>
  defineOperationCommand({
    command: `groups ${name}`,
    operation,
    description,
    arguments: [groupArgument, participantArgument],
    input: member,
    print: (_result, input) => `${done} ${input.participantId} (${input.groupId})`,
    json: (_result, input) => ({ ok: true, ...input }),
  });

/**
 * The `switchboard groups …` commands: create, info, rename, add, remove, promote, demote, picture
 * and leave, one per group operation of the contract.
 *
 * @example
 * ```ts
 * registerOperationCommands(program, streams, groupCommands);
 * // switchboard groups create Team +79001234567 +79007654321
 * ```
 */
export const groupCommands = [
  defineOperationCommand({
    command: 'groups create',
    operation: 'groups.create',
    description: 'create a group with participants',
    arguments: [
      ['<name>', 'the group name'],
      ['<participants...>', 'chat ids, or on WhatsApp phone numbers (+79001234567)'],
    ],
    input: ({ arguments: [name, ...participants], messenger }) => ({
      name: name ?? '',
      participants: participants.map((participant) =>
        parseChatId(participant, messenger.network, '<participants...>'),
      ),
    }),
    print: (created) =>
      `created group ${created.groupId}${created.inviteLink ? `\ninvite link ${created.inviteLink}` : ''}`,
  }),
  defineOperationCommand({
    command: 'groups info',
    operation: 'groups.getInfo',
    description: "show a group's name, owner and participants",
    arguments: [groupArgument],
    input: (given) => ({ groupId: group(given) }),
    print: describeGroup,
  }),
  defineOperationCommand({
    command: 'groups rename',
    operation: 'groups.rename',
    description: 'rename a group',
    arguments: [groupArgument, ['<name...>', 'the new name']],
    input: (given) => ({ groupId: group(given), name: given.arguments.slice(1).join(' ') }),
    print: (_result, input) => `renamed group ${input.groupId} to ${input.name}`,
    json: (_result, input) => ({ ok: true, ...input }),
  }),
  memberCommand('add', 'groups.addParticipant', 'add a participant to a group', 'added'),
  memberCommand('remove', 'groups.removeParticipant', 'remove a participant from a group', 'removed'),
  memberCommand('promote', 'groups.promote', 'make a participant an admin', 'promoted'),
  memberCommand('demote', 'groups.demote', "take a participant's admin rights away", 'demoted'),
  defineOperationCommand({
    command: 'groups picture',
    operation: 'groups.setPicture',
    description: "set a group's picture (a JPEG file or URL)",
    arguments: [groupArgument, ['<file>', 'a local JPEG file or an http(s) URL']],
    input: async (given) => ({
      groupId: group(given),
      picture: await readFileArgument(given.arguments[1] ?? '', 'groups picture <file>'),
    }),
    print: (_result, input) => `set the picture of group ${input.groupId}`,
    json: (_result, input) => ({ ok: true, groupId: input.groupId }),
  }),
  defineOperationCommand({
    command: 'groups leave',
    operation: 'groups.leave',
    description: 'leave a group',
    arguments: [groupArgument],
    input: (given) => ({ groupId: group(given) }),
    print: (_result, input) => `left group ${input.groupId}`,
    json: (_result, input) => ({ ok: true, ...input }),
  }),
];
