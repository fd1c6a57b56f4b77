import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli-process.js';
import { type SandboxFixture, startSandboxFixture } from './helpers/sandbox-fixture.js';

let sandbox: SandboxFixture;
const using = (messenger: string, ...args: string[]) =>
  runCli(['--messenger', messenger, ...args], { cwd: sandbox.folder });
const idOf = (messenger: 'whatsapp' | 'telegram') =>
  Number(sandbox.drivers[messenger].config.options?.idInstance);

beforeAll(async () => {
  sandbox = await startSandboxFixture({ loggedIn: true });
});
afterAll(() => sandbox.close());

describe('switchboard send', () => {
  it('sends text to a phone number and prints the message id', async () => {
    const result = await using('green-api-whatsapp', 'send', '+7 900 123-45-67', 'Your', 'order', 'shipped');
    expect(result.exitCode).toBe(0);
    const [sent] = sandbox.greenApi.control.sentMessages(idOf('whatsapp')).slice(-1);
    expect(sent).toMatchObject({
      method: 'sendMessage',
      chatId: '79001234567@c.us',
      body: { message: 'Your order shipped' },
    });
    expect(result.stdout).toBe(`sent text ${sent?.idMessage} to 79001234567@c.us\n`);
  });

  it('sends a location and a contact to a Telegram chat id, as JSON', async () => {
    const location = await using(
      'green-api-telegram',
      '--json',
      'send',
      '20000000',
      '--location',
      '55.7539,37.6208',
      '--location-name',
      'Red Square',
    );
    expect(location.exitCode).toBe(0);
    expect(JSON.parse(location.stdout)).toMatchObject({ chatId: '20000000', messageId: expect.any(String) });
    const contact = await using(
      'green-api-telegram',
      'send',
      '20000000',
      '--contact',
      '79001234568',
      '--contact-name',
      'Anna',
    );
    expect(contact.exitCode).toBe(0);
    const methods = sandbox.greenApi.control.sentMessages(idOf('telegram')).map((message) => message.method);
    expect(methods.slice(-2)).toEqual(['sendLocation', 'sendContact']);
  });

  it('uploads a local file with a caption', async () => {
    const file = join(sandbox.folder, 'invoice.txt');
    writeFileSync(file, 'Invoice #42');
    const result = await using('whatsgate', 'send', '79991112233', '--file', file, '--caption', 'Invoice');
    expect(result.exitCode).toBe(0);
    const [sent] = sandbox.whatsgate.control
      .sentMessages(sandbox.whatsgate.sessions[0]!.whatsappId)
      .slice(-1);
    expect(sent?.chatId).toBe('79991112233@c.us');
    expect(new TextDecoder().decode(sent?.media?.bytes)).toBe('Invoice #42');
  });

  it('reports a send the provider cannot do as unsupported', async () => {
    const { whatsappId } = sandbox.whatsgate.sessions[0]!;
    const sentBefore = sandbox.whatsgate.control.sentMessages(whatsappId).length;
    const result = await using('whatsgate', 'send', '79991112233', '--location', '1,2');
    expect(result).toMatchObject({
      exitCode: 3,
      stdout: '',
      stderr: 'error: unsupported: send.location is not supported by whatsgate (whatsapp)\n',
    });
    expect(sandbox.whatsgate.control.sentMessages(whatsappId)).toHaveLength(sentBefore);
  });
});

