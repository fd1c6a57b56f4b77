import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { binPath } from './helpers/cli-process.js';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');

/** The shell block that follows `<!-- transcript: name -->` in the README, exactly as written there. */
function transcript(name: string): string {
  const match = new RegExp(`<!-- transcript: ${name} -->\\n\`\`\`sh\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (match?.[1] === undefined) throw new Error(`README.md has no "transcript: ${name}" block`);
  return match[1];
}

const folder = mkdtempSync(join(tmpdir(), 'switchboard-readme-'));
const binFolder = join(folder, 'bin');
const workFolder = join(folder, 'work');
let sandbox: ChildProcess | undefined;

afterAll(async () => {
  if (sandbox?.pid !== undefined && sandbox.exitCode === null) {
    const exited = new Promise((resolveExit) => sandbox?.once('exit', resolveExit));
    process.kill(-sandbox.pid, 'SIGINT');
    await exited;
  }
  rmSync(folder, { recursive: true, force: true });
});

/** Runs a script with bash in the work folder, `switchboard` being the built CLI on PATH. */
function bash(script: string, options: { detached?: boolean } = {}): ChildProcess {
  return spawn('bash', ['-e', '-c', script], {
    cwd: workFolder,
    detached: options.detached === true,
    env: { PATH: `${binFolder}:${process.env.PATH ?? ''}`, NO_COLOR: '1', HOME: folder },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function collect(child: ChildProcess): { output: () => string; done: Promise<number | null> } {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const done = new Promise<number | null>((resolveDone) => child.on('close', resolveDone));
  return { output: () => output, done };
}

describe('the README transcript', () => {
  it('runs as written: sandbox, login, send, groups, history, listen', async () => {
    const sessionScript = transcript('session');
    expect(sessionScript).toMatch(/switchboard login/);
    expect(sessionScript).toMatch(/switchboard listen/);
    mkdirSync(binFolder);
    mkdirSync(workFolder);
    writeFileSync(
      join(binFolder, 'switchboard'),
      `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(binPath)} "$@"\n`,
    );
    chmodSync(join(binFolder, 'switchboard'), 0o755);

    sandbox = bash(transcript('sandbox'), { detached: true });
    const sandboxRun = collect(sandbox);
    await new Promise<void>((resolveReady, reject) => {
      sandbox?.stdout?.on('data', () => {
        if (sandboxRun.output().includes('Ctrl+C stops the sandbox')) resolveReady();
      });
      void sandboxRun.done.then((code) =>
        reject(new Error(`the sandbox exited (${code}): ${sandboxRun.output()}`)),
      );
    });

    const session = collect(bash(sessionScript));
    const exitCode = await session.done;
    const output = session.output();
    expect(exitCode, output).toBe(0);
    expect(output).toContain('Scan this QR code');
    expect(output).toMatch(/\nauthorized\n/);
    expect(output).toMatch(/\nsent text \S+ to 79001234567@c\.us\n/);
    expect(output).toMatch(/\ncreated group \S+@g\.us\n/);
    expect(output).toMatch(/→ +79001234567@c\.us +\S+ +Hello from Switchboard\n/);
    const events = output.split('\n').filter((line) => /^\d\d:\d\d:\d\d /.test(line));
    expect(events).toHaveLength(3);
    expect(events[0]).toMatch(/ session-state-changed .* authorized$/);
  }, 600_000);
});
