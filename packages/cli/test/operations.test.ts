import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli-process.js';
import {
  greenApiWhatsAppFlags,
  type SandboxFixture,
  startSandboxFixture,
} from './helpers/sandbox-fixture.js';

let sandbox: SandboxFixture;
const idOf = () => Number(sandbox.drivers.whatsapp.config.options?.idInstance);

/** Runs `switchboard --messenger <name> --json …` and parses stdout, failing with stderr when it did not exit 0. */
async function json<Value = Record<string, unknown>>(messenger: string, ...args: string[]): Promise<Value> {
  const result = await runCli(['--messenger', messenger, '--json', ...args], { cwd: sandbox.folder });
  expect(result.stderr, args.join(' ')).toBe('');
  expect(result.exitCode, args.join(' ')).toBe(0);
  return JSON.parse(result.stdout) as Value;
}
const whatsapp = (...args: string[]) => json('green-api-whatsapp', ...args);
const text = (messenger: string, ...args: string[]) =>
  runCli(['--messenger', messenger, ...args], { cwd: sandbox.folder });

beforeAll(async () => {
  sandbox = await startSandboxFixture({ loggedIn: true });
});
afterAll(() => sandbox.close());

// Each test spawns the CLI many times: the long ones get a 10-minute deadline, as a loaded machine is slow, not wrong.
describe('switchboard groups', () => {
  it('creates a group and manages its name, participants, admins and picture, then leaves it', async () => {
    const { groupId } = await whatsapp('groups', 'create', 'Team', '+79001234567', '79007654321@c.us');
    expect(groupId).toMatch(/@g\.us$/);
    const group = String(groupId);
    await whatsapp('groups', 'rename', group, 'Team', '2026');
    await whatsapp('groups', 'add', group, '+7 900 555-00-00');
    await whatsapp('groups', 'promote', group, '79005550000@c.us');
    type GroupInfo = { name: string; participants: Array<{ id: string; isAdmin: boolean }> };
    let info = await json<GroupInfo>('green-api-whatsapp', 'groups', 'info', group);
    expect(info.name).toBe('Team 2026');
    expect(info.participants).toContainEqual(
      expect.objectContaining({ id: '79005550000@c.us', isAdmin: true }),
    );
    await whatsapp('groups', 'demote', group, '79005550000@c.us');
    await whatsapp('groups', 'remove', group, '79007654321@c.us');
    info = await json<GroupInfo>('green-api-whatsapp', 'groups', 'info', group);
    expect(info.participants.map((participant) => participant.id)).not.toContain('79007654321@c.us');
    expect(info.participants).toContainEqual(
      expect.objectContaining({ id: '79005550000@c.us', isAdmin: false }),
    );
    const picture = join(sandbox.folder, 'logo.jpg');
    writeFileSync(picture, Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    expect(await whatsapp('groups', 'picture', group, picture)).toEqual({ ok: true, groupId: group });
    const shown = await text('green-api-whatsapp', 'groups', 'info', group);
    expect(shown.stdout).toMatch(/\nparticipant +role\n/);
    expect(await whatsapp('groups', 'leave', group)).toEqual({ ok: true, groupId: group });
  }, 600_000);
});

describe('switchboard contacts', () => {
  it('checks a number, reads a contact and its avatar, and lists contacts and chats', async () => {
    expect(await whatsapp('contacts', 'check', '+79001234567')).toMatchObject({
      exists: true,
      chatId: '79001234567@c.us',
    });
    expect(await whatsapp('contacts', 'info', '+79001234567')).toMatchObject({ chatId: '79001234567@c.us' });
    expect(await whatsapp('contacts', 'avatar', '79001234567@c.us')).toHaveProperty('available');
    expect(Array.isArray(await whatsapp('contacts', 'list'))).toBe(true);
    const chats = await json<Array<{ id: string }>>('green-api-whatsapp', 'contacts', 'chats');
    expect(Array.isArray(chats)).toBe(true);
    const refused = await text('green-api-whatsapp', 'contacts', 'check', '12');
    expect(refused).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'error: contacts check <phone> must be a phone number of 5 to 16 digits, such as +79001234567 (got "12")\n',
    });
  });
});

