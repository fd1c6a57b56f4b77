import { startGreenApiEmulator } from '@switchboard/testing';
import { renderUnicodeCompact } from 'uqr';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sandboxTimings } from '../src/sandbox/sandbox-timings.js';
import { runCli, startCli } from './helpers/cli-process.js';
import {
  greenApiWhatsAppFlags,
  type SandboxFixture,
  startSandboxFixture,
} from './helpers/sandbox-fixture.js';

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
  it('draws the QR code the provider hands out, once while it stays the same, and waits for the scan', async () => {
    const id = idOf('whatsapp');
    const login = startCli(['--messenger', 'green-api-whatsapp', 'login', '--interval', '20'], {
      cwd: sandbox.folder,
    });
    await login.waitForStdout((stdout) => stdout.includes('Scan this QR code'));
    expect(await stateOf(id)).toBe('notAuthorized');
    const polled = sandbox.greenApi.control.qrRequests(id);
    await vi.waitFor(() => expect(sandbox.greenApi.control.qrRequests(id)).toBeGreaterThan(polled + 3), {
      timeout: 20_000,
    });
    const drawing = renderUnicodeCompact(sandbox.greenApi.control.qrPayload(id), { border: 2 });
    expect(sandbox.greenApi.control.scanQr(id)).toBe(true);
    const result = await login.done;
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(
      `Scan this QR code in the app: Settings → Linked devices → Link a device\n${drawing}\nauthorized\n`,
    );
    expect(await stateOf(id)).toBe('authorized');
  });

  it('redraws the QR code only when the provider hands out a new one', async () => {
    const emulator = await startGreenApiEmulator({
      ...sandboxTimings.instant.greenApi,
      timings: { ...sandboxTimings.instant.greenApi.timings, qrRefreshMilliseconds: 300 },
      instances: [{ typeInstance: 'whatsapp' }],
    });
    try {
      const [instance] = emulator.instances;
      const login = startCli([...greenApiWhatsAppFlags(instance!), 'login', '--interval', '20'], {
        cwd: sandbox.folder,
      });
      const header = 'Scan this QR code in the app: Settings → Linked devices → Link a device\n';
      const drawings = () => login.output().stdout.split(header).slice(1);
      await vi.waitFor(() => expect(drawings().length).toBeGreaterThanOrEqual(3), { timeout: 30_000 });
      expect(emulator.control.scanQr(instance!.idInstance)).toBe(true);
      expect((await login.done).exitCode).toBe(0);
      const shown = drawings().map((drawing) => drawing.replace(/\nauthorized\n$/, ''));
      for (let index = 1; index < shown.length; index += 1) expect(shown[index]).not.toBe(shown[index - 1]);
    } finally {
      await emulator.close();
    }
  });

  it('requests an SMS code in one run and confirms it in another, then the two-factor password in a third', async () => {
    const id = idOf('telegram');
    sandbox.greenApi.control.setTwoFactorPassword(id, 'cloud-password');
    const login = (...args: string[]) =>
      runCli(['--messenger', 'green-api-telegram', '--json', 'login', '--method', 'sms', ...args], {
        cwd: sandbox.folder,
      });
    const requested = await login('--phone', '+7 900 123-45-67');
    expect(requested.exitCode).toBe(0);
    expect(JSON.parse(requested.stdout)).toEqual({
      state: 'code-requested',
      channel: 'sms',
      phone: '79001234567',
      alreadyAuthorized: false,
    });
    expect(requested.stderr).toContain('running login again with --code <code>');
    const code = sandbox.greenApi.control.authorizationCode(id);
    expect(code).toMatch(/^\d+$/);
    // Had this run requested a new code, the first one would no longer be accepted.
    const confirmed = await login('--code', code!);
    expect(confirmed.exitCode).toBe(0);
    expect(JSON.parse(confirmed.stdout)).toEqual({ state: 'pending-password', alreadyAuthorized: false });
    expect(await stateOf(id)).toBe('pendingPassword');
    const finished = await login('--password', 'cloud-password');
    expect(finished.exitCode).toBe(0);
    expect(JSON.parse(finished.stdout)).toEqual({ state: 'authorized', alreadyAuthorized: false });
    expect(await stateOf(id)).toBe('authorized');
  });

  it('reports a login that does not complete in time with the timeout code, exit 4', async () => {
    const instance = sandbox.greenApi.control.addInstance({ typeInstance: 'whatsapp' });
    const result = await runCli(
      [...greenApiWhatsAppFlags(instance), '--json', 'login', '--timeout', '200', '--interval', '50'],
      { cwd: sandbox.folder },
    );
    expect(result.exitCode).toBe(4);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n').at(-2)).toBe(
      '{"error":{"code":"timeout","message":"timed out after 200 ms waiting for the login to complete"}}',
    );
  });

  it('prints a pairing code to enter on the phone', async () => {
    const instance = sandbox.greenApi.control.addInstance({ typeInstance: 'whatsapp' });
    const login = startCli(
      [
        ...greenApiWhatsAppFlags(instance),
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
