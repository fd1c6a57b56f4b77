import { afterAll, beforeAll } from 'vitest';
import { createKeepAliveFetch } from '../../../src/transport/node/create-keep-alive-fetch.js';
import type { KeepAliveFetch } from '../../../src/transport/node/keep-alive-fetch-options.js';
import { type LoopbackServer, startLoopbackServer } from '../loopback-server.js';

/** A loopback server (answering `{}` until a test resets it) and a keep-alive fetch, for one test file. */
export interface KeepAliveLoopback {
  /** Started in `beforeAll`, closed in `afterAll`. */
  server: LoopbackServer;
  /** Closed in `afterAll`. */
  readonly keepAliveFetch: KeepAliveFetch;
}

/**
 * Registers the hooks that start the server before the file's tests and close it and the keep-alive
 * fetch after them.
 *
 * @example
 * const loopback = useKeepAliveLoopback();
 * it('…', async () => { await loopback.keepAliveFetch(loopback.server.url); });
 */
export function useKeepAliveLoopback(): KeepAliveLoopback {
  const loopback = { keepAliveFetch: createKeepAliveFetch() } as KeepAliveLoopback;
  beforeAll(async () => {
    loopback.server = await startLoopbackServer((_recorded, response) => response.end('{}'));
  });
  afterAll(async () => {
    await loopback.keepAliveFetch.close();
    await loopback.server.close();
  });
  return loopback;
}
