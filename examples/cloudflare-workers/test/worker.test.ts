import type { MessengerEvent } from '@switchboard/core';
import { greenApiFixtures } from '@switchboard/testing';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const webhookUrlToken = 'example-webhook-url-token';
const delivery = greenApiFixtures.incomingTextMessage;
const url = `http://worker.example/webhooks/${delivery.instanceData.idInstance}`;
let worker: Miniflare;

beforeAll(async () => {
  worker = new Miniflare({
    modules: true,
    scriptPath: new URL('../dist/worker.mjs', import.meta.url).pathname,
    compatibilityDate: '2026-04-01',
    bindings: {
      GREEN_API_ID_INSTANCE: String(delivery.instanceData.idInstance),
      GREEN_API_API_TOKEN_INSTANCE: 'unused-in-this-test',
      GREEN_API_WEBHOOK_URL_TOKEN: webhookUrlToken,
    },
    kvNamespaces: ['EVENTS'],
  });
  await worker.ready;
}); // starting a runtime process: the workspace's 120 s hook budget (vitest.shared.ts)

afterAll(() => worker?.dispose());

const post = (token: string) =>
  worker.dispatchFetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(delivery),
  });

/** The part of a KV namespace the test reads (Miniflare types it from @cloudflare/workers-types). */
interface EventsNamespace {
  list(): Promise<{ keys: Array<{ name: string }> }>;
  get(key: string): Promise<string | null>;
}

async function storedEvents(): Promise<MessengerEvent[]> {
  const events = (await worker.getKVNamespace('EVENTS')) as unknown as EventsNamespace;
  const { keys } = await events.list();
  return Promise.all(keys.map(async ({ name }) => JSON.parse((await events.get(name)) ?? 'null')));
}

describe('Cloudflare Workers recipe (workerd through Miniflare): GREEN-API webhooks', () => {
  it('refuses a delivery without the webhookUrlToken', async () => {
    const response = await post('wrong-token');
    expect(response.status).toBe(401);
    await response.arrayBuffer();
    expect(await storedEvents()).toEqual([]);
  });

  it('handles a signed delivery once, however often GREEN-API delivers it, and answers 200', async () => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await post(webhookUrlToken);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('');
    }
    const events = await storedEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'message-received',
      provider: 'green-api',
      instanceId: String(delivery.instanceData.idInstance),
      message: { content: { type: 'text', text: delivery.messageData.textMessageData.textMessage } },
    });
  });
});
