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
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: InputStream;
  environment: Readonly<Record<string, string | undefined>>;
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