describe('switchboard messages', () => {
  it('reads history and journals, edits, forwards, marks read and deletes', async () => {
    const sent = await whatsapp('send', '+79001234567', 'first draft');
    const messageId = String(sent.messageId);
    const history = await json<Array<{ id: string; direction: string }>>(
      'green-api-whatsapp',
      'messages',
      'history',
      '79001234567@c.us',
      '--count',
      '10',
    );
    expect(history).toContainEqual(expect.objectContaining({ id: messageId, direction: 'outgoing' }));
    expect(JSON.stringify(history)).not.toContain('"raw"');
    expect(await whatsapp('messages', 'get', '79001234567@c.us', messageId)).toMatchObject({ id: messageId });
    const outgoing = await json<Array<{ id: string }>>('green-api-whatsapp', 'messages', 'last-outgoing');
    expect(outgoing.map((message) => message.id)).toContain(messageId);
    expect(Array.isArray(await whatsapp('messages', 'last-incoming', '--minutes', '60'))).toBe(true);
    expect(await whatsapp('messages', 'edit', '79001234567@c.us', messageId, 'final', 'text')).toMatchObject({
      chatId: '79001234567@c.us',
    });
    const forwarded = await whatsapp('messages', 'forward', '79001234567@c.us', '+79007654321', messageId);
    expect(forwarded).toMatchObject({ toChatId: '79007654321@c.us' });
    await whatsapp('messages', 'read', '79001234567@c.us', messageId);
    expect(sandbox.greenApi.control.readMarks(idOf())).toContainEqual(
      expect.objectContaining({ chatId: '79001234567@c.us' }),
    );
    expect(await whatsapp('messages', 'delete', '79001234567@c.us', messageId, '--only-me')).toEqual({
      ok: true,
      chatId: '79001234567@c.us',
      messageId,
      forEveryone: false,
    });
  }, 600_000);

  it('sends a poll and a reply', async () => {
    const poll = await whatsapp(
      'send',
      '+79001234567',
      '--poll',
      'Lunch?',
      '--choice',
      'Pizza',
      '--choice',
      'Sushi',
    );
    const reply = await whatsapp('send', '+79001234567', 'Pizza it is', '--reply-to', String(poll.messageId));
    const sent = sandbox.greenApi.control.sentMessages(idOf()).slice(-2);
    expect(sent.map((message) => message.method)).toEqual(['sendPoll', 'sendMessage']);
    expect(sent[0]?.body).toMatchObject({
      message: 'Lunch?',
      options: [{ optionName: 'Pizza' }, { optionName: 'Sushi' }],
    });
    expect(sent[1]?.body).toMatchObject({ message: 'Pizza it is', quotedMessageId: poll.messageId });
    expect(reply.messageId).toBe(sent[1]?.idMessage);
    const refused = await text(
      'green-api-whatsapp',
      'send',
      '+79001234567',
      '--poll',
      'Lunch?',
      '--choice',
      'Pizza',
    );
    expect(refused).toMatchObject({ exitCode: 2, stdout: '' });
    expect(refused.stderr).toMatch(/^error: --poll: .*a poll needs at least 2 options/);
  }, 600_000);

  it("downloads an incoming message's file", async () => {
    const bytes = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 1, 2, 3, 4]);
    const injected = sandbox.greenApi.control.injectIncomingMessage(idOf(), {
      kind: 'document',
      fileName: 'invoice.pdf',
      mimeType: 'application/pdf',
      bytes,
    });
    const received = await json<Array<{ id: string; content: { file?: { url?: string } } }>>(
      'green-api-whatsapp',
      'messages',
      'last-incoming',
    );
    const url = received.find((message) => message.id === injected.idMessage)?.content.file?.url;
    expect(url).toMatch(/^http:/);
    const output = join(sandbox.folder, 'saved.pdf');
    expect(await whatsapp('messages', 'download', url!, '--output', output)).toMatchObject({
      file: output,
      bytes: bytes.byteLength,
    });
    expect(new Uint8Array(readFileSync(output))).toEqual(bytes);
    const refused = await text('green-api-whatsapp', 'messages', 'download');
    expect(refused.exitCode).toBe(2);
  });
});

