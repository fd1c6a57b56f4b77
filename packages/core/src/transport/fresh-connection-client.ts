/** The part of Deno's namespace this uses (feature-detected; nothing is imported). */
interface DenoHttpClients {
  createHttpClient(options: { poolMaxIdlePerHost: number }): object;
}

let client: object | undefined;

/**
 * On Deno, an HTTP client that keeps no idle connection, for sending requests that must not be sent
 * twice; elsewhere `undefined`. Deno's `fetch` re-sends a request by itself when a reused keep-alive
 * connection drops after the server has read it, below any retry policy; on a fresh connection it
 * does not. The price is a new connection (and TLS handshake) per non-idempotent request, on Deno
 * only. Created once per process, on first use.
 */
export function freshConnectionClient(): object | undefined {
  const deno = (globalThis as { Deno?: Partial<DenoHttpClients> }).Deno;
  if (typeof deno?.createHttpClient !== 'function') return undefined;
  client ??= deno.createHttpClient({ poolMaxIdlePerHost: 0 });
  return client;
}