describe('switchboard status', () => {
  it("shows the account's state, profile and capabilities as JSON", async () => {
    const result = await using('green-api-whatsapp', '--json', 'status');
    expect(result.exitCode).toBe(0);
    const status = JSON.parse(result.stdout);
    expect(status).toMatchObject({ provider: 'green-api', network: 'whatsapp', state: 'authorized' });
    expect(status.supported).toContain('groups.create');
  });

  it('reads the config from environment variables', async () => {
    const options = sandbox.drivers.whatsgate.config.options!;
    const result = await runCli(['status'], {
      cwd: join(sandbox.folder, '..'),
      environment: {
        SWITCHBOARD_PROVIDER: 'whatsgate',
        WHATSGATE_API_KEY: String(options.apiKey),
        WHATSGATE_WHATSAPP_ID: String(options.whatsappId),
        WHATSGATE_BASE_URL: String(options.baseUrl),
      },
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/provider\s+whatsgate/);
    expect(result.stdout).toMatch(/state\s+authorized/);
  });
});

describe('switchboard sessions', () => {
  it('creates, lists, renames and deletes sessions through the session manager', async () => {
    const created = await using('whatsgate-account', '--json', 'sessions', 'create', '--name', 'Shop');
    expect(created.exitCode).toBe(0);
    const { id } = JSON.parse(created.stdout) as { id: string };
    expect(sandbox.whatsgate.sessions.map((session) => session.name)).toContain('Shop');

    expect((await using('whatsgate-account', 'sessions', 'rename', id, 'Support')).exitCode).toBe(0);
    const listed = await using('whatsgate-account', 'sessions', 'list');
    expect(listed.stdout).toMatch(new RegExp(`${id}\\s+Support`));

    expect((await using('whatsgate-account', 'sessions', 'delete', id)).stdout).toBe(
      `deleted session ${id}\n`,
    );
    const remaining = JSON.parse(
      (await using('whatsgate-account', '--json', 'sessions', 'list')).stdout,
    ) as Array<{ id: string; state: string }>;
    expect(remaining.filter((session) => session.id === id && session.state !== 'deleting')).toEqual([]);
  });

  it('prints what create returns, its credentials only with --show-secrets, as its help says', async () => {
    const help = (await using('green-api-account', 'sessions', 'create', '--help')).stdout.replace(
      /\s+/g,
      ' ',
    );
    expect(help).toContain(
      'prints its id, name, state and how to log it in (--show-secrets: also its secret credentials)',
    );

    const created = await using('green-api-account', 'sessions', 'create', '--name', 'Shop');
    expect(created.exitCode).toBe(0);
    const [first, ...details] = created.stdout.trimEnd().split('\n');
    expect(first).toMatch(/^created session \d+ \(Shop\)$/);
    expect(details).toContainEqual(expect.stringMatching(/^state\s+\S+/));
    expect(details).toContain(
      'credentials  idInstance, apiTokenInstance (printed with --show-secrets only; keep them secret)',
    );
    expect(created.stdout).not.toMatch(/[0-9a-f]{50}/);

    const json = await using('green-api-account', '--json', 'sessions', 'create', '--name', 'Shop');
    expect(json.stdout).not.toMatch(/[0-9a-f]{50}/);
    expect(JSON.parse(json.stdout)).toMatchObject({
      credentials: { apiTokenInstance: '(hidden; --show-secrets prints it)' },
    });
    const shown = await using('green-api-account', '--json', 'sessions', 'create', '--show-secrets');
    const session = JSON.parse(shown.stdout) as { credentials?: Record<string, string> };
    expect(session.credentials?.apiTokenInstance).toMatch(/^[0-9a-f]{50}$/);
    const text = await using('green-api-account', 'sessions', 'create', '--name', 'Desk', '--show-secrets');
    expect(text.stdout).toMatch(/\napiTokenInstance +[0-9a-f]{50}\n/);
  });

  it('prints the QR link of a created Whatsgate session', async () => {
    const created = await using('whatsgate-account', 'sessions', 'create', '--name', 'Desk');
    expect(created.exitCode).toBe(0);
    expect(created.stdout).toMatch(/^created session \S+ \(Desk\)\nstate +starting\n/);
    expect(created.stdout).toMatch(/\nQR code +http:\/\/127\.0\.0\.1:\d+\/qr\/\S+\n/);
  });

  it('lists GREEN-API partner instances with the partner token, their tokens only with --show-secrets', async () => {
    const token = String(sandbox.drivers.whatsapp.config.options?.apiTokenInstance);
    const result = await using('green-api-account', '--json', 'sessions', 'list');
    expect(result.exitCode).toBe(0);
    const ids = (JSON.parse(result.stdout) as Array<{ id: string }>).map((session) => session.id);
    expect(ids).toContain(String(idOf('whatsapp')));
    expect(result.stdout).not.toContain(token);
    const shown = await using('green-api-account', '--json', 'sessions', 'list', '--show-secrets');
    expect(shown.stdout).toContain(token);
  });
});
