import { describe, expect, it } from 'vitest';
import { createMemoryIdempotencyStore, createWebhookHandler, type MessengerEvent } from '../../src/index.js';
import { defineMessenger } from '../../src/messenger/define-messenger.js';
import { textEvent } from './fake-messenger.js';

// Issue 15, item 3: deduplication keys belong to the messenger that authenticated the delivery. An
// adapter whose parser still attributes an event to the instance its body names cannot mark another
// instance's event as done.

/** A messenger whose parser takes the instance from the body, as the adapters once did. */
function trustingMessenger(instanceId: string) {
  return defineMessenger({
    provider: 'fake',
    network: 'whatsapp',
    instanceId,
    raw: undefined,
    capabilities: { inbox: { parseWebhook: true } },
    inbox: {
      parseWebhook: async (request) => {
        const body = (await request.json()) as { id: string; instance: string };
        return { events: [textEvent(body.id, 'hi', body.instance)], respond: () => new Response('ok') };
      },
    },
  });
}

describe('dedup keys scoped by the authenticating messenger', () => {
  it("a delivery to instance A naming B does not swallow B's genuine event with the same id", async () => {
    const handled: Array<[string, MessengerEvent]> = [];
    const store = createMemoryIdempotencyStore();
    const handlerFor = (instanceId: string) =>
      createWebhookHandler({
        messengers: [trustingMessenger(instanceId)],
        store,
        onEvent: (event, { messenger }) => {
          handled.push([messenger.instanceId, event]);
        },
      });
    const post = () =>
      new Request('http://127.0.0.1/hook', {
        method: 'POST',
        body: JSON.stringify({ id: '7', instance: 'B' }),
      });
    expect((await handlerFor('A')(post())).status).toBe(200);
    expect((await handlerFor('B')(post())).status).toBe(200);
    expect(handled.map(([receiver]) => receiver)).toEqual(['A', 'B']);
  });
});
