import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

let installed: boolean | undefined;

/**
 * Whether `redis-server` can be started on this machine (asked once, then remembered).
 *
 * @example
 * ```ts
 * if (!isRedisServerInstalled()) console.warn('install redis-server to run these tests');
 * ```
 */
export function isRedisServerInstalled(): boolean {
  installed ??= spawnSync('redis-server', ['--version']).status === 0;
  return installed;
}

/**
 * Whether Redis-backed tests should be skipped: only on a developer machine without `redis-server`. In CI
 * (`CI` set) they run anyway and fail with {@link startRedisServer}'s install hint instead of passing
 * silently.
 *
 * @example
 * ```ts
 * describe.skipIf(shouldSkipRedisTests())('the Redis store', () => { … });
 * ```
 */
export function shouldSkipRedisTests(): boolean {
  return !isRedisServerInstalled() && process.env.CI === undefined;
}

/**
 * A throwaway Redis on 127.0.0.1, started by {@link startRedisServer}.
 *
 * @example
 * ```ts
 * const redis: RunningRedisServer = await startRedisServer();
 * await redis.stop();
 * ```
 */
export interface RunningRedisServer {
  /** `redis://127.0.0.1:<port>` */
  url: string;
  /** Stops the server (it keeps no data on disk). */
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
    child.stdout?.on('data', (chunk: Uint8Array) => {
      output += new TextDecoder().decode(chunk);
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
 * Starts `redis-server` on a free 127.0.0.1 port without persistence, for tests of Redis-backed stores
 * and multi-process receiving. Throws an install hint when `redis-server` is missing.
 *
 * @example
 * ```ts
 * const redis = await startRedisServer();
 * const store = createRedisIdempotencyStore({ url: redis.url });
 * // …
 * await store.close();
 * await redis.stop();
 * ```
 */
export async function startRedisServer(): Promise<RunningRedisServer> {
  if (!isRedisServerInstalled()) {
    throw new Error(
      'redis-server is not installed, so the Redis-backed tests cannot run. ' +
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
