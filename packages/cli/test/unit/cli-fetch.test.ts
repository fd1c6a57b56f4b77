import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCliRun, withCliFetch } from '../../src/config/cli-fetch.js';

/** The fetch `withCliFetch` gives a config that names none. */
function cliFetch(): typeof globalThis.fetch {
  return withCliFetch({ provider: 'green-api' }).options?.fetch as typeof globalThis.fetch;
}

describe('withCliFetch', () => {
  const server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ path: request.url }));
  });
  let origin = '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await openCliRun()();
    await new Promise((resolve) => server.close(resolve));
  });

  it('gives every config one shared keep-alive fetch that works, keeping the other options', async () => {
    const first = withCliFetch({ provider: 'green-api', options: { idInstance: '1101000001' } });
    const second = withCliFetch({ provider: 'whatsgate' });
    const fetch = first.options?.fetch as typeof globalThis.fetch & { close(): Promise<void> };
    expect(first.options?.idInstance).toBe('1101000001');
    expect(typeof fetch.close).toBe('function');
    expect(second.options?.fetch).toBe(fetch);
    expect(await (await fetch(`${origin}/ping`)).json()).toEqual({ path: '/ping' });
  });

  it('keeps a fetch the config names', () => {
    const ownFetch = (async () => new Response('{}')) as typeof globalThis.fetch;
    const config = { provider: 'sdkwa', options: { fetch: ownFetch } };
    expect(withCliFetch(config)).toBe(config);
  });

  it('closes the shared fetch when the last open run ends, and hands out a new one afterwards', async () => {
    const endFirst = openCliRun();
    const endSecond = openCliRun();
    const firstFetch = cliFetch();
    await endFirst();
    await endFirst();
    expect(await (await firstFetch(`${origin}/still-open`)).json()).toEqual({ path: '/still-open' });
    await endSecond();
    await expect(firstFetch(`${origin}/after-close`)).rejects.toThrow('fetch failed');
    const nextFetch = cliFetch();
    expect(nextFetch).not.toBe(firstFetch);
    expect(await (await nextFetch(`${origin}/again`)).json()).toEqual({ path: '/again' });
  });
});
