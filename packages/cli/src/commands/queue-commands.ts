import { defineOperationCommand } from './operation-command.js';

/**
 * The `switchboard queue …` commands: the provider's outgoing queue (outgoing, clear) and the
 * notifications waiting to be received (count, clear-notifications).
 *
 * @example
 * ```ts
 * registerOperationCommands(program, streams, queueCommands);
 * // switchboard queue count
 * ```
 */
export const queueCommands = [
  defineOperationCommand({
    command: 'queue outgoing',
    operation: 'queue.listOutgoing',
    description: 'list outgoing messages still waiting to be sent',
    input: () => undefined,
    print: (queued) =>
      queued.length === 0
        ? 'no outgoing messages waiting'
        : queued.map((item) => `${item.messageId ?? '?'} ${item.kind} to ${item.chatId ?? '?'}`).join('\n'),
  }),
  defineOperationCommand({
    command: 'queue clear',
    operation: 'queue.clearOutgoing',
    description: 'drop every outgoing message still waiting',
    input: () => undefined,
    print: () => 'cleared the outgoing queue',
  }),
  defineOperationCommand({
    command: 'queue count',
    operation: 'queue.countNotifications',
    description: 'count the notifications waiting to be received',
    input: () => undefined,
    print: (count) => `${count} notifications waiting`,
    json: (count) => ({ notifications: count }),
  }),
  defineOperationCommand({
    command: 'queue clear-notifications',
    operation: 'queue.clearNotifications',
    description: 'drop every notification waiting to be received',
    input: () => undefined,
    print: () => 'cleared the waiting notifications',
  }),
];
