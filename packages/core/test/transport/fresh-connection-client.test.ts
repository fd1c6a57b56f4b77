import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpTransport } from '../../src/transport/create-http-transport.js';

const isDeno = 'Deno' in globalThis;

describe.skipIf(isDeno)("the global fetch on Deno (Deno's namespace faked)", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends non-idempotent requests through one pool-less client, and idempotent ones without it', async () => {
    const clients: object[] = [];
    const createHttpClient = vi.fn((options: { poolMaxIdlePerHost: number }) => {
      const client = { options };
      clients.push(client);
      return client;
    });
    const inits: Array<RequestInit & { client?: object }> = [];
    vi.stubGlobal('Deno', { createHttpClient });
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      inits.push(init);
      return new Response('{}', { headers: { 'content-type': 'application/json' } });
    });
    const transport = createHttpTransport({ provider: 'green-api', baseUrl: 'https://api.example.test/' });

    await transport.request({ method: 'POST', path: 'sendMessage', json: {} });
    await transport.request({ method: 'PATCH', path: 'edit', json: {} });
    await transport.request({ method: 'GET', path: 'getStateInstance' });
    await transport.request({ method: 'DELETE', path: 'deleteNotification' });

    expect(createHttpClient).toHaveBeenCalledTimes(1);
    expect(createHttpClient).toHaveBeenCalledWith({ poolMaxIdlePerHost: 0 });
    expect(inits.map((init) => init.client)).toEqual([clients[0], clients[0], undefined, undefined]);
  });

  it('leaves an injected fetch alone', async () => {
    const createHttpClient = vi.fn(() => ({}));
    vi.stubGlobal('Deno', { createHttpClient });
    const requests: Request[] = [];
    const transport = createHttpTransport({
      provider: 'green-api',
      baseUrl: 'https://api.example.test/',
      fetch: async (input) => {
        requests.push(input as Request);
        return new Response('{}');
      },
    });
    await transport.request({ method: 'POST', path: 'sendMessage', json: {} });
    expect(requests).toHaveLength(1);
    expect(createHttpClient).not.toHaveBeenCalled();
  });
});

describe('the global fetch elsewhere', () => {
  it.skipIf(isDeno)('adds no client option outside Deno', async () => {
    const inits: RequestInit[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      inits.push(init);
      return new Response('{}');
    });
    try {
      await createHttpTransport({ provider: 'sdkwa', baseUrl: 'https://api.example.test/' }).request({
        method: 'POST',
        path: 'sendMessage',
        json: {},
      });
    } finally {
      vi.unstubAllGlobals();
    }
    expect(inits).toHaveLength(1);
    expect('client' in (inits[0] ?? {})).toBe(false);
  });
});
