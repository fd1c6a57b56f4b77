import { spawn } from 'node:child_process';
import { childEnvironment } from './child-environment.js';

/** What a finished command printed and how it ended. */
export interface CommandResult {
  command: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Options of {@link runCommand}. */
export interface RunCommandOptions {
  cwd: string;
  environment?: Record<string, string>;
  /** Ends the command (SIGKILL) after this long; a budget, not a speed assertion. */
  timeoutMilliseconds?: number;
}

/** Runs a command to its end without a shell and collects its output; never rejects for a non-zero exit. */
export function runCommand(
  executable: string,
  argumentsList: readonly string[],
  options: RunCommandOptions,
): Promise<CommandResult> {
  const command = [executable, ...argumentsList].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(executable, argumentsList, {
      cwd: options.cwd,
      env: childEnvironment(options.environment),
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeoutMilliseconds ?? 600_000,
      killSignal: 'SIGKILL',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (error) => reject(new Error(`could not start ${command}: ${error.message}`)));
    child.on('close', (exitCode, signal) => resolve({ command, exitCode, signal, stdout, stderr }));
  });
}

/** A failed command as one readable block: the command, how it ended and the tail of its output. */
export function describeResult(result: CommandResult): string {
  const ending = result.signal === null ? `exit code ${result.exitCode}` : `signal ${result.signal}`;
  const tail = (text: string) => text.trim().split('\n').slice(-40).join('\n');
  return `${result.command} ended with ${ending}\n--- stdout\n${tail(result.stdout)}\n--- stderr\n${tail(result.stderr)}`;
}

/** Runs a command and throws with its output unless it exits 0. */
export async function runCommandOrThrow(
  executable: string,
  argumentsList: readonly string[],
  options: RunCommandOptions,
): Promise<CommandResult> {
  const result = await runCommand(executable, argumentsList, options);
  if (result.exitCode !== 0) throw new Error(describeResult(result));
  return result;
}