describe('switchboard queue, session and typing', () => {
  it('reads and clears the queues', async () => {
    expect(await whatsapp('queue', 'outgoing')).toEqual([]);
    expect(await whatsapp('queue', 'clear')).toEqual({ ok: true });
    sandbox.greenApi.control.injectIncomingMessage(idOf(), { kind: 'text', text: 'waiting' });
    expect(((await whatsapp('queue', 'count')) as { notifications: number }).notifications).toBeGreaterThan(
      0,
    );
    expect(await whatsapp('queue', 'clear-notifications')).toEqual({ ok: true });
    expect(await whatsapp('queue', 'count')).toEqual({ notifications: 0 });
  });

  it('sets the webhook URL and settings, hides the webhook token unless asked, and shows typing', async () => {
    const updated = await whatsapp(
      'session',
      'settings',
      'set',
      '--webhook-url',
      'https://example.com/hook',
      'webhookToken=hook-secret',
      'notifications.incomingCalls=false',
    );
    expect(updated).toEqual({ ok: true, updated: ['webhookUrl', 'webhookToken', 'notifications'] });
    expect(sandbox.greenApi.control.settings(idOf())).toMatchObject({
      webhookUrl: 'https://example.com/hook',
      incomingCallWebhook: 'no',
    });
    const settings = await whatsapp('session', 'settings', 'get');
    expect(settings).toMatchObject({ webhookUrl: 'https://example.com/hook' });
    expect(JSON.stringify(settings)).not.toContain('hook-secret');
    expect(await whatsapp('session', 'settings', 'get', '--show-secrets')).toMatchObject({
      webhookToken: 'hook-secret',
    });
    const misspelt = await text('green-api-whatsapp', 'session', 'settings', 'set', 'keepOnlin=true');
    expect(misspelt.exitCode).toBe(2);
    expect(misspelt.stderr).toMatch(/^error: unknown setting keepOnlin \(known: webhookUrl, /);
    expect(await whatsapp('session', 'state')).toEqual({ state: 'authorized' });
    expect(await whatsapp('session', 'profile')).toHaveProperty('chatId');
    expect(await whatsapp('session', 'qr')).toMatchObject({ status: 'authorized' });
    expect(await whatsapp('typing', '+79001234567', '--duration', '1000')).toMatchObject({ ok: true });
  }, 600_000);

  it('logs out and reboots', async () => {
    const instance = sandbox.greenApi.control.addInstance({ typeInstance: 'whatsapp', state: 'authorized' });
    const flags = [...greenApiWhatsAppFlags(instance), '--json'];
    const run = async (...args: string[]) => {
      const result = await runCli([...flags, ...args], { cwd: sandbox.folder });
      expect(result.exitCode, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as unknown;
    };
    expect(await run('session', 'reboot')).toEqual({ ok: true });
    expect(await run('session', 'logout')).toEqual({ ok: true });
    expect(await run('session', 'state')).toEqual({ state: 'not-authorized' });
  });
});

describe('operations a provider cannot do', () => {
  it('are refused before any request, with their own code and exit 3', async () => {
    const { whatsappId } = sandbox.whatsgate.sessions[0]!;
    const result = await text('whatsgate', 'groups', 'create', 'Team', '+79001234567');
    expect(result).toEqual({
      exitCode: 3,
      stdout: '',
      stderr: 'error: unsupported: groups.create is not supported by whatsgate (whatsapp)\n',
    });
    const asJson = await text('whatsgate', '--json', 'messages', 'edit', `79001234567@c.us`, 'id', 'x');
    expect(asJson.exitCode).toBe(3);
    expect(JSON.parse(asJson.stderr)).toEqual({
      error: { code: 'unsupported', message: 'messages.edit is not supported by whatsgate (whatsapp)' },
    });
    expect(sandbox.whatsgate.control.sentMessages(whatsappId).length).toBeGreaterThanOrEqual(0);
  });
});
