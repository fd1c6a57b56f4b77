import { isMessengerError } from '@switchboard/core';
import { CliError } from '../cli-error.js';
import { foldLines } from './fold-lines.js';

/**
 * One line describing an error for the terminal: the message with line breaks folded, prefixed by
 * the `MessengerError` code when there is one (`auth: GREEN-API rejected the token`).
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
  return isMessengerError(error) ? `${error.code}: ${folded}` : folded;
}

/**
 * The machine-readable form of an error for `--json` output: the `MessengerError` code, `usage` for a
 * usage error (a `CliError` with exit code 2), else `error`.
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
  if (!isMessengerError(error)) {
    return { code: error instanceof CliError && error.exitCode === 2 ? 'usage' : 'error', message };
  }
  return {
    code: error.code,
    message,
    ...(error.provider === undefined ? {} : { provider: error.provider }),
    ...(error.status === undefined ? {} : { status: error.status }),
  };
}
