import type { SessionInfo, SessionManager } from '@switchboard/core';
import type { Command } from 'commander';
import { openSessionManager } from '../config/open-messenger.js';
import { sessionManagerCalls } from '../contract/session-manager-calls.js';
import type { CliStreams } from '../output/cli-streams.js';
import { renderTable } from '../output/render-table.js';
import { type CommandContext, commandContext } from './command-context.js';

interface SessionsFlags {
  name?: string;
  network?: string;
  showSecrets?: boolean;
}

const hidden = '(hidden; --show-secrets prints it)';

/** A session for printing: without `raw`, its credentials (instance tokens) hidden unless `showSecrets`. */
function printable(session: SessionInfo, showSecrets: boolean): Omit<SessionInfo, 'raw'> {
  const { raw: _raw, credentials, ...rest } = session;
  if (credentials === undefined) return rest;
  const shown = showSecrets
    ? credentials
    : Object.fromEntries(Object.keys(credentials).map((key) => [key, hidden]));
  return { ...rest, credentials: shown };
}

/** The text form of a created session: its id and name, then what it returned that helps log it in. */
function describeCreated(session: SessionInfo, showSecrets: boolean): string {
  const rows = [
    ['state', session.state],
    ['network', session.network],
    ['phone', session.phone],
    ['QR code', session.qrLink],
    ['pairing code', session.pairingCode],
    ['webhook', session.webhookUrl],
    ...(showSecrets
      ? Object.entries(session.credentials ?? {})
      : [
          [
            'credentials',
            session.credentials === undefined
              ? undefined
              : `${Object.keys(session.credentials).join(', ')} (printed with --show-secrets only; keep them secret)`,
          ],
        ]),
  ].filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '');
  const title = `created session ${session.id}${session.name ? ` (${session.name})` : ''}`;
  return rows.length === 0 ? title : `${title}\n${renderTable([], rows)}`;
}

/** Wraps a subcommand: commander passes `(...arguments, options, command)`. */
function action<Arguments extends string[]>(
  streams: CliStreams,
  run: (
    manager: SessionManager,
    context: CommandContext & { options: SessionsFlags },
    ...values: Arguments
  ) => Promise<void>,
) {
  return async (...values: unknown[]) => {
    const command = values.at(-1) as Command;
    const options = values.at(-2) as SessionsFlags;
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
    .description('list every session (their credentials only with --show-secrets)')
    .option('--show-secrets', "print each session's credentials (instance tokens) too")
    .action(
      action(streams, async (manager, { terminal, options }) => {
        const list = await terminal.progress('Listing sessions', () => sessionManagerCalls.list(manager));
        if (terminal.json) {
          terminal.printJson(list.map((session) => printable(session, options.showSecrets === true)));
          return;
        }
        if (list.length === 0) {
          terminal.print('no sessions');
          return;
        }
        const rows = list.map((session) => [
          session.id,
          session.name,
          session.state,
          session.network ?? '',
          session.phone ?? '',
        ]);
        terminal.print(renderTable([['id', 'name', 'state', 'network', 'phone']], rows));
      }),
    );
  sessions
    .command('create')
    .description(
      'create a session; prints its id, name, state and how to log it in (--show-secrets: also its secret credentials)',
    )
    .option('--name <name>', 'a name for the session')
    .option('--network <network>', "the network of the new session (the provider's default when left out)")
    .option('--show-secrets', "print the new session's credentials (instance token) too")
    .action(
      action<[]>(streams, async (manager, { terminal, options }) => {
        const { name, network } = options;
        const showSecrets = options.showSecrets === true;
        const created = await terminal.progress('Creating the session', () =>
          sessionManagerCalls.create(manager, {
            ...(name === undefined ? {} : { name }),
            ...(network === undefined ? {} : { network }),
          }),
        );
        if (terminal.json) terminal.printJson(printable(created, showSecrets));
        else terminal.print(describeCreated(created, showSecrets));
      }),
    );
  sessions
    .command('rename')
    .description('rename a session')
    .argument('<id>', 'the session id')
    .argument('<name>', 'the new name')
    .action(
      action<[string, string]>(streams, async (manager, { terminal }, id, name) => {
        await sessionManagerCalls.rename(manager, { id, name });
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
        await sessionManagerCalls.delete(manager, id);
        if (terminal.json) terminal.printJson({ id, deleted: true });
        else terminal.print(`deleted session ${id}`);
      }),
    );
}
