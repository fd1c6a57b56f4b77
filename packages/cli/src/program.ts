import { Command, CommanderError } from 'commander';
import packageManifest from '../package.json' with { type: 'json' };
import { CliError, CommandExit } from './cli-error.js';
import type { GlobalFlags } from './commands/command-context.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerListenCommand } from './commands/listen.js';
import { registerLoginCommand } from './commands/login.js';
import { registerOperationCommands } from './commands/operation-command.js';
import { registerSandboxCommand } from './commands/sandbox.js';
import { registerSendCommand } from './commands/send.js';
import { registerSessionsCommand } from './commands/sessions.js';
import { registerStatusCommand } from './commands/status.js';
import { operationCommands } from './contract/command-operations.js';
import type { CliStreams } from './output/cli-streams.js';
import { foldLines } from './output/fold-lines.js';
import { describeError, exitCodeOf, formatError } from './output/format-error.js';

/**
 * The `switchboard` program: global flags (`--config`, `--messenger`, `--provider`, `--option`,
 * `--json`) and every command. Commander errors are thrown (not exited) so {@link runCli} decides
 * the exit code.
 *
 * @example
 * ```ts
 * await createProgram(processStreams()).parseAsync(['node', 'switchboard', 'status']);
 * ```
 */
export function createProgram(streams: CliStreams): Command {
  const program = new Command('switchboard')
    .description(
      'Send and receive WhatsApp, Telegram and MAX messages through GREEN-API, SDKWA, Whatsgate and more',
    )
    .version(packageManifest.version, '-V, --version', 'print the version of @switchboard/cli')
    .option(
      '-c, --config <file>',
      'messenger config file (default: switchboard.config.json, or SWITCHBOARD_CONFIG)',
    )
    .option('-m, --messenger <name>', 'which messenger of a multi-messenger config file')
    .option('-p, --provider <name>', 'the provider (overrides the file and SWITCHBOARD_PROVIDER)')
    .option(
      '-o, --option <key=value>',
      'a provider option, repeatable (overrides the file and the environment)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--json', 'print results as JSON for scripts')
    .configureHelp({ showGlobalOptions: true })
    .addHelpText(
      'after',
      '\nExit codes: 0 done, 1 failed, 2 usage error, 3 not supported by the provider, 4 timed out.',
    )
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => streams.stdout.write(text),
      writeErr: (text) => streams.stderr.write(text),
      // One line per error, suggestions included ("error: unknown command 'stauts' (Did you mean status?)"),
      // as JSON with --json like every other error.
      outputError: (text, write) => {
        const line = foldLines(text.trim());
        if (program.opts<GlobalFlags>().json !== true) {
          write(`${line}\n`);
          return;
        }
        const usageError = new CliError(line.replace(/^error:\s*/, ''), 2);
        write(`${JSON.stringify({ error: describeError(usageError) })}\n`);
      },
    });
  for (const register of [
    registerDemoCommand,
    registerSendCommand,
    registerListenCommand,
    registerLoginCommand,
    registerSessionsCommand,
    registerStatusCommand,
    registerSandboxCommand,
  ]) {
    register(program, streams);
  }
  registerOperationCommands(program, streams, operationCommands);
  return program;
}

function reportFailure(error: unknown, streams: CliStreams, json: boolean): number {
  if (error instanceof CommandExit) return error.exitCode;
  if (error instanceof CommanderError) {
    // Commander has printed its message already; help and version end successfully.
    return error.exitCode === 0 ? 0 : 2;
  }
  const exitCode = exitCodeOf(error);
  streams.stderr.write(
    json ? `${JSON.stringify({ error: describeError(error) })}\n` : `error: ${formatError(error)}\n`,
  );
  return exitCode;
}

/**
 * Runs the CLI with arguments (without `node` and the script path) and returns the exit code: 0 on
 * success, 1 when a command failed, 2 for usage errors, 3 when the provider does not support the
 * operation, 4 when a wait timed out. Every error is one line on stderr (JSON
 * with `--json`).
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), processStreams());
 * ```
 */
export async function runCli(argumentsList: readonly string[], streams: CliStreams): Promise<number> {
  const program = createProgram(streams);
  try {
    await program.parseAsync([...argumentsList], { from: 'user' });
    return 0;
  } catch (error) {
    return reportFailure(error, streams, argumentsList.includes('--json'));
  }
}
