import { spinner } from '@clack/prompts';
import { createColors } from 'picocolors';
import type { CliStreams } from './cli-streams.js';
import { formatJson } from './format-json.js';

/**
 * The colour functions of picocolors (no-ops when colours are off).
 *
 * @example
 * ```ts
 * terminal.print(terminal.colors.green('ok'));
 * ```
 */
export type Colors = ReturnType<typeof createColors>;

/**
 * How commands talk to the user: results on stdout (plain lines, or JSON with `--json`), progress
 * spinners on stderr only in an interactive terminal, so scripts get clean output.
 *
 * @example
 * ```ts
 * const terminal = createTerminal(streams, { json: false });
 * const state = await terminal.progress('Reading state', () => messenger.session.getState());
 * terminal.print(`state: ${state}`);
 * ```
 */
export interface Terminal {
  /** Whether `--json` was given. */
  readonly json: boolean;
  /** Whether spinners and prompts are shown (stderr is a TTY and not `--json`). */
  readonly interactive: boolean;
  /** Colours for stdout. */
  readonly colors: Colors;
  /** Writes lines to stdout. */
  print(text: string): void;
  /** Writes a value as JSON to stdout. */
  printJson(value: unknown): void;
  /** Writes a side note to stderr (interactive terminals only). */
  note(text: string): void;
  /** Runs work while a spinner shows `message`; `update` changes the message. */
  progress<Result>(
    message: string,
    work: (update: (message: string) => void) => Promise<Result>,
  ): Promise<Result>;
}

/**
 * Creates the {@link Terminal} for a run.
 *
 * @example
 * ```ts
 * const terminal = createTerminal(processStreams(), { json: options.json === true });
 * ```
 */
export function createTerminal(streams: CliStreams, options: { json: boolean }): Terminal {
  const noColor = streams.environment.NO_COLOR !== undefined && streams.environment.NO_COLOR !== '';
  const colors = createColors(streams.stdout.isTTY === true && !noColor && !options.json);
  const interactive = streams.stderr.isTTY === true && !options.json;
  return {
    json: options.json,
    interactive,
    colors,
    print: (text) => {
      streams.stdout.write(`${text}\n`);
    },
    printJson: (value) => {
      streams.stdout.write(`${formatJson(value)}\n`);
    },
    note: (text) => {
      if (interactive) streams.stderr.write(`${text}\n`);
    },
    async progress(message, work) {
      if (!interactive) return work(() => undefined);
      const indicator = spinner({ output: streams.stderr, indicator: 'timer' });
      indicator.start(message);
      try {
        const result = await work((next) => indicator.message(next));
        indicator.clear();
        return result;
      } catch (error) {
        indicator.clear();
        throw error;
      }
    },
  };
}
