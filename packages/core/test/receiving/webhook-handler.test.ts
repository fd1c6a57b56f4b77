import { describe, expect, it } from 'vitest';
import { MessengerError } from '../../src/errors/messenger-error.js';
import type { MessengerEvent } from '../../src/events/messenger-event.js';
import { createMemoryIdempotencyStore } from '../../src/receiving/create-memory-idempotency-store.js';
import { createWebhookHandler } from '../../src/receiving/create-webhook-handler.js';
import type { WebhookErrorContext } from '../../src/receiving/webhook-handler-options.js';
import { createFakeMessenger, webhookSecret } from './fake-messenger.js';

const authorized = { authorization: `Bearer ${webhookSecret}`, 'content-type': 'application/json' };

function post(path: string, body: BodyInit | null, headers: Record<string, string> = authorized): Request {
  return new Request(`http://127.0.0.1${path}`, { method: 'POST', headers, body });
}

function eventsBody(...ids: string[]): string {
  return JSON.stringify({ events: ids.map((id) => ({ id, text: `text ${id}` })) });
}

function streamOf(chunks: number, chunkSize: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent === chunks) return controller.close();
      sent += 1;
      controller.enqueue(new Uint8Array(chunkSize).fill(0x20));
    },
  });
}

describe('createWebhookHandler', () => {
  const messengers = [createFakeMessenger('instance-1'), createFakeMessenger('instance-2')];

  it("answers with the messenger's respond() and calls onEvent once per event", async () => {
    const seen: Array<[string, string]> = [];
    const handler = createWebhookHandler({
      messengers,
      onEvent: (event, { messenger }) => {
        seen.push([messenger.instanceId, event.id]);
      },
    });
    const response = await handler(post('/webhooks/instance-2', eventsBody('a', 'b')));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ result: 'OK', id: 'a' });
    expect(seen).toEqual([
      ['instance-2', 'a'],
      ['instance-2', 'b'],
    ]);
  });

  it('routes by the instance query parameter, by record keys and by a custom route', async () => {
    const seen: string[] = [];
    const onEvent = (event: MessengerEvent) => {
      seen.push(event.instanceId);
    };
    const byList = createWebhookHandler({ messengers, onEvent });
    expect((await byList(post('/hook?instance=instance-1', eventsBody('q')))).status).toBe(200);
    const byRecord = createWebhookHandler({
      messengers: { shop: messengers[1] as (typeof messengers)[1] },
      onEvent,
    });
    expect((await byRecord(post('/hook/shop', eventsBody('r')))).status).toBe(200);
    const custom = createWebhookHandler({
      route: (request) => (request.headers.get('x-tenant') === 'one' ? messengers[0] : undefined),
      onEvent,
    });
    expect(
      (await custom(post('/anything', eventsBody('c'), { ...authorized, 'x-tenant': 'one' }))).status,
    ).toBe(200);
    expect(seen).toEqual(['instance-1', 'instance-2', 'instance-1']);
  });

  it('answers 404 with a JSON message for an unknown instance', async () => {
    const handler = createWebhookHandler({ messengers, onEvent: () => {} });
    for (const path of ['/webhooks/instance-9', '/webhooks?instance=nope', '/']) {
      const response = await handler(post(path, eventsBody('a')));
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: 'not-found' } });
    }
  });

  it('rejects an oversized body by Content-Length and by its streamed size with 413', async () => {
    let calls = 0;
    const handler = createWebhookHandler({
      messengers,
      maxBodyBytes: 1000,
      onEvent: () => {
        calls += 1;
      },
    });
    const declared = await handler(post('/instance-1', 'x'.repeat(1001)));
    expect(declared.status).toBe(413);
    // Refused on the header alone, before reading anything.
    const announced = await handler(
      post('/instance-1', eventsBody('small'), { ...authorized, 'content-length': '5000' }),
    );
    expect(announced.status).toBe(413);
    const streamed = new Request('http://127.0.0.1/instance-1', {
      method: 'POST',
      headers: authorized,
      body: streamOf(50, 100),
      duplex: 'half',
    } as RequestInit);
    const response = await handler(streamed);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'payload-too-large' } });
    expect((await handler(post('/instance-1', eventsBody('fits')))).status).toBe(200);
    expect(calls).toBe(1);
  });

  it('answers 400 with a clear JSON message for a malformed body', async () => {
    const handler = createWebhookHandler({ messengers, onEvent: () => {} });
    for (const body of ['{not json', '[]', '{"events": 3}', '']) {
      const response = await handler(post('/instance-1', body));
      expect(response.status).toBe(400);
      const answer = (await response.json()) as { error: { code: string; message: string } };
      expect(answer.error.code).toBe('invalid-request');
      expect(answer.error.message).toMatch(/JSON|events/);
    }
  });

  it('answers 401 for a forged or missing secret without calling onEvent or echoing the secret', async () => {
    let calls = 0;
    const handler = createWebhookHandler({
      messengers,
      onEvent: () => {
        calls += 1;
      },
    });
    for (const headers of [{ authorization: 'Bearer forged' }, {}] as Array<Record<string, string>>) {
      const response = await handler(post('/instance-1', eventsBody('a'), headers));
      expect(response.status).toBe(401);
      const text = await response.text();
      expect(text).toContain('"auth"');
      expect(text).not.toContain(webhookSecret);
    }
    expect(calls).toBe(0);
  });

  it('answers 503 when the handler failed and processes the redelivery', async () => {
    let failuresLeft = 1;
    const handled: string[] = [];
    const reported: WebhookErrorContext[] = [];
    const handler = createWebhookHandler({
      messengers,
      onEvent: (event) => {
        if (event.id === 'b' && failuresLeft-- > 0) throw new Error('database down');
        handled.push(event.id);
      },
      onError: (_error, context) => reported.push(context),
    });
    const failed = await handler(post('/instance-1', eventsBody('a', 'b')));
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('5');
    expect(reported.map((context) => context.phase)).toEqual(['handler']);
    const redelivered = await handler(post('/instance-1', eventsBody('a', 'b')));
    expect(redelivered.status).toBe(200);
    expect(handled).toEqual(['a', 'b']);
  });

  it('writes retryAfterMilliseconds as a Retry-After in whole seconds, rounded up', async () => {
    for (const [retryAfterMilliseconds, header] of [
      [1500, '2'],
      [2000, '2'],
      [1, '1'],
    ] as const) {
      const handler = createWebhookHandler({
        messengers,
        retryAfterMilliseconds,
        onEvent: () => {
          throw new Error('database down');
        },
      });
      const failed = await handler(post('/instance-1', eventsBody('a')));
      expect(failed.status).toBe(503);
      expect(failed.headers.get('retry-after')).toBe(header);
    }
    expect(() => createWebhookHandler({ messengers, onEvent: () => {}, retryAfterMilliseconds: 0 })).toThrow(
      /retryAfterMilliseconds/,
    );
  });

  it('deduplicates repeated deliveries of the same event, also across handlers sharing a store', async () => {
    const store = createMemoryIdempotencyStore();
    const handled: string[] = [];
    const onEvent = (event: MessengerEvent) => {
      handled.push(event.id);
    };
    const first = createWebhookHandler({ messengers, store, onEvent });
    const second = createWebhookHandler({ messengers, store, onEvent });
    for (const handler of [first, first, second]) {
      expect((await handler(post('/instance-1', eventsBody('dup')))).status).toBe(200);
    }
    expect(handled).toEqual(['dup']);
  });

  it('makes a copy that arrives while the same event is handled wait for it, then skips it', async () => {
    let finish: () => void = () => {};
    let calls = 0;
    const handler = createWebhookHandler({
      messengers,
      onEvent: async () => {
        calls += 1;
        await new Promise<void>((resolve) => {
          finish = resolve;
        });
      },
    });
    const original = handler(post('/instance-1', eventsBody('slow')));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const copy = handler(post('/instance-1', eventsBody('slow')));
    await new Promise((resolve) => setTimeout(resolve, 5));
    finish();
    expect((await original).status).toBe(200);
    expect((await copy).status).toBe(200);
    expect(calls).toBe(1);
  });

  it('answers 503 to a copy another process is handling, then 200 once it is done', async () => {
    const store = createMemoryIdempotencyStore();
    let finish: () => void = () => {};
    let calls = 0;
    const onEvent = async () => {
      calls += 1;
      await new Promise<void>((resolve) => {
        finish = resolve;
      });
    };
    const processOne = createWebhookHandler({ messengers, store, onEvent });
    const processTwo = createWebhookHandler({ messengers, store, onEvent });
    const original = processOne(post('/instance-1', eventsBody('shared')));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const copy = await processTwo(post('/instance-1', eventsBody('shared')));
    expect(copy.status).toBe(503);
    expect(await copy.json()).toMatchObject({ error: { code: 'in-progress' } });
    finish();
    expect((await original).status).toBe(200);
    expect((await processTwo(post('/instance-1', eventsBody('shared')))).status).toBe(200);
    expect(calls).toBe(1);
  });

  it('never throws: parser bugs give 500, store failures 503, unsupported webhooks 404', async () => {
    const brokenStore = createMemoryIdempotencyStore();
    brokenStore.setIfAbsent = () => Promise.reject(new Error('redis down'));
    const buggy = createFakeMessenger('buggy');
    buggy.inbox.parseWebhook = () => Promise.reject(new TypeError('cannot read properties of undefined'));
    const unsupported = createFakeMessenger('unsupported');
    unsupported.inbox.parseWebhook = () =>
      Promise.reject(new MessengerError('no webhooks', { code: 'unsupported', provider: 'fake' }));
    const handler = createWebhookHandler({
      messengers: [buggy, unsupported, ...messengers],
      onEvent: () => {},
    });
    expect((await handler(post('/buggy', eventsBody('a')))).status).toBe(500);
    expect((await handler(post('/unsupported', eventsBody('a')))).status).toBe(404);
    const withBrokenStore = createWebhookHandler({ messengers, store: brokenStore, onEvent: () => {} });
    expect((await withBrokenStore(post('/instance-1', eventsBody('a')))).status).toBe(503);
  });

  it('rejects invalid options and ambiguous messenger lists at creation', () => {
    expect(() => createWebhookHandler({ onEvent: () => {} })).toThrow(/messengers or a route/);
    expect(() => createWebhookHandler({ messengers, onEvent: () => {}, maxBodyBytes: -1 })).toThrow(
      /maxBodyBytes/,
    );
    const twin = createFakeMessenger('instance-1');
    expect(() => createWebhookHandler({ messengers: [...messengers, twin], onEvent: () => {} })).toThrow(
      /record/,
    );
  });
});
