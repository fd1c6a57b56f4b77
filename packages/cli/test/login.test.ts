import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli, startCli } from './helpers/cli-process.js';
import { type SandboxFixture, startSandboxFixture } from './helpers/sandbox-fixture.js';

let sandbox: SandboxFixture;
const idOf = (network: 'whatsapp' | 'telegram') =>
  Number(sandbox.drivers[network].config.options?.idInstance);
const stateOf = async (id: number) => {
  const instance = sandbox.greenApi.instances.find((candidate) => candidate.idInstance === id)!;
  const response = await fetch(
    `${instance.apiUrl}/waInstance${id}/getStateInstance/${instance.apiTokenInstance}`,
  );
  return ((await response.json()) as { stateInstance: string }).stateInstance;
};

beforeAll(async () => {
  sandbox = await startSandboxFixture({ loggedIn: false });
});
afterAll(() => sandbox.close());

describe('switchboard login', () => {
  it('shows the QR code and waits until the phone scanned it', async () => {
    const login = startCli(['--messenger', 'green-api-whatsapp', 'login', '--interval', '20'], {
      cwd: sandbox.folder,
    });
    await login.waitForStdout((stdout) => stdout.includes('Scan this QR code'));
    expect(await stateOf(idOf('whatsapp'))).toBe('notAuthorized');
    expect(sandbox.greenApi.control.scanQr(idOf('whatsapp'))).toBe(true);
    const result = await login.done;
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/\nauthorized\n$/);
    expect(await stateOf(idOf('whatsapp'))).toBe('authorized');
  });

  it('asks for the code sent by SMS and confirms it', async () => {
    const login = startCli(
      [
        '--messenger',
        'green-api-telegram',
        '--json',
        'login',
        '--method',
        'sms',
        '--phone',
        '+79001234567',
        '--interval',
        '20',
      ],
      { cwd: sandbox.folder },
    );
    const code = await vi.waitFor(() => {
      const pending = sandbox.greenApi.control.authorizationCode(idOf('telegram'));
      if (pending === undefined) throw new Error('no code yet');
      return pending;
    });
    login.writeLine(code);
    const result = await login.done;
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ state: 'authorized', alreadyAuthorized: false });
  });

  it('prints a pairing code to enter on the phone', async () => {
    const instance = sandbox.greenApi.control.addInstance({ typeInstance: 'whatsapp' });
    const flags = ['-p', 'green-api', '-o', 'network=whatsapp', '-o', `idInstance=${instance.idInstance}`];
    const login = startCli(
      [
        ...flags,
        '-o',
        `apiTokenInstance=${instance.apiTokenInstance}`,
        '-o',
        `apiUrl=${instance.apiUrl}`,
        'login',
        '--method',
        'pairing-code',
        '--phone',
        '79001234567',
        '--interval',
        '20',
      ],
      { cwd: sandbox.folder },
    );
    const stdout = await login.waitForStdout((text) => /Link with phone number\): \S+/.test(text));
    const code = /Link with phone number\): (\S+)/.exec(stdout)?.[1];
    expect(sandbox.greenApi.control.confirmPairingCode(instance.idInstance, code)).toBe(true);
    expect((await login.done).exitCode).toBe(0);
  });

  it('draws the QR text Whatsgate gives and links to its QR page', async () => {
    const login = startCli(['--messenger', 'whatsgate', 'login', '--interval', '20'], {
      cwd: sandbox.folder,
    });
    await login.waitForStdout((stdout) => /or open http:\/\/127\.0\.0\.1:\d+\/qr\/\w+/.test(stdout));
    sandbox.whatsgate.control.scan(sandbox.whatsgate.sessions[0]!.whatsappId);
    expect((await login.done).exitCode).toBe(0);
  });

  it('says so when the account is already authorized', async () => {
    sandbox.greenApi.control.authorize(idOf('whatsapp'));
    const result = await runCli(['--messenger', 'green-api-whatsapp', 'login'], { cwd: sandbox.folder });
    expect(result).toMatchObject({ exitCode: 0, stdout: 'already authorized\n' });
  });

  it('needs --phone for code logins', async () => {
    const result = await runCli(['--messenger', 'green-api-telegram', 'login', '--method', 'sms'], {
      cwd: sandbox.folder,
    });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('error: --method sms needs --phone <phone>\n');
  });
});
