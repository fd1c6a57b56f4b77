import { Option } from 'commander';
import { parseDestination } from '../input/outgoing-content.js';
import { integerFlag } from './command-context.js';
import { defineOperationCommand } from './operation-command.js';

/**
 * `switchboard typing <to>`: shows "typing…" (or "recording…" with `--recording`) in a chat.
 *
 * @example
 * ```ts
 * registerOperationCommands(program, streams, typingCommands);
 * // switchboard typing +79001234567 --duration 3000
 * ```
 */
export const typingCommands = [
  defineOperationCommand({
    command: 'typing',
    operation: 'send.typing',
    description: 'show "typing…" (or "recording…") in a chat',
    arguments: [['<to>', 'a chat id or a phone number (+79001234567)']],
    options: [
      new Option('--duration <milliseconds>', 'how long').argParser(integerFlag('--duration', 1, 60_000)),
      new Option('--recording', 'show "recording…" instead'),
    ],
    input: ({ arguments: [to], options, messenger }) => ({
      to: parseDestination(to ?? '', messenger.network),
      ...(options.duration === undefined ? {} : { durationMilliseconds: options.duration as number }),
      ...(options.recording === true ? { kind: 'recording' as const } : {}),
    }),
    print: (_result, input) =>
      `${input.kind === 'recording' ? 'recording' : 'typing'} shown in ${typeof input.to === 'string' ? input.to : `+${input.to.phone}`}`,
    json: (_result, input) => ({ ok: true, ...input }),
  }),
];
