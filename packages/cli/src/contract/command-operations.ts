import type { CapabilityPath } from '@switchboard/core';
import { contactCommands } from '../commands/contact-commands.js';
import { groupCommands } from '../commands/group-commands.js';
import { messageCommands } from '../commands/message-commands.js';
import type { OperationCommand } from '../commands/operation-command.js';
import { queueCommands } from '../commands/queue-commands.js';
import { sessionCommands } from '../commands/session-commands.js';
import { typingCommands } from '../commands/typing-commands.js';

/**
 * Every command that runs exactly one contract operation (`groups create` → `groups.create`, …), in
 * the order `--help` lists them.
 *
 * @example
 * ```ts
 * registerOperationCommands(program, streams, operationCommands);
 * ```
 */
export const operationCommands: readonly OperationCommand[] = [
  ...groupCommands,
  ...contactCommands,
  ...messageCommands,
  ...queueCommands,
  ...sessionCommands,
  ...typingCommands,
];

/**
 * Which contract operations each command of the CLI runs: the operation commands, plus `send` (one
 * operation per kind of content), `login` (the authorization flows), `listen` (polling and
 * webhooks, through core's poller and webhook handler) and `status`. The operation-coverage test
 * proves every operation of core's contract is here, and every command here exists.
 *
 * @example
 * ```ts
 * commandOperations.find((entry) => entry.operations.includes('groups.create'))?.command; // 'groups create'
 * ```
 */
export const commandOperations: ReadonlyArray<{ command: string; operations: readonly CapabilityPath[] }> = [
  ...operationCommands.map((entry) => ({ command: entry.command, operations: [entry.operation] })),
  {
    command: 'send',
    operations: [
      'send.text',
      'send.media',
      'send.mediaUpload',
      'send.location',
      'send.contact',
      'send.poll',
      'send.reply',
    ],
  },
  {
    command: 'login',
    operations: [
      'session.getState',
      'session.getQrCode',
      'session.requestPairingCode',
      'session.requestCode',
      'session.confirmCode',
      'session.confirmPassword',
    ],
  },
  { command: 'listen', operations: ['inbox.receive', 'inbox.ack', 'inbox.parseWebhook'] },
  { command: 'status', operations: ['session.getState', 'session.getProfile', 'queue.countNotifications'] },
];
