import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

/** Whether `redis-server` can be started on this machine. */
export const isRedisServerInstalled = spawnSync('redis-server', ['--version']).status === 0;

/**
 * Skip Redis tests on a developer machine without `redis-server`; in CI (`CI` set) run them anyway, so they
 * fail with {@link startRedisServer}'s message instead of passing silently.
 */
export const shouldSkipRedisTests = !isRedisServerInstalled && process.env.CI === undefined;

/**
 * A throwaway Redis on 127.0.0.1.
 *
 * @example
 * ```ts
 * const redis = await startRedisServer();
 * createRedisIdempotencyStore({ url: redis.url });
 * await redis.stop();
 * ```
 */
export interface RunningRedisServer {
  url: string;
  stop(): Promise<void>;
}

async function findFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('could not pick a free port');
  return address.port;
}

function waitUntilReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${output}`));
    });
  });
}

/**
 * Starts `redis-server` on a free 127.0.0.1 port without persistence (the approach of `@switchboard/redis`'s
 * own tests). Throws a message saying how to install it when it is missing.
 *
 * @example
 * ```ts
 * const redis = await startRedisServer();
 * ```
 */
export async function startRedisServer(): Promise<RunningRedisServer> {
  if (!isRedisServerInstalled) {
    throw new Error(
      'redis-server is not installed, so the two-worker failover test cannot run. ' +
        'Install it (apt-get install -y redis-server); .ci/run does this in CI.',
    );
  }
  for (let attempt = 1; ; attempt += 1) {
    const port = await findFreePort();
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      await waitUntilReady(child);
    } catch (error) {
      child.kill('SIGKILL');
      if (attempt < 3) continue; // the port was taken in between: pick another
      throw error;
    }
    return {
      url: `redis://127.0.0.1:${port}`,
      stop: () =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    };
  }
}
