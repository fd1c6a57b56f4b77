import { describe, expect, it, vi } from 'vitest';
import { limitNesting, nestingPlaceholder, readWebhookBody, webhookBodyItems } from '../../src/adapter.js';
import { isMessengerError } from '../../src/index.js';

// Issue 15, item 9: bodies are bounded while they stream and one request carries a bounded number of
// notifications; item 11: whatever nests deeper than 64 levels is cut, so events stay serialisable.

const source = { provider: 'acme', label: 'ACME' };

/** A chunked request body of `total` bytes that records how much of it was pulled. */
function streamingRequest(total: number, chunkBytes = 64 * 1024) {
  const counter = { pulled: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) {
        controller.close();
        return;
      }
      counter.pulled += chunkBytes;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
  });
  const request = new Request('http://127.0.0.1/hook', {
    method: 'POST',
    body,
    duplex: 'half',
  } as RequestInit);
  return { request, counter };
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('readWebhookBody limits', () => {
  it('stops reading a chunked body without Content-Length as soon as it passes the limit', async () => {
    const { request, counter } = streamingRequest(256 * 1024 * 1024);
    const error = await failureOf(readWebhookBody(request, { ...source, maximumBodyBytes: 1_000_000 }));
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
    expect((error as { status?: number }).status).toBe(413);
    expect(counter.pulled).toBeLessThan(2_000_000);
  });

  it('refuses a declared Content-Length above the limit before reading', async () => {
    const request = new Request('http://127.0.0.1/hook', {
      method: 'POST',
      body: 'x'.repeat(2000),
      headers: { 'content-length': '2000' },
    });
    const error = await failureOf(readWebhookBody(request, { ...source, maximumBodyBytes: 1000 }));
    expect((error as { status?: number }).status).toBe(413);
  });

  it('applies the default limit of 1,000,000 bytes to text and bytes too', async () => {
    const text = `"${'x'.repeat(1_000_001)}"`;
    expect(((await failureOf(readWebhookBody(text, source))) as { status?: number }).status).toBe(413);
    const bytes = new TextEncoder().encode(text);
    expect(((await failureOf(readWebhookBody(bytes, source))) as { status?: number }).status).toBe(413);
  });
});

describe('readWebhookBody on a runtime that cannot parse a body', () => {
  // Node, Bun and Deno parse 500,000 levels (the most a 1,000,000-byte body holds); a runtime whose parser
  // recurses would throw a RangeError instead of a SyntaxError. That must still be a typed refusal.
  it('refuses a body too deep for the parser with an invalid-request error, not a crash', async () => {
    const parse = vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    try {
      const error = await failureOf(readWebhookBody(`${'['.repeat(5000)}${']'.repeat(5000)}`, source));
      expect(isMessengerError(error, 'invalid-request')).toBe(true);
      expect((error as Error).message).toBe('ACME webhook body nests too deep to parse');
    } finally {
      parse.mockRestore();
    }
  });

  it('still calls text that is not JSON not JSON', async () => {
    const error = await failureOf(readWebhookBody('{"a":', source));
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
    expect((error as Error).message).toBe('ACME webhook body is not JSON');
  });
});

describe('webhookBodyItems', () => {
  it('gives an object body as one item and a short array as its items', () => {
    expect(webhookBodyItems({ a: 1 }, source)).toEqual([{ a: 1 }]);
    expect(webhookBodyItems([1, 2], source)).toEqual([1, 2]);
  });

  it('refuses an array of more than maximumEvents notifications', () => {
    const body = new Array(300_001).fill(0);
    expect(() => webhookBodyItems(body, source)).toThrow(
      expect.objectContaining({ code: 'invalid-request' }),
    );
    expect(() => webhookBodyItems([1, 2, 3], { ...source, maximumEvents: 2 })).toThrow(
      expect.objectContaining({ code: 'invalid-request' }),
    );
  });
});

describe('limitNesting', () => {
  function nested(depth: number): unknown {
    let value: unknown = 'leaf';
    for (let level = 0; level < depth; level += 1) value = { child: value };
    return value;
  }

  it('returns a shallow value itself', () => {
    const value = { a: [1, { b: 2 }] };
    expect(limitNesting(value)).toBe(value);
  });

  /** How many objects deep `key` leads from `value`, and what is at the bottom. */
  function descend(value: unknown, key: string): { depth: number; bottom: unknown } {
    let depth = 0;
    let cursor = value;
    while (typeof cursor === 'object' && cursor !== null) {
      cursor = (cursor as Record<string, unknown>)[key];
      depth += 1;
    }
    return { depth, bottom: cursor };
  }

  // Whether JSON.stringify of the uncut body throws depends on the runtime's stack (Node: yes; Bun and Deno
  // serialise 10,000 levels), so the test checks the cut itself: 64 levels, then the placeholder.
  it('cuts a 10,000-deep body at 64 levels, so JSON.stringify works', () => {
    const veryDeep = JSON.parse(`${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`) as unknown;
    expect(descend(veryDeep, 'a').depth).toBe(10_000);
    const cut = limitNesting(veryDeep);
    expect(descend(cut, 'a')).toEqual({ depth: 64, bottom: nestingPlaceholder });
    expect(() => JSON.stringify(cut)).not.toThrow();
    expect(descend(limitNesting(JSON.parse(JSON.stringify(nested(100)))), 'child')).toEqual({
      depth: 64,
      bottom: nestingPlaceholder,
    });
  });

  it('keeps __proto__ keys as data', () => {
    const body = JSON.parse(
      `${'{"x":'.repeat(70)}{"__proto__":{"polluted":true}}${'}'.repeat(70)}`,
    ) as unknown;
    const cut = limitNesting(body, 100) as Record<string, unknown>;
    expect(cut).toBe(body);
    const shallow = limitNesting(JSON.parse('{"__proto__":{"polluted":true},"a":{"b":{}}}'), 1) as object;
    expect(Object.hasOwn(shallow, '__proto__')).toBe(true);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
