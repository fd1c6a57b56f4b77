import { isCancel, password, text } from '@clack/prompts';
import { CliError } from '../cli-error.js';
import type { CliStreams } from './cli-streams.js';

/**
 * Asks the user for one line with a clack prompt in an interactive terminal (masked when `secret`).
 * Callers ask only when stdin and stderr are terminals; scripts pass flags instead. Rejects with a
 * `CliError` when the prompt is cancelled.
 *
 * @example
 * ```ts
 * const code = await promptLine(streams, { message: 'Code from the SMS' });
 * ```
 */
export async function promptLine(
  streams: CliStreams,
  options: { message: string; secret?: boolean },
): Promise<string> {
  const ask = options.secret === true ? password : text;
  const answer = await ask({ message: options.message, input: streams.stdin, output: streams.stderr });
  if (isCancel(answer)) throw new CliError('Cancelled');
  return answer.trim();
}
