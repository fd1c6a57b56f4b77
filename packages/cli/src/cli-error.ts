/**
 * An error of the command line itself (bad flags, a missing config file, a cancelled prompt): shown
 * as one line on stderr, exiting with `exitCode` (2 for usage errors, 1 otherwise).
 *
 * @example
 * ```ts
 * throw new CliError('--port must be a number between 0 and 65535', 2);
 * ```
 */
export class CliError extends Error {
  /** The process exit code to use. */
  readonly exitCode: number;

  /**
   * @example
   * ```ts
   * new CliError('No provider configured', 2);
   * ```
   */
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
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

  /**
   * @example
   * ```ts
   * new CommandExit(1);
   * ```
   */
  constructor(exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'CommandExit';
    this.exitCode = exitCode;
  }
}
