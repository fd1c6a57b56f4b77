import { spawn } from 'node:child_process';
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
  }, 30_000);

  it('refuses a bad port with a one-line error', async () => {
    const child = spawn(process.execPath, [bin, '--sdkwa-port', 'abc'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errorOutput = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      errorOutput += chunk;
    });
    const code = await new Promise<number | null>((resolveExit) => child.once('exit', resolveExit));
    expect(code).toBe(2);
    expect(errorOutput.trim()).toBe('--sdkwa-port must be a port number between 0 and 65535, got abc');
  });
});
