import type { SessionInfo, SessionManager } from '@switchboard/core';
import type { Command } from 'commander';
import { openSessionManager } from '../config/open-messenger.js';
import type { CliStreams } from '../output/cli-streams.js';
import { renderTable } from '../output/render-table.js';
import { type CommandContext, commandContext } from './command-context.js';

function withoutRaw(session: SessionInfo): Omit<SessionInfo, 'raw'> {
  const { raw: _raw, ...rest } = session;
  return rest;
}

/** The text form of a created session: its id and name, then what it returned that helps log it in. */
function describeCreated(session: SessionInfo): string {
  const rows = [
    ['state', session.state],
    ['network', session.network],
    ['phone', session.phone],
    ['QR code', session.qrLink],
    ['pairing code', session.pairingCode],
    ['webhook', session.webhookUrl],
    [
      'credentials',
      session.credentials === undefined
        ? undefined
        : `${Object.keys(session.credentials).join(', ')} (printed with --json only; keep them secret)`,
    ],
  ].filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '');
  const title = `created session ${session.id}${session.name ? ` (${session.name})` : ''}`;
  return rows.length === 0 ? title : `${title}\n${renderTable([], rows)}`;
}

/** Wraps a subcommand: commander passes `(...arguments, options, command)`. */
function action<Arguments extends string[]>(
  streams: CliStreams,
  run: (
    manager: SessionManager,
    context: CommandContext & { options: { name?: string; network?: string } },
    ...values: Arguments
  ) => Promise<void>,
) {
  return async (...values: unknown[]) => {
    const command = values.at(-1) as Command;
    const options = values.at(-2) as { name?: string; network?: string };
    const context = { ...commandContext(command, streams), options };
    const manager = await openSessionManager(context.flags, streams);
    await run(manager, context, ...(values.slice(0, -2) as Arguments));
  };
}

/**
 * Registers `switchboard sessions list|create|rename|delete`: the provider's account-level API
 * (GREEN-API partner instances, SDKWA user instances, Whatsgate sessions) through `SessionManager`.
 *
 * @example
 * ```ts
 * registerSessionsCommand(program, processStreams());
 * // switchboard --provider whatsgate sessions create --name Shop
 * ```
 */
export function registerSessionsCommand(program: Command, streams: CliStreams): void {
  const sessions = program
    .command('sessions')
    .description("manage the account's sessions (instances) through the provider's account-level API");
  sessions
    .command('list')
    .description('list every session')
    .action(
      action(streams, async (manager, { terminal }) => {
        const list = await terminal.progress('Listing sessions', () => manager.list());
        if (terminal.json) {
          terminal.printJson(list.map((session) => withoutRaw(session.info)));
          return;
        }
        if (list.length === 0) {
          terminal.print('no sessions');
          return;
        }
        const rows = list.map(({ info }) => [
          info.id,
          info.name,
          info.state,
          info.network ?? '',
          info.phone ?? '',
        ]);
        terminal.print(renderTable([['id', 'name', 'state', 'network', 'phone']], rows));
      }),
    );
  sessions
    .command('create')
    .description(
      'create a session; prints its id, name, state and how to log it in (--json: also its secret credentials)',
    )
    .option('--name <name>', 'a name for the session')
    .option('--network <network>', "the network of the new session (the provider's default when left out)")
    .action(
      action<[]>(streams, async (manager, { terminal, options }) => {
        const { name, network } = options;
        const created = await terminal.progress('Creating the session', () =>
          manager.create({
            ...(name === undefined ? {} : { name }),
            ...(network === undefined ? {} : { network }),
          }),
        );
        if (terminal.json) terminal.printJson(withoutRaw(created.info));
        else terminal.print(describeCreated(created.info));
      }),
    );
  sessions
    .command('rename')
    .description('rename a session')
    .argument('<id>', 'the session id')
    .argument('<name>', 'the new name')
    .action(
      action<[string, string]>(streams, async (manager, { terminal }, id, name) => {
        await manager.rename({ id, name });
        if (terminal.json) terminal.printJson({ id, name });
        else terminal.print(`renamed session ${id} to ${name}`);
      }),
    );
  sessions
    .command('delete')
    .description('delete a session')
    .argument('<id>', 'the session id')
    .action(
      action<[string]>(streams, async (manager, { terminal }, id) => {
        await manager.delete(id);
        if (terminal.json) terminal.printJson({ id, deleted: true });
        else terminal.print(`deleted session ${id}`);
      }),
    );
}
