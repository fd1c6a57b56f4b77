import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { sdkwaFixtures } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBun, portabilityBun } from './find-bun.js';
import { environment, postDelivery, webhookPath } from './sdkwa-delivery.js';

const bun = findBun();
const skipReason = `skipped: no Bun ($BUN, bun on the PATH, or ${portabilityBun} from \`node bench/portability.mjs --runtimes bun\`)`;
const lines: string[] = [];
let server: ChildProcess | undefined;
let url: string;

/** Stops the Bun server and waits until it exited, so every line it printed has been read. */
async function stopServer(): Promise<void> {
  if (server === undefined || server.exitCode !== null || server.signalCode !== null) return;
  const exited = once(server, 'exit');
  server.kill('SIGTERM');
  await exited;
}

beforeAll(async () => {
  if (bun === undefined) return;
  server = spawn(bun, ['src/bun-server.ts'], {
    cwd: new URL('..', import.meta.url).pathname,
    env: { ...process.env, ...environment, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const output = createInterface({ input: server.stdout! });
  const closed = once(output, 'close');
  output.on('line', (line) => lines.push(line));
  const listening = new Promise<string>((resolve, reject) => {
    output.on('line', (line) => line.startsWith('listening ') && resolve(line.slice('listening '.length)));
    void closed.then(() => reject(new Error(`bun exited before listening: ${lines.join('\n')}`)));
  });
  url = new URL(webhookPath, await listening).href;
}); // starting a runtime process: the workspace's 120 s hook budget (vitest.shared.ts)

afterAll(stopServer);

describe('Hono recipe on Bun (Bun.serve): SDKWA webhooks', () => {
  it.skipIf(bun === undefined)(
    `handles a signed delivery once and answers 200; refuses an unsigned one${bun === undefined ? ` (${skipReason})` : ''}`,
    async () => {
      expect((await postDelivery(url, 'wrong-token')).status).toBe(401);
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const response = await postDelivery(url, environment.SDKWA_WEBHOOK_URL_TOKEN);
        expect(response.status).toBe(200);
        expect(await response.text()).toBe('');
      }
      await stopServer();
      const { idMessage } = sdkwaFixtures.incomingTextNotification.body;
      const handled = lines.filter((line) => line.startsWith('handled '));
      expect(handled).toHaveLength(1);
      expect(handled[0]).toMatch(new RegExp(`^handled message-received \\S*${idMessage}`));
    },
    60_000,
  );
});
