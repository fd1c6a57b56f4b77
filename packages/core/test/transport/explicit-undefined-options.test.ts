import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpTransport } from '../../src/transport/create-http-transport.js';

describe('createHttpTransport with options set to undefined', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('treats them as not given: the defaults apply (an app passing its own optional settings through)', async () => {
    let attempts = 0;
    vi.stubGlobal('fetch', async () => {
      attempts += 1;
      return attempts === 1 ? new Response('{}', { status: 503 }) : Response.json({ ok: true });
    });
    const transport = createHttpTransport({
      provider: 'acme',
      baseUrl: 'https://api.acme.example/v1',
      mediaUrl: undefined,
      timeoutMilliseconds: undefined,
      retry: undefined,
      fetch: undefined,
      headers: undefined,
      redactor: undefined,
      onLog: undefined,
      detectError: undefined,
    });
    await expect(transport.request({ method: 'GET', path: 'state' })).resolves.toEqual({ ok: true });
    expect(attempts).toBe(2); // the default retry policy retried the 503 of a read
  });
});
