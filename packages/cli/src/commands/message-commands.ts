import { writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { HistoryMessage } from '@switchboard/core';
import { Option } from 'commander';
import { CliError } from '../cli-error.js';
import { parseChatId } from '../input/parse-chat-id.js';
import { describeContent } from '../listen/format-event.js';
import { foldLines } from '../output/fold-lines.js';
import { omitRaw } from '../output/omit-raw.js';
import { renderTable } from '../output/render-table.js';
import { integerFlag } from './command-context.js';
import { defineOperationCommand, type OperationCommandInput } from './operation-command.js';

const chatArgument = ['<chat>', 'a chat id, or on WhatsApp a phone number (+79001234567)'] as const;
const messageArgument = ['<message-id>', 'the message id'] as const;

const chatId = (text: string | undefined, given: OperationCommandInput, where = '<chat>') =>
  parseChatId(text ?? '', given.messenger.network, where);

function renderMessages(messages: HistoryMessage[]): string {
  if (messages.length === 0) return 'no messages';
  const rows = messages.map((message) => [
    new Date(message.timestamp).toISOString().replace('T', ' ').slice(0, 19),
    message.direction === 'incoming' ? '←' : '→',
    message.chatId,
    message.id,
    foldLines(describeContent(message.content)),
  ]);
  return renderTable([['time', '', 'chat', 'message', 'content']], rows);
}

/** `messages last-incoming` or `last-outgoing`: a journal of the last `--minutes`. */
function journalCommand(
  name: 'last-incoming' | 'last-outgoing',
  operation: 'messages.lastIncoming' | 'messages.lastOutgoing',
  description: string,
) {
  return defineOperationCommand({
    command: `messages ${name}`,
    operation,
    description,
    options: [
      new Option('--minutes <n>', 'how far back (default 1440: a day)').argParser(
        integerFlag('--minutes', 1, 525_600),
      ),
    ],
    input: ({ options }) => (options.minutes === undefined ? {} : { minutes: options.minutes as number }),
    print: renderMessages,
    json: printable,
  });
}

/** A history message for `--json`: without the provider's `raw`, at the top and in the content. */
const printable = (messages: HistoryMessage[]) => messages.map((message) => omitRaw(message));

/** Where `messages download` writes: `--output`, else the file's own name (or `download.bin`) here. */
function outputPath(given: OperationCommandInput, fileName: string | undefined): string {
  const output = given.options.output as string | undefined;
  const name = basename(fileName ?? '') || 'download.bin';
  return resolve(given.cwd, output ?? name);
}

/**
 * The `switchboard messages …` commands: history, get, last-incoming, last-outgoing, read, edit,
 * delete, forward and download, one per messages operation of the contract.
 *
 * @example
 * ```ts
 * registerOperationCommands(program, streams, messageCommands);
 * // switchboard messages history 79001234567@c.us --count 20
 * ```
 */
export const messageCommands = [
  defineOperationCommand({
    command: 'messages history',
    operation: 'messages.history',
    description: "show a chat's history, newest first",
    arguments: [chatArgument],
    options: [
      new Option('--count <n>', 'how many messages (default: the provider’s)').argParser(
        integerFlag('--count', 1, 10_000),
      ),
    ],
    input: (given) => ({
      chatId: chatId(given.arguments[0], given),
      ...(given.options.count === undefined ? {} : { count: given.options.count as number }),
    }),
    print: renderMessages,
    json: printable,
  }),
  defineOperationCommand({
    command: 'messages get',
    operation: 'messages.get',
    description: 'show one message',
    arguments: [chatArgument, messageArgument],
    input: (given) => ({ chatId: chatId(given.arguments[0], given), messageId: given.arguments[1] ?? '' }),
    print: (message) => renderMessages([message]),
  }),
  journalCommand('last-incoming', 'messages.lastIncoming', 'list the messages received lately'),
  journalCommand('last-outgoing', 'messages.lastOutgoing', 'list the messages sent lately'),
  defineOperationCommand({
    command: 'messages read',
    operation: 'messages.markRead',
    description: 'mark a chat read (up to a message, or all of it)',
    arguments: [chatArgument, ['[message-id]', 'the last message to mark read (default: all)']],
    input: (given) => ({
      chatId: chatId(given.arguments[0], given),
      ...(given.arguments[1] === undefined ? {} : { messageId: given.arguments[1] }),
    }),
    print: (_result, input) =>
      `marked ${input.chatId} read${input.messageId ? ` up to ${input.messageId}` : ''}`,
    json: (_result, input) => ({ ok: true, ...input }),
  }),
  defineOperationCommand({
    command: 'messages edit',
    operation: 'messages.edit',
    description: 'replace the text of a message the account sent',
    arguments: [chatArgument, messageArgument, ['<text...>', 'the new text']],
    input: (given) => ({
      chatId: chatId(given.arguments[0], given),
      messageId: given.arguments[1] ?? '',
      text: given.arguments.slice(2).join(' '),
    }),
    print: (edited) => `edited ${edited.messageId} in ${edited.chatId}`,
  }),
  defineOperationCommand({
    command: 'messages delete',
    operation: 'messages.delete',
    description: 'delete a message for everyone (or, with --only-me, for the account only)',
    arguments: [chatArgument, messageArgument],
    options: [new Option('--only-me', 'delete it only for the account')],
    input: (given) => ({
      chatId: chatId(given.arguments[0], given),
      messageId: given.arguments[1] ?? '',
      forEveryone: given.options.onlyMe !== true,
    }),
    print: (_result, input) => `deleted ${input.messageId} in ${input.chatId}`,
    json: (_result, input) => ({ ok: true, ...input }),
  }),
  defineOperationCommand({
    command: 'messages forward',
    operation: 'messages.forward',
    description: 'forward messages from one chat to another',
    arguments: [
      ['<from-chat>', 'the chat the messages are in'],
      ['<to-chat>', 'the chat to forward them to'],
      ['<message-ids...>', 'the messages to forward'],
    ],
    input: (given) => ({
      fromChatId: chatId(given.arguments[0], given, '<from-chat>'),
      toChatId: chatId(given.arguments[1], given, '<to-chat>'),
      messageIds: given.arguments.slice(2),
    }),
    print: (ids, input) => `forwarded to ${input.toChatId}: ${ids.join(', ') || '(no new ids given)'}`,
    json: (ids, input) => ({ messageIds: ids, toChatId: input.toChatId }),
  }),
  defineOperationCommand({
    command: 'messages download',
    operation: 'messages.downloadMedia',
    description: "download a message's media file",
    arguments: [['[url]', "the file's URL, when the provider gives one"]],
    options: [
      new Option('--media-key <key>', 'the media key (Whatsgate)'),
      new Option('--chat <chat>', 'the chat of the message'),
      new Option('--message <message-id>', 'the message holding the file'),
      new Option('--file-name <name>', 'the file name to ask for'),
      new Option('--mime-type <type>', 'the MIME type to ask for'),
      new Option('--output <path>', 'where to write the file (default: its own name, here)'),
    ],
    input: (given) => {
      const { options } = given;
      const url = given.arguments[0];
      if (url === undefined && options.mediaKey === undefined && options.message === undefined) {
        throw new CliError('messages download needs a <url>, --media-key or --chat and --message', 2);
      }
      return {
        ...(url === undefined ? {} : { url }),
        ...(options.mediaKey === undefined ? {} : { mediaKey: options.mediaKey as string }),
        ...(options.chat === undefined ? {} : { chatId: chatId(options.chat as string, given, '--chat') }),
        ...(options.message === undefined ? {} : { messageId: options.message as string }),
        ...(options.fileName === undefined ? {} : { fileName: options.fileName as string }),
        ...(options.mimeType === undefined ? {} : { mimeType: options.mimeType as string }),
      };
    },
    after: async (file, input, given) => {
      const path = outputPath(given, file.fileName ?? input.fileName);
      await writeFile(path, file.data);
      return { file: path, bytes: file.data.byteLength, fileName: file.fileName, mimeType: file.mimeType };
    },
    print: (_file, _input, _given, saved) => `saved ${saved.bytes} bytes to ${saved.file}`,
    json: (_file, _input, _given, saved) => saved,
  }),
];
