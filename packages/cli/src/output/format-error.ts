import { isMessengerError } from '@switchboard/core';
import { CliError, exitCodes } from '../cli-error.js';
import { foldLines } from './fold-lines.js';

/** The error's code: a `MessengerError`'s or a `CliError`'s, else `error` (an unexpected failure). */
function codeOf(error: unknown): string {
  if (isMessengerError(error)) return error.code;
  if (error instanceof CliError) return error.code;
  return 'error';
}

/**
 * The exit code for an error: 2 for `usage`, 3 for `unsupported`, 4 for `timeout` (the CLI's own
 * or a provider's), 1 for anything else.
 *
 * @example
 * ```ts
 * exitCodeOf(new MessengerError('…', { code: 'unsupported' })); // 3
 * ```
 */
export function exitCodeOf(error: unknown): number {
  if (error instanceof CliError) return error.exitCode;
  const code = codeOf(error);
  return code === 'unsupported' || code === 'timeout' ? exitCodes[code] : exitCodes.failed;
}

/**
 * One line describing an error for the terminal: the message with line breaks folded, prefixed by
 * its code (`auth: GREEN-API rejected the token`, `unsupported: groups.create is not supported by
 * whatsgate (whatsapp)`); usage errors and the CLI's other refusals are the message alone.
 *
 * @example
 * ```ts
 * formatError(new MessengerError('Unknown messenger provider "acme"', { code: 'invalid-request' }));
 * // 'invalid-request: Unknown messenger provider "acme"'
 * ```
 */
export function formatError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const folded = foldLines(message).trim() || 'unknown error';
  const code = codeOf(error);
  return code === 'error' || code === 'usage' || code === 'failed' ? folded : `${code}: ${folded}`;
}

/**
 * The machine-readable form of an error for `--json` output: its code (a `MessengerError`'s, the
 * CLI's own `usage`, `unsupported`, `timeout` or `failed`, else `error`), the message, and the
 * provider and HTTP status when known.
 *
 * @example
 * ```ts
 * describeError(error); // { code: 'auth', message: '…', provider: 'green-api', status: 401 }
 * describeError(new CliError('--port must be a whole number', 2)); // { code: 'usage', message: '…' }
 * ```
 */
export function describeError(error: unknown): {
  code: string;
  message: string;
  provider?: string;
  status?: number;
} {
  const message = foldLines(error instanceof Error ? error.message : String(error)).trim();
  if (!isMessengerError(error)) return { code: codeOf(error), message };
  return {
    code: error.code,
    message,
    ...(error.provider === undefined ? {} : { provider: error.provider }),
    ...(error.status === undefined ? {} : { status: error.status }),
  };
}
