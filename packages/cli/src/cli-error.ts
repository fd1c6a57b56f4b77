/**
 * The codes of the CLI's own errors (a provider's error keeps its `MessengerError` code):
 * `usage` (bad flags or arguments, exit 2), `unsupported` (the provider cannot do it, exit 3),
 * `timeout` (a wait ran out, exit 4) and `failed` (anything else the CLI refused or gave up on, exit 1).
 *
 * @example
 * ```ts
 * const code: CliErrorCode = 'unsupported';
 * ```
 */
export type CliErrorCode = 'usage' | 'unsupported' | 'timeout' | 'failed';

/**
 * The exit code of each error code the CLI prints; any other code (a provider's `auth`,
 * `not-found`, … or `error` for an unexpected failure) exits 1, except a provider's `unsupported`
 * and `timeout`, which exit as the CLI's own.
 *
 * @example
 * ```ts
 * exitCodes.unsupported; // 3
 * ```
 */
export const exitCodes: Readonly<Record<CliErrorCode, number>> = {
  failed: 1,
  usage: 2,
  unsupported: 3,
  timeout: 4,
};

/**
 * An error of the command line itself (bad flags, a missing config file, an operation the provider
 * does not support, a login that timed out): shown as one line on stderr, exiting with the exit code
 * of its {@link CliErrorCode}. A number instead of options is an exit code (2 means `usage`).
 *
 * @example
 * ```ts
 * throw new CliError('--port must be a number between 0 and 65535', { code: 'usage' });
 * ```
 */
export class CliError extends Error {
  /** What went wrong, for scripts (`--json` prints it as `error.code`). */
  readonly code: CliErrorCode;
  /** The process exit code to use. */
  readonly exitCode: number;

  constructor(message: string, options: number | { code: CliErrorCode } = { code: 'failed' }) {
    super(message);
    this.name = 'CliError';
    this.code =
      typeof options === 'number' ? (options === exitCodes.usage ? 'usage' : 'failed') : options.code;
    this.exitCode = exitCodes[this.code];
  }
}

/**
 * Ends a command with an exit code after it already reported the outcome itself (the demo's
 * summary): nothing more is printed.
 *
 * @example
 * ```ts
 * if (!report.ok) throw new CommandExit(1);
 * ```
 */
export class CommandExit extends Error {
  /** The process exit code to use. */
  readonly exitCode: number;

  constructor(exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'CommandExit';
    this.exitCode = exitCode;
  }
}
