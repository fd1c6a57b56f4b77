import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built CLI, as users run it. */
export const binPath = fileURLToPath(new URL('../../dist/bin.mjs', import.meta.url));

/** What a finished CLI run printed and how it exited. */
export interface CliResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** A running CLI process the test can talk to. */
export interface CliProcess {
  child: ChildProcess;
  /** Everything printed so far. */
  output(): { stdout: string; stderr: string };
  /** Resolves with stdout once `predicate` holds for it (rejects when the process ends first). */
  waitForStdout(predicate: (stdout: string) => boolean): Promise<string>;
  /** Writes a line to stdin. */
  writeLine(line: string): void;
  /** Resolves when the process has exited. */
  done: Promise<CliResult>;
}

/** Options of a CLI run: environment (replaces the process's, keeping PATH), working folder. */
export interface CliRunOptions {
  environment?: Record<string, string>;
  cwd?: string;
}

/** Spawns `node dist/bin.mjs …args` without blocking the test's event loop (the emulators run in it). */
export function startCli(args: readonly string[], options: CliRunOptions = {}): CliProcess {
  const child = spawn(process.execPath, [binPath, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.environment },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    for (const listener of listeners) listener();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const done = new Promise<CliResult>((resolve) => {
    child.on('close', (exitCode) => {
      for (const listener of listeners) listener();
      resolve({ exitCode, stdout, stderr });
    });
  });
  let exited = false;
  void done.then(() => {
    exited = true;
  });
  return {
    child,
    output: () => ({ stdout, stderr }),
    done,
    writeLine: (line) => child.stdin?.write(`${line}\n`),
    waitForStdout: (predicate) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (predicate(stdout)) {
            listeners.delete(check);
            resolve(stdout);
          } else if (exited || child.exitCode !== null) {
            listeners.delete(check);
            reject(
              new Error(`the CLI exited (${child.exitCode}) first; stdout: ${stdout}; stderr: ${stderr}`),
            );
          }
        };
        listeners.add(check);
        check();
      }),
  };
}

/** Runs the CLI to the end. */
export function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliResult> {
  const process = startCli(args, options);
  process.child.stdin?.end();
  return process.done;
}
