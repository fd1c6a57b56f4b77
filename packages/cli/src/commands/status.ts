import { listCapabilities } from '@switchboard/core';
import type { Command } from 'commander';
import { openMessenger } from '../config/open-messenger.js';
import { callContract } from '../contract/contract-calls.js';
import type { CliStreams } from '../output/cli-streams.js';
import { renderTable } from '../output/render-table.js';
import { commandContext } from './command-context.js';

async function optional<Value>(supported: boolean, read: () => Promise<Value>): Promise<Value | undefined> {
  if (!supported) return undefined;
  try {
    return await read();
  } catch {
    return undefined;
  }
}

/**
 * Registers `switchboard status`: the account's state, profile, waiting notifications and what the
 * messenger supports.
 *
 * @example
 * ```ts
 * registerStatusCommand(program, processStreams());
 * // switchboard --provider green-api status --json
 * ```
 */
export function registerStatusCommand(program: Command, streams: CliStreams): void {
  program
    .command('status')
    .description("show the account's state, profile and capabilities")
    .action(async (_options: unknown, command: Command) => {
      const { flags, terminal } = commandContext(command, streams);
      const messenger = await openMessenger(flags, streams);
      const state = await terminal.progress('Reading the account state', () =>
        callContract(messenger, 'session.getState', undefined),
      );
      const profile = await optional(messenger.supports('session.getProfile'), () =>
        callContract(messenger, 'session.getProfile', undefined),
      );
      const waiting = await optional(messenger.supports('queue.countNotifications'), () =>
        callContract(messenger, 'queue.countNotifications', undefined),
      );
      const capabilities = listCapabilities(messenger.capabilities);
      const supported = capabilities.filter(([, value]) => value).map(([path]) => path);
      if (terminal.json) {
        const { raw: _raw, ...account } = profile ?? { raw: undefined };
        terminal.printJson({
          provider: messenger.provider,
          network: messenger.network,
          instanceId: messenger.instanceId,
          state,
          profile: profile === undefined ? undefined : account,
          notificationsWaiting: waiting,
          supported,
        });
        return;
      }
      const { colors } = terminal;
      const rows = [
        ['provider', messenger.provider],
        ['network', messenger.network],
        ['instance', messenger.instanceId],
        ['state', state === 'authorized' ? colors.green(state) : colors.yellow(state)],
        ['account', [profile?.phone, profile?.name].filter(Boolean).join(' ') || colors.dim('unknown')],
        ['waiting', waiting === undefined ? colors.dim('unknown') : `${waiting} notifications`],
        ['supports', `${supported.length} of ${capabilities.length} operations`],
      ];
      terminal.print(renderTable([], rows));
    });
}
