import { describe, expect, it } from 'vitest';
import { createWebhookHandler } from '../../src/index.js';
import { createFakeMessenger, webhookSecret } from './fake-messenger.js';

// Issue 15, "what held": regression tests for guarantees the attack round confirmed and no test pinned.

function delivery(body: string): Request {
  return new Request('http://127.0.0.1/hook', {
    method: 'POST',
    headers: { authorization: `Bearer ${webhookSecret}` },
    body,
  });
}

describe('held guarantees of the webhook handler', () => {
  it('handles 50 parallel copies of one delivery once, answering every copy 200', async () => {
    let calls = 0;
    const handler = createWebhookHandler({
      messengers: [createFakeMessenger()],
      onEvent: async () => {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
      },
    });
    const body = JSON.stringify({ events: [{ id: 'E1', text: 'hello' }] });
    const answers = await Promise.all(Array.from({ length: 50 }, () => handler(delivery(body))));
    expect(answers.map((answer) => answer.status)).toEqual(new Array(50).fill(200));
    expect(calls).toBe(1);
  });

  it('lets no body pollute a prototype', async () => {
    const seen: unknown[] = [];
    const handler = createWebhookHandler({
      messengers: [createFakeMessenger()],
      onEvent: (event) => {
        seen.push(event.raw);
      },
    });
    const body =
      '{"events":[{"id":"P1","text":"x","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}],"__proto__":{"polluted":true}}';
    expect((await handler(delivery(body))).status).toBe(200);
    expect(seen).toHaveLength(1);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect((Object.prototype as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
