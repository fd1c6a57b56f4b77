import type { Messenger } from '@switchboard/core';
import type { Command, Option } from 'commander';
import { openMessenger } from '../config/open-messenger.js';
import {
  type ContractCallPath,
  type ContractInput,
  type ContractResult,
  callContract,
  requireCapability,
} from '../contract/contract-calls.js';
import type { CliStreams } from '../output/cli-streams.js';
import { omitRaw } from '../output/omit-raw.js';
import { renderValue } from '../output/render-value.js';
import type { Terminal } from '../output/terminal.js';
import { commandContext } from './command-context.js';

/**
 * What an operation command's `input` and `print` see: the positional arguments, the command's own
 * options and the opened messenger.
 *
 * @example
 * ```ts
 * const given: OperationCommandInput = { arguments: ['120363043968066561@g.us'], options: {}, messenger };
 * ```
 */
export interface OperationCommandInput {
  arguments: string[];
  options: Record<string, unknown>;
  messenger: Messenger;
  terminal: Terminal;
  /** The working folder, for paths given relative to it. */
  cwd: string;
}

/**
 * One command that runs one contract operation: its words (`groups create`), the capability path it
 * calls (checked before anything is sent), its arguments and options, how they become the
 * operation's input, and how the result is printed (`--json` prints the result without `raw`).
 *
 * @example
 * ```ts
 * defineOperationCommand({
 *   command: 'contacts list',
 *   operation: 'contacts.list',
 *   description: "list the account's contacts",
 *   input: () => undefined,
 * });
 * ```
 */
export interface OperationCommandSpec<Path extends ContractCallPath, Extra = undefined> {
  /** The words after `switchboard`, such as `groups create`. */
  command: string;
  /** The contract operation it runs. */
  operation: Path;
  /** One line for `--help`. */
  description: string;
  /** Positional arguments in commander syntax (`<chat>`, `[message-id]`, `<ids...>`) with descriptions. */
  arguments?: ReadonlyArray<readonly [syntax: string, description: string]>;
  /** The command's own options. */
  options?: ReadonlyArray<Option>;
  /** Builds the operation's input (may read files; throws usage errors). */
  input(given: OperationCommandInput): ContractInput<Path> | Promise<ContractInput<Path>>;
  /** Work done with the result before printing (writing a downloaded file); its value reaches `print` and `json`. */
  after?(
    result: ContractResult<Path>,
    input: ContractInput<Path>,
    given: OperationCommandInput,
  ): Promise<Extra>;
  /** The text printed without `--json` (default: the result as a table, or `done`). */
  print?(
    result: ContractResult<Path>,
    input: ContractInput<Path>,
    given: OperationCommandInput,
    extra: Extra,
  ): string;
  /** The value printed with `--json` (default: the result without `raw`, or `{ "ok": true }`). */
  json?(
    result: ContractResult<Path>,
    input: ContractInput<Path>,
    given: OperationCommandInput,
    extra: Extra,
  ): unknown;
}

/**
 * An operation command with its types erased, ready for the command table.
 *
 * @example
 * ```ts
 * const commands: OperationCommand[] = [defineOperationCommand({ … })];
 * ```
 */
export interface OperationCommand {
  readonly command: string;
  readonly operation: ContractCallPath;
  readonly description: string;
  register(parent: Command, streams: CliStreams): void;
}

/**
 * Types one operation command's spec against its operation and turns it into an {@link OperationCommand}.
 *
 * @example
 * ```ts
 * const list = defineOperationCommand({ command: 'contacts list', operation: 'contacts.list', description: '…', input: () => undefined });
 * ```
 */
export function defineOperationCommand<Path extends ContractCallPath, Extra = undefined>(
  spec: OperationCommandSpec<Path, Extra>,
): OperationCommand {
  const name = spec.command.split(' ').at(-1) ?? spec.command;
  return {
    command: spec.command,
    operation: spec.operation,
    description: spec.description,
    register(parent, streams) {
      const command = parent.command(name).description(`${spec.description} (${spec.operation})`);
      for (const [syntax, description] of spec.arguments ?? []) command.argument(syntax, description);
      for (const option of spec.options ?? []) command.addOption(option);
      command.action(async (...values: unknown[]) => {
        const self = values.at(-1) as Command;
        const { flags, terminal } = commandContext(self, streams);
        const messenger = await openMessenger(flags, streams);
        requireCapability(messenger, spec.operation);
        const given: OperationCommandInput = {
          arguments: self.processedArgs.flat() as string[],
          options: self.opts(),
          messenger,
          terminal,
          cwd: streams.cwd,
        };
        const input = await spec.input(given);
        const result = await terminal.progress(spec.description, () =>
          callContract(messenger, spec.operation, input),
        );
        const extra = (await spec.after?.(result, input, given)) as Extra;
        if (terminal.json) {
          const fallback = result === undefined ? { ok: true } : omitRaw(result);
          terminal.printJson(spec.json === undefined ? fallback : spec.json(result, input, given, extra));
        } else {
          const fallback = () => (result === undefined ? 'done' : renderValue(result));
          terminal.print(spec.print === undefined ? fallback() : spec.print(result, input, given, extra));
        }
      });
    },
  };
}

const groupDescriptions: Readonly<Record<string, string>> = {
  groups: 'create groups and manage their name, participants, admins and picture',
  contacts: 'check phone numbers, read contacts, avatars and chats',
  messages: 'read history, mark read, edit, delete, forward and download messages',
  queue: "the provider's outgoing queue and waiting notifications",
  session: "the account's state, QR code, profile, settings, logout and reboot",
  'session settings': "read and change the account's settings (webhook URL, …)",
};

/**
 * Registers operation commands under the program, creating their group commands (`groups`,
 * `session settings`, …) once.
 *
 * @example
 * ```ts
 * registerOperationCommands(program, streams, [...groupCommands, ...contactCommands]);
 * ```
 */
export function registerOperationCommands(
  program: Command,
  streams: CliStreams,
  commands: readonly OperationCommand[],
): void {
  for (const operationCommand of commands) {
    const words = operationCommand.command.split(' ');
    let parent = program;
    for (let depth = 1; depth < words.length; depth += 1) {
      const name = words[depth - 1]!;
      const path = words.slice(0, depth).join(' ');
      parent =
        parent.commands.find((candidate) => candidate.name() === name) ??
        parent.command(name).description(groupDescriptions[path] ?? path);
    }
    operationCommand.register(parent, streams);
  }
}
