import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, runCli } from './helpers/cli-process.js';
import { type SandboxFixture, startSandboxFixture } from './helpers/sandbox-fixture.js';

let sandbox: SandboxFixture;
let emptyFolder: string;

beforeAll(async () => {
  sandbox = await startSandboxFixture({ loggedIn: true });
  emptyFolder = mkdtempSync(join(tmpdir(), 'switchboard-empty-'));
});
afterAll(async () => {
  await sandbox.close();
  rmSync(emptyFolder, { recursive: true, force: true });
});

function expectOneLineError(result: CliResult, exitCode: number, pattern: RegExp): void {
  expect(result.exitCode).toBe(exitCode);
  expect(result.stdout).toBe('');
  const lines = result.stderr.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const greenApiFlags = (options: Record<string, string>) =>
  Object.entries({ network: 'whatsapp', ...options }).flatMap(([key, value]) => ['-o', `${key}=${value}`]);

describe('bad input: one line on stderr and a non-zero exit', () => {
  it('names a missing option and its environment variable', async () => {
    const result = await runCli(
      ['-p', 'green-api', ...greenApiFlags({ idInstance: '1101000001' }), 'status'],
      {
        cwd: emptyFolder,
      },
    );
    expectOneLineError(
      result,
      1,
      /^error: invalid-request: .*apiTokenInstance is missing .*GREEN_API_API_TOKEN_INSTANCE/,
    );
  });

  it('names a missing config file field', async () => {
    const file = join(emptyFolder, 'missing-provider.json');
    writeFileSync(file, JSON.stringify({ options: { apiKey: 'key' } }));
    const result = await runCli(['--config', file, 'status'], { cwd: emptyFolder });
    expectOneLineError(result, 1, /missing-provider\.json: provider is missing/);
  });

  it('rejects an unknown provider, listing the known ones', async () => {
    const result = await runCli(['--provider', 'acme', 'status'], { cwd: emptyFolder });
    expectOneLineError(
      result,
      1,
      /Unknown messenger provider "acme". Known providers: green-api, sdkwa, whatsgate/,
    );
  });

  it('says how to configure when no provider is named anywhere', async () => {
    const result = await runCli(['status'], { cwd: emptyFolder });
    expectOneLineError(result, 2, /No provider configured: pass --provider <name>, set SWITCHBOARD_PROVIDER/);
  });

  it('maps a wrong token to an auth error without printing the token', async () => {
    const token = 'f'.repeat(50);
    const options = sandbox.drivers.whatsapp.config.options!;
    const result = await runCli(
      [
        '-p',
        'green-api',
        ...greenApiFlags({
          idInstance: String(options.idInstance),
          apiTokenInstance: token,
          apiUrl: String(options.apiUrl),
        }),
        'status',
      ],
      { cwd: emptyFolder },
    );
    expectOneLineError(result, 1, /^error: auth: /);
    expect(result.stderr).not.toContain(token);
  });

  it('reports an unreachable host as a network error', async () => {
    const port = await closedPort();
    const result = await runCli(
      [
        '-p',
        'green-api',
        ...greenApiFlags({
          idInstance: '1101000001',
          apiTokenInstance: 'a'.repeat(50),
          apiUrl: `http://127.0.0.1:${port}`,
        }),
        'status',
      ],
      { cwd: emptyFolder },
    );
    expectOneLineError(result, 1, /^error: network: /);
    expect(result.stderr).not.toContain('a'.repeat(50));
  });

  it('prints the error as one JSON line with --json', async () => {
    const result = await runCli(['--json', '--provider', 'acme', 'status'], { cwd: emptyFolder });
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stderr)).toMatchObject({ error: { code: 'invalid-request', provider: 'acme' } });
  });

  it('refuses malformed flags and commands as usage errors', async () => {
    expectOneLineError(
      await runCli(['listen', '--port', 'abc'], { cwd: emptyFolder }),
      2,
      /--port must be a whole number/,
    );
    expectOneLineError(
      await runCli(['-p', 'whatsgate', '-o', 'novalue', 'status'], { cwd: emptyFolder }),
      2,
      /--option novalue must look like key=value/,
    );
    expectOneLineError(
      await runCli(['stauts'], { cwd: emptyFolder }),
      2,
      /unknown command 'stauts' \(Did you mean status\?\)$/,
    );
    expectOneLineError(
      await runCli(['--config', sandbox.configFile, '--messenger', 'whatsgate', 'send', '79991112233'], {
        cwd: emptyFolder,
      }),
      2,
      /give exactly one of: text, --file/,
    );
  });

  it('prints usage errors as one JSON line with --json, wherever --json stands', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--json', 'send'], /^missing required argument 'to'$/],
      [['send', '--json'], /^missing required argument 'to'$/],
      [['--json', 'stauts'], /^unknown command 'stauts' \(Did you mean status\?\)$/],
      [['listen', '--port', 'abc', '--json'], /--port must be a whole number/],
      [['--json', 'status', '--bogus'], /^unknown option '--bogus'$/],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(args, { cwd: emptyFolder });
      expect(result.exitCode, args.join(' ')).toBe(2);
      expect(result.stdout, args.join(' ')).toBe('');
      expect(result.stderr.endsWith('\n') && result.stderr.split('\n')).toHaveLength(2);
      const { error } = JSON.parse(result.stderr) as { error: { code: string; message: string } };
      expect(error.code, args.join(' ')).toBe('usage');
      expect(error.message, args.join(' ')).toMatch(message);
    }
  });

  it('asks for --messenger when a config file holds several', async () => {
    const result = await runCli(['--config', sandbox.configFile, 'status'], { cwd: emptyFolder });
    expectOneLineError(result, 2, /holds several messengers .*green-api-whatsapp.*--messenger <name>/);
  });

  it('points at the line of a config file that is not JSON', async () => {
    const file = join(emptyFolder, 'broken.json');
    writeFileSync(file, '{\n  "provider": "whatsgate",\n  oops\n}');
    const result = await runCli(['--config', file, 'status'], { cwd: emptyFolder });
    expectOneLineError(result, 1, /broken\.json is not valid JSON \(line 3/);
  });
});
