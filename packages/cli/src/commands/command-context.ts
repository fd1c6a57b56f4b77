import { type Command, InvalidArgumentError } from 'commander';
import type { ConfigFlags } from '../config/config-flags.js';
import type { CliStreams } from '../output/cli-streams.js';
import { createTerminal, type Terminal } from '../output/terminal.js';

/**
 * The global flags every command sees (`--json` plus the config flags).
 *
 * @example
 * ```ts
 * const flags: GlobalFlags = { json: true, provider: 'sdkwa' };
 * ```
 */
export interface GlobalFlags extends ConfigFlags {
  json?: boolean | undefined;
}

/**
 * What a command's action works with: the parsed global flags, the streams and a terminal.
 *
 * @example
 * ```ts
 * const { flags, terminal } = commandContext(command, streams);
 * ```
 */
export interface CommandContext {
  flags: GlobalFlags;
  streams: CliStreams;
  terminal: Terminal;
}

/**
 * Reads the global flags of a subcommand (`optsWithGlobals`) and builds its {@link CommandContext}.
 *
 * @example
 * ```ts
 * program.command('status').action(async (_options, command: Command) => {
 *   const { flags, terminal } = commandContext(command, streams);
 * });
 * ```
 */
export function commandContext(command: Command, streams: CliStreams): CommandContext {
  const flags = command.optsWithGlobals<GlobalFlags>();
  return { flags, streams, terminal: createTerminal(streams, { json: flags.json === true }) };
}

/**
 * Parses a numeric flag, refusing anything but a whole number within bounds (commander reports it as a
 * usage error naming the flag).
 *
 * @example
 * ```ts
 * new Option('--port <port>').argParser(integerFlag('--port', 0, 65_535));
 * ```
 */
export function integerFlag(flag: string, minimum: number, maximum: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!/^\d+$/.test(value.trim()) || number < minimum || number > maximum) {
      throw new InvalidArgumentError(`${flag} must be a whole number from ${minimum} to ${maximum}.`);
    }
    return number;
  };
}
