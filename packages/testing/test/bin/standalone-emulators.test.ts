import { spawn } from 'node:child_process';
import { type AddressInfo, createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/bin.mjs');

describe('switchboard-emulators (standalone)', () => {
  it('serves every provider and prints working credentials until interrupted', async () => {
    const child = spawn(process.execPath, [bin], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8');
    await new Promise<void>((resolveReady, reject) => {
      child.stdout.on('data', (chunk: string) => {
        output += chunk;
        if (output.includes('Press Ctrl+C')) resolveReady();
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${output}`)));
    });
    const greenApi = /GREEN-API\s+(\S+)/.exec(output)?.[1];
    const instance = /whatsapp\s+idInstance (\d+)\s+apiTokenInstance (\w+)/.exec(output);
    const whatsgate = /Whatsgate\s+(\S+)/.exec(output)?.[1];
    expect(greenApi).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const state = await fetch(`${greenApi}/waInstance${instance?.[1]}/getStateInstance/${instance?.[2]}`);
    expect(await state.json()).toEqual({ stateInstance: 'notAuthorized' });
    const wrongKey = await fetch(`${whatsgate}/api/v1/sessions-get`, {
      method: 'POST',
      headers: { 'x-api-key': 'wrong', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(wrongKey.status).toBe(401);
    const exited = new Promise<number | null>((resolveExit) => child.once('exit', resolveExit));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 120_000);

  const runToEnd = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolveRun) => {
      const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
      });
      child.once('close', (code) => resolveRun({ code, stdout, stderr }));
    });

  it('refuses a bad port with a one-line error', async () => {
    expect(await runToEnd(['--sdkwa-port', 'abc'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: --sdkwa-port must be a port number between 0 and 65535, got abc\n',
    });
  }, 120_000);

  it('refuses an unknown flag in one line with exit 2, and prints help and version', async () => {
    const unknown = await runToEnd(['--sdkwa', '4000']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^error: Unknown option '--sdkwa'.*\(see --help\)\n$/);
    const help = await runToEnd(['--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toContain('--whatsgate-port <port>');
    expect(await runToEnd(['--version'])).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  }, 120_000);

  it('says in one line, exit 1, that a port is in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolveListen) => blocker.listen(0, '127.0.0.1', resolveListen));
    const { port } = blocker.address() as AddressInfo;
    try {
      expect(await runToEnd(['--whatsgate-port', String(port)])).toEqual({
        code: 1,
        stdout: '',
        stderr: `error: port ${port} (--whatsgate-port) is in use; pick another or leave the flag out for a free one\n`,
      });
    } finally {
      await new Promise((resolveClose) => blocker.close(resolveClose));
    }
  }, 120_000);
});
