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
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(
      /^\{"error":\{"code":"error","message":"stopped after \d of 5 events"\}\}\n$/,
    );
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
});
