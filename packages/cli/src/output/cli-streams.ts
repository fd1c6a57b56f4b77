import type { Readable, Writable } from 'node:stream';

/**
 * A writable terminal stream, as much of it as the CLI needs.
 *
 * @example
 * ```ts
 * const stream: OutputStream = process.stdout;
 * ```
 */
export interface OutputStream extends Writable {
  /** `true` for a terminal: colours (stdout) and spinners (stderr) are shown only then. */
  isTTY?: boolean;
}

/**
 * A readable terminal stream, as much of it as the CLI needs.
 *
 * @example
 * ```ts
 * const stream: InputStream = process.stdin;
 * ```
 */
export interface InputStream extends Readable {
  /** `true` for a terminal: only then does `login` prompt for a code. */
  isTTY?: boolean;
}

/**
 * Everything the CLI touches outside itself: its streams, environment and working folder. Tests and
 * embedders pass their own; `bin` passes the process's.
 *
 * @example
 * ```ts
 * const streams: CliStreams = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, environment: process.env, cwd: process.cwd() };
 * ```
 */
export interface CliStreams {
  /** Where results go (JSON with `--json`). */
  stdout: OutputStream;
  /** Where errors, progress and prompts go. */
  stderr: OutputStream;
  /** Where prompts read answers from. */
  stdin: InputStream;
  /** The environment variables: provider config (`SWITCHBOARD_*`, `GREEN_API_*`, …) and `NO_COLOR`. */
  environment: Readonly<Record<string, string | undefined>>;
  /** The folder relative paths (config files, downloads) resolve against. */
  cwd: string;
}

/**
 * The streams of the current process.
 *
 * @example
 * ```ts
 * await runCli(process.argv.slice(2), processStreams());
 * ```
 */
export function processStreams(): CliStreams {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    environment: process.env,
    cwd: process.cwd(),
  };
}
