import { createInterface } from 'node:readline';
import { isCancel, password, text } from '@clack/prompts';
import { CliError } from '../cli-error.js';
import type { CliStreams } from './cli-streams.js';

/**
 * Asks the user for one line: a clack prompt in an interactive terminal (masked when `secret`),
 * otherwise the next line of stdin, so scripts can pipe codes in. Rejects with a `CliError` when
 * the prompt is cancelled or stdin ends first.
 *
 * @example
 * ```ts
 * const code = await promptLine(streams, { message: 'Code from the SMS', flag: '--code' });
 * ```
 */
export async function promptLine(
  streams: CliStreams,
  options: { message: string; flag: string; secret?: boolean },
): Promise<string> {
  if (streams.stdin.isTTY === true && streams.stderr.isTTY === true) {
    const ask = options.secret === true ? password : text;
    const answer = await ask({ message: options.message, input: streams.stdin, output: streams.stderr });
    if (isCancel(answer)) throw new CliError('Cancelled', 1);
    return answer.trim();
  }
  const reader = createInterface({ input: streams.stdin, terminal: false });
  try {
    for await (const line of reader) {
      if (line.trim() !== '') return line.trim();
    }
  } finally {
    reader.close();
  }
  throw new CliError(`${options.message}: stdin ended before a line was read (pass ${options.flag})`, 2);
}
