import ky from 'ky';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isMessengerError } from '../../src/errors/messenger-error.js';
import { Redactor } from '../../src/redaction/redactor.js';
import { createHttpTransport } from '../../src/transport/create-http-transport.js';

const token = 'secret-token-1234567890';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the transport creates its ky instance on the first request', () => {
  it('creates none for a transport that never sends, then exactly one for every later request', async () => {
    const create = vi.spyOn(ky, 'create');
    const fetchFunction = vi.fn(async () => Response.json({ ok: true }));
    const transport = createHttpTransport({
      provider: 'green-api',
      baseUrl: 'https://api.example.test',
      fetch: fetchFunction,
    });
    expect(create).not.toHaveBeenCalled();
    await expect(transport.request({ method: 'GET', path: 'state' })).resolves.toEqual({ ok: true });
    await expect(transport.request({ method: 'POST', path: 'send', json: {} })).resolves.toEqual({
      ok: true,
    });
    expect(create).toHaveBeenCalledTimes(1);
    expect(fetchFunction).toHaveBeenCalledTimes(2);
  });

  it('still redacts a secret registered before the first request from the error of that request', async () => {
    const redactor = new Redactor([token]);
    const transport = createHttpTransport({
      provider: 'green-api',
      baseUrl: 'https://api.example.test',
      redactor,
      retry: false,
      fetch: async () => new Response(`no instance for ${token}`, { status: 404 }),
    });
    const error = await transport
      .request({ method: 'GET', path: `waInstance1/getState/${token}` })
      .catch((caught: unknown) => caught);
    expect(isMessengerError(error, 'not-found')).toBe(true);
    const text = JSON.stringify({ message: (error as Error).message, details: error });
    expect(text).not.toContain(token);
    expect(text).toContain('***');
  });

  it('asks for JSON through the fetch only when the request reads JSON and no header sets accept', async () => {
    const accepts: Array<string | null> = [];
    const transport = createHttpTransport({
      provider: 'green-api',
      baseUrl: 'https://api.example.test',
      fetch: async (input) => {
        accepts.push((input as Request).headers.get('accept'));
        return Response.json({});
      },
    });
    await transport.request({ method: 'GET', path: 'a' });
    await transport.request({ method: 'GET', path: 'b', responseType: 'text' });
    await transport.request({ method: 'GET', path: 'c', headers: { Accept: 'text/csv' } });
    expect(accepts).toEqual(['application/json', null, 'text/csv']);
  });
});
