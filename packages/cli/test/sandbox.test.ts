import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, startCli } from './helpers/cli-process.js';

const folder = mkdtempSync(join(tmpdir(), 'switchboard-sandbox-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('switchboard sandbox', () => {
  it('runs the emulators until stopped, printing accounts and writing a config the other commands use', async () => {
    const port = await freePort();
    const sandbox = startCli(
      ['--json', 'sandbox', '--port-whatsgate', String(port), '--write-config', 'sandbox.json'],
      {
        cwd: folder,
      },
    );
    const stdout = await sandbox.waitForStdout((text) => text.includes('\n'));
    const description = JSON.parse(stdout) as {
      urls: Record<string, string>;
      accounts: Array<{ name: string; environment: Record<string, string>; loginMethod: string }>;
    };
    expect(description.urls.whatsgate).toBe(`http://127.0.0.1:${port}`);
    expect(description.accounts.map((account) => account.name)).toEqual([
      'green-api-whatsapp',
      'green-api-telegram',
      'green-api-max',
      'sdkwa-whatsapp',
      'whatsgate-whatsapp',
    ]);
    const whatsgate = description.accounts.find((account) => account.name === 'whatsgate-whatsapp');
    expect(whatsgate?.environment).toMatchObject({
      SWITCHBOARD_PROVIDER: 'whatsgate',
      WHATSGATE_BASE_URL: `http://127.0.0.1:${port}/api/v1`,
    });

    const config = JSON.parse(readFileSync(join(folder, 'sandbox.json'), 'utf8')) as {
      messengers: Record<string, unknown>;
    };
    expect(Object.keys(config.messengers)).toContain('green-api-account');

    const status = await runCli(
      ['--config', 'sandbox.json', '--messenger', 'green-api-telegram', '--json', 'status'],
      { cwd: folder },
    );
    expect(JSON.parse(status.stdout)).toMatchObject({
      provider: 'green-api',
      network: 'telegram',
      state: 'authorized',
    });
    const sent = await runCli(['send', '+79991112233', 'Hello from the sandbox'], {
      cwd: folder,
      environment: whatsgate!.environment,
    });
    expect(sent.exitCode).toBe(0);
    expect(sent.stdout).toMatch(/^sent text \S+ to 79991112233@c\.us\n$/);

    sandbox.child.kill('SIGTERM');
    expect((await sandbox.done).exitCode).toBe(0);
  });

  it('refuses a port that is taken, in one line', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const result = await runCli(['sandbox', '--port-sdkwa', String(port)], { cwd: folder });
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toMatch(/^error: The sandbox could not start: .*EADDRINUSE.*\n$/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
