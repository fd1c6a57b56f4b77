import { parseChatId } from '../input/parse-chat-id.js';
import { parsePhone } from '../input/parse-phone.js';
import { renderValue } from '../output/render-value.js';
import { defineOperationCommand, type OperationCommandInput } from './operation-command.js';

const chatArgument = ['<chat>', 'a chat id, or on WhatsApp a phone number (+79001234567)'] as const;
const chat = ({ arguments: [id], messenger }: OperationCommandInput) => ({
  chatId: parseChatId(id ?? '', messenger.network, '<chat>'),
});

/**
 * The `switchboard contacts …` commands: check, info, avatar, list and chats, one per contacts
 * operation of the contract.
 *
 * @example
 * ```ts
 * registerOperationCommands(program, streams, contactCommands);
 * // switchboard contacts check +79001234567
 * ```
 */
export const contactCommands = [
  defineOperationCommand({
    command: 'contacts check',
    operation: 'contacts.check',
    description: 'check whether a phone number has an account, and print its chat id',
    arguments: [['<phone>', 'the phone number (+79001234567)']],
    input: ({ arguments: [phone] }) => ({ phone: parsePhone(phone ?? '', 'contacts check <phone>') }),
    print: (check, input) =>
      check.exists
        ? `+${input.phone} has an account: ${check.chatId ?? '(no chat id given)'}`
        : `+${input.phone} has no account`,
  }),
  defineOperationCommand({
    command: 'contacts info',
    operation: 'contacts.getInfo',
    description: "show a contact's name, phone and profile",
    arguments: [chatArgument],
    input: chat,
  }),
  defineOperationCommand({
    command: 'contacts avatar',
    operation: 'contacts.getAvatar',
    description: "print the URL of a contact's or group's avatar",
    arguments: [chatArgument],
    input: chat,
    print: (avatar) => (avatar.available && avatar.url ? avatar.url : 'no avatar'),
  }),
  defineOperationCommand({
    command: 'contacts list',
    operation: 'contacts.list',
    description: "list the account's contacts",
    input: () => undefined,
    print: (contacts) => renderValue(contacts, 'no contacts'),
  }),
  defineOperationCommand({
    command: 'contacts chats',
    operation: 'contacts.listChats',
    description: "list the account's chats (contacts and groups)",
    input: () => undefined,
    print: (chats) => renderValue(chats, 'no chats'),
  }),
];
