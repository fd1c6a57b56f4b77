import type { Messenger, SendOptions, SentMessage } from '@switchboard/core';
import type { Command } from 'commander';
import { openMessenger } from '../config/open-messenger.js';
import type { CliStreams } from '../output/cli-streams.js';
import { commandContext } from './command-context.js';
import {
  type OutgoingContent,
  parseDestination,
  parseOutgoingContent,
  type SendFlags,
} from './outgoing-content.js';

function deliver(
  messenger: Messenger,
  to: string,
  content: OutgoingContent,
  options: SendOptions,
): Promise<SentMessage> {
  const destination = parseDestination(to, messenger.network);
  switch (content.kind) {
    case 'media':
      return messenger.sendMedia(destination, content.file, { ...options, caption: content.caption });
    case 'location':
      return messenger.sendLocation(destination, content.location, options);
    case 'contact':
      return messenger.sendContact(destination, content.contact, options);
    default:
      return messenger.sendText(destination, content.text, options);
  }
}

/**
 * Registers `switchboard send <to> [text…]`: sends text, a file (`--file`), a location
 * (`--location`) or a contact (`--contact`) to a chat id or a phone number (`+7…`).
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
    .description('send text, a file, a location or a contact')
    .argument('<to>', 'a chat id (79001234567@c.us, 20000000, -100123) or a phone number (+79001234567)')
    .argument('[text...]', 'the text to send')
    .option('--file <path-or-url>', 'send a file: a local path is uploaded, an http(s) URL is sent by URL')
    .option('--caption <text>', 'the caption of the file')
    .option('--location <latitude,longitude>', 'send a location')
    .option('--location-name <name>', 'the name of the location')
    .option('--address <address>', 'the address of the location')
    .option('--contact <phone>', 'send a contact card')
    .option('--contact-name <name>', 'the name on the contact card')
    .option('--reply-to <message-id>', 'quote an earlier message')
    .action(async (to: string, words: string[], options: SendFlags, command: Command) => {
      const { flags, terminal } = commandContext(command, streams);
      const content = await parseOutgoingContent(words, options);
      const messenger = await openMessenger(flags, streams);
      const sendOptions = options.replyTo === undefined ? {} : { replyTo: options.replyTo };
      const sent = await terminal.progress(`Sending ${content.kind}`, () =>
        deliver(messenger, to, content, sendOptions),
      );
      if (terminal.json) {
        const { raw: _raw, ...result } = sent;
        terminal.printJson(result);
      } else if (sent.status === 'pending') {
        terminal.print(`queued ${content.kind} to ${sent.chatId} (pending: its id comes with message-sent)`);
      } else terminal.print(`sent ${content.kind} ${sent.messageId} to ${sent.chatId}`);
    });
}
