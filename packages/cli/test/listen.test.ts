import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startCli } from './helpers/cli-process.js';
import { type SandboxFixture, startSandboxFixture } from './helpers/sandbox-fixture.js';

let sandbox: SandboxFixture;
const listen = (messenger: string, ...args: string[]) =>
  startCli(['--messenger', messenger, '--json', 'listen', ...args], { cwd: sandbox.folder });
const eventsOf = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line.startsWith('{"id"'))
    .map((line) => JSON.parse(line) as { type: string; message?: { content: { text?: string } } });

beforeAll(async () => {
  sandbox = await startSandboxFixture({ loggedIn: true });
});
afterAll(() => sandbox.close());

describe('switchboard listen', () => {
  it('prints events received by polling, acknowledges them, and stops on SIGTERM', async () => {
    const id = Number(sandbox.drivers.telegram.config.options?.idInstance);
    const listener = listen('green-api-telegram', '--receive-timeout', '100');
    sandbox.greenApi.control.injectIncomingMessage(id, { kind: 'text', text: 'hello by polling' });
    await listener.waitForStdout((stdout) => stdout.includes('hello by polling'));
    const received = eventsOf(listener.output().stdout).find((event) => event.type === 'message-received');
    expect(received?.message?.content.text).toBe('hello by polling');
    // Acknowledged after it was printed: the provider's queue empties.
    await vi.waitFor(() => expect(sandbox.greenApi.control.queuedNotifications(id)).toEqual([]));
    listener.child.kill('SIGTERM');
    expect((await listener.done).exitCode).toBe(0);
  });

  it('stops with an error when --timeout ends before --count events arrived', async () => {
    const result = await listen('whatsgate', '--count', '5', '--timeout', '300', '--receive-timeout', '50')
      .done;
    expect(result.exitCode).toBe(4);
    expect(result.stderr).toMatch(
      /^\{"error":\{"code":"timeout","message":"stopped after \d of 5 events: --timeout ended"\}\}\n$/,
    );
  });

  it('answers the webhook that reached --count before it exits', async () => {
    const { whatsappId } = sandbox.whatsgate.sessions[0]!;
    const listener = listen('whatsgate', '--port', '0', '--count', '1');
    const first = await listener.waitForStdout((stdout) => stdout.includes('\n'));
    const { listening } = JSON.parse(first.split('\n')[0]!) as { listening: string };
    sandbox.whatsgate.control.injectIncomingMessage(whatsappId, {
      kind: 'text',
      from: '79991112233',
      body: 'last one',
    });
    const event = sandbox.whatsgate.control.events({ whatsappId, action: 'message' }).at(-1)!;

    const answer = await fetch(`${listening}/webhook?secret=test-webhook-secret`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
    });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ result: 'OK', id: event.id });
    const result = await listener.done;
    expect(result.exitCode).toBe(0);
    expect(eventsOf(result.stdout).map((printed) => printed.message?.content.text)).toEqual(['last one']);
  });

  it('receives webhooks on --port, verifying the secret', async () => {
    const id = Number(sandbox.drivers.max.config.options?.idInstance);
    const listener = listen('green-api-max', '--port', '0');
    const first = await listener.waitForStdout((stdout) => stdout.includes('\n'));
    const { listening } = JSON.parse(first.split('\n')[0]!) as { listening: string };
    expect(listening).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const forged = await fetch(`${listening}/webhook`, {
      method: 'POST',
      headers: { authorization: 'Bearer forged', 'content-type': 'application/json' },
      body: JSON.stringify({ typeWebhook: 'incomingMessageReceived' }),
    });
    expect(forged.status).toBe(401);

    sandbox.greenApi.control.updateSettings(id, {
      webhookUrl: `${listening}/webhook`,
      webhookUrlToken: 'test-webhook-secret',
    });
    sandbox.greenApi.control.injectIncomingMessage(id, { kind: 'text', text: 'hello by webhook' });
    await listener.waitForStdout((stdout) => stdout.includes('hello by webhook'));
    listener.child.kill('SIGINT');
    const result = await listener.done;
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(/warning: rejected a webhook request \(parse\): auth: /);
    const delivery = sandbox.greenApi.control.webhookDeliveries(id).at(-1);
    expect(delivery?.accepted).toBe(true);
  });

  it('resumes Whatsgate polling after the last acknowledged event with --cursor-file', async () => {
    const { whatsappId } = sandbox.whatsgate.sessions[0]!;
    const cursorFile = join(sandbox.folder, 'whatsgate-cursor.json');
    const history = sandbox.whatsgate.control.events({ whatsappId });
    expect(existsSync(cursorFile)).toBe(false);

    const first = await listen(
      'whatsgate',
      '--count',
      String(history.length),
      '--receive-timeout',
      '100',
      '--cursor-file',
      cursorFile,
    ).done;
    expect(first.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(cursorFile, 'utf8'))).toEqual({
      [whatsappId]: { eventId: history.at(-1)!.id, eventDate: history.at(-1)!.event_date },
    });

    sandbox.whatsgate.control.injectIncomingMessage(whatsappId, {
      kind: 'text',
      from: '79991112233',
      body: 'after the cursor',
    });
    const second = await listen(
      'whatsgate',
      '--count',
      '1',
      '--receive-timeout',
      '100',
      '--cursor-file',
      cursorFile,
    ).done;
    expect(second.exitCode).toBe(0);
    expect(eventsOf(second.stdout).map((event) => event.message?.content.text)).toEqual(['after the cursor']);
  });

  it('refuses --cursor-file for other providers and for webhooks, as usage errors', async () => {
    const cursorFile = join(sandbox.folder, 'unused-cursor.json');
    const greenApi = await listen('green-api-telegram', '--count', '1', '--cursor-file', cursorFile).done;
    expect(greenApi.exitCode).toBe(2);
    expect(JSON.parse(greenApi.stderr)).toEqual({
      error: { code: 'usage', message: expect.stringMatching(/^--cursor-file works only with whatsgate/) },
    });
    const webhook = await listen('whatsgate', '--port', '0', '--cursor-file', cursorFile).done;
    expect(webhook.exitCode).toBe(2);
    expect(JSON.parse(webhook.stderr)).toEqual({
      error: { code: 'usage', message: expect.stringMatching(/^--cursor-file is for polling/) },
    });
    expect(existsSync(cursorFile)).toBe(false);
  });

  it('refuses a --cursor-file that is not a cursor file', async () => {
    const cursorFile = join(sandbox.configFile);
    const result = await listen('whatsgate', '--count', '1', '--cursor-file', cursorFile).done;
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stderr)).toEqual({
      error: {
        code: 'failed',
        message: expect.stringMatching(/switchboard\.config\.json is not a Whatsgate cursor file/),
      },
    });
  });
});
