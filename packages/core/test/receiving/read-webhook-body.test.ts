import { describe, expect, it } from 'vitest';
import { MessengerError } from '../../src/errors/messenger-error.js';
import { readWebhookBody, type WebhookBodySource } from '../../src/receiving/read-webhook-body.js';

const source: WebhookBodySource = { provider: 'acme', label: 'ACME' };

async function rejectionOf(promise: Promise<unknown>): Promise<MessengerError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof MessengerError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('readWebhookBody', () => {
  it('parses JSON text and JSON bytes, and returns parsed values as they are', async () => {
    expect(await readWebhookBody('{"a":1}', source)).toEqual({ a: 1 });
    expect(await readWebhookBody(new TextEncoder().encode('[1,2]'), source)).toEqual([1, 2]);
    const body = { typeWebhook: 'x' };
    expect(await readWebhookBody(body, source)).toBe(body);
    expect(await readWebhookBody(null, source)).toBeNull();
  });

  it('verifies a Request before reading it, then parses its body', async () => {
    const seen: string[] = [];
    const request = new Request('http://127.0.0.1/hook', {
      method: 'POST',
      headers: { authorization: 'Bearer t0ken' },
      body: '{"ok":true}',
    });
    const body = await readWebhookBody(request, {
      ...source,
      verify: (incoming) => seen.push(incoming.headers.get('authorization') ?? ''),
    });
    expect(body).toEqual({ ok: true });
    expect(seen).toEqual(['Bearer t0ken']);
  });

  it('does not read the body when verification throws', async () => {
    const request = new Request('http://127.0.0.1/hook', { method: 'POST', body: '{}' });
    const refusal = new MessengerError('refused', { code: 'auth' });
    const verify = () => {
      throw refusal;
    };
    await expect(readWebhookBody(request, { ...source, verify })).rejects.toBe(refusal);
    expect(request.bodyUsed).toBe(false);
  });

  it('rejects text that is not JSON with invalid-request naming the provider, without quoting the body', async () => {
    const error = await rejectionOf(readWebhookBody('secret-token-text', source));
    expect(error.code).toBe('invalid-request');
    expect(error.provider).toBe('acme');
    expect(error.message).toBe('ACME webhook body is not JSON');
    const fromRequest = await rejectionOf(
      readWebhookBody(new Request('http://127.0.0.1/', { method: 'POST', body: 'nope' }), source),
    );
    expect(fromRequest.message).toBe('ACME webhook body is not JSON');
  });
});
