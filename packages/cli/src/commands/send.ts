import type { Messenger, SendOptions, SentMessage } from '@switchboard/core';
import type { Command } from 'commander';
import { openMessenger } from '../config/open-messenger.js';
import { callContract, requireCapability } from '../contract/contract-calls.js';
import {
  type OutgoingContent,
  parseDestination,
  parseOutgoingContent,
  type SendFlags,
} from '../input/outgoing-content.js';
import type { CliStreams } from '../output/cli-streams.js';
import { omitRaw } from '../output/omit-raw.js';
import { commandContext } from './command-context.js';

function deliver(
  messenger: Messenger,
  to: string,
  content: OutgoingContent,
  options: SendOptions,
): Promise<SentMessage> {
  const destination = parseDestination(to, messenger.network);
  if (options.replyTo !== undefined) requireCapability(messenger, 'send.reply');
  switch (content.kind) {
    case 'media': {
      const path = content.file.url === undefined ? 'send.mediaUpload' : 'send.media';
      const caption = content.caption === undefined ? {} : { caption: content.caption };
      return callContract(messenger, path, {
        to: destination,
        content: content.file,
        options: { ...options, ...caption },
      });
    }
    case 'location':
      return callContract(messenger, 'send.location', {
        to: destination,
        content: content.location,
        options,
      });
    case 'contact':
      return callContract(messenger, 'send.contact', { to: destination, content: content.contact, options });
    case 'poll':
      return callContract(messenger, 'send.poll', { to: destination, content: content.poll, options });
    default: {
      const path = options.replyTo === undefined ? 'send.text' : 'send.reply';
      return callContract(messenger, path, { to: destination, content: content.text, options });
    }
  }
}

/**
 * Registers `switchboard send <to> [text…]`: sends text, a file (`--file`), a location
 * (`--location`), a contact (`--contact`) or a poll (`--poll`) to a chat id or a phone number (`+7…`).
 *
 * @example
 * ```ts
 * registerSendCommand(program, processStreams());
 * // switchboard send +79001234567 "Your order has shipped"
 * // switchboard send 79001234567@c.us --file invoice.pdf --caption Invoice
 * ```
 */
export function registerSendCommand(program: Command, streams: CliStreams): void {
  program
    .command('send')
    .description('send text, a file, a location, a contact or a poll')
    .argument('<to>', 'a chat id (79001234567@c.us, 20000000, -100123) or a phone number (+79001234567)')
    .argument('[text...]', 'the text to send')
    .option('--file <path-or-url>', 'send a file: a local path is uploaded, an http(s) URL is sent by URL')
    .option('--caption <text>', 'the caption of the file')
    .option('--location <latitude,longitude>', 'send a location')
    .option('--location-name <name>', 'the name of the location')
    .option('--address <address>', 'the address of the location')
    .option('--contact <phone>', 'send a contact card')
    .option('--contact-name <name>', 'the name on the contact card')
    .option('--poll <question>', 'send a poll (with two or more --choice)')
    .option('--choice <text>', 'a poll answer, repeatable', (value: string, previous: string[] = []) => [
      ...previous,
      value,
    ])
    .option('--multiple-answers', 'let poll voters pick more than one answer')
    .option('--reply-to <message-id>', 'quote an earlier message')
    .action(async (to: string, words: string[], options: SendFlags, command: Command) => {
      const { flags, terminal } = commandContext(command, streams);
      const content = await parseOutgoingContent(words, options);
      const messenger = await openMessenger(flags, streams);
      const sendOptions = options.replyTo === undefined ? {} : { replyTo: options.replyTo };
      const sent = await terminal.progress(`Sending ${content.kind}`, () =>
        deliver(messenger, to, content, sendOptions),
      );
      if (terminal.json) terminal.printJson(omitRaw(sent));
      else if (sent.status === 'pending') {
        terminal.print(`queued ${content.kind} to ${sent.chatId} (pending: its id comes with message-sent)`);
      } else terminal.print(`sent ${content.kind} ${sent.messageId} to ${sent.chatId}`);
    });
}
