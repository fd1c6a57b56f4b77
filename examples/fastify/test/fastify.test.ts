import type { MessengerEvent } from '@switchboard/core';
import { whatsgateFixtures } from '@switchboard/testing';
import { createWhatsgateMessenger } from '@switchboard/whatsgate';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/create-app.js';

const webhookSecret = 'example-webhook-secret';
const delivery = whatsgateFixtures.incomingTextWebhook;
const handled: MessengerEvent[] = [];
let app: FastifyInstance;
let url: string;

beforeAll(async () => {
  const messenger = createWhatsgateMessenger({
    apiKey: 'unused-in-this-test',
    whatsappId: delivery.whatsapp_id,
    webhookSecret,
  });
  app = createApp({ messengers: [messenger], onEvent: (event) => void handled.push(event) });
  url = `${await app.listen({ port: 0, host: '127.0.0.1' })}/webhooks/${delivery.whatsapp_id}`;
});

afterAll(() => app?.close());

const post = (secret: string) =>
  fetch(`${url}?secret=${secret}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(delivery),
  });

describe('Fastify 5 recipe: Whatsgate webhooks', () => {
  it('refuses a delivery without the callback secret', async () => {
    const response = await post('wrong-secret');
    expect(response.status).toBe(401);
    expect(handled).toEqual([]);
  });

  it('handles a signed delivery once, however often Whatsgate delivers it, and answers {"result":"OK","id":…}', async () => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await post(webhookSecret);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ result: 'OK', id: delivery.id });
    }
    expect(handled).toHaveLength(1);
    expect(handled[0]).toMatchObject({
      type: 'message-received',
      provider: 'whatsgate',
      instanceId: delivery.whatsapp_id,
      message: { content: { type: 'text', text: delivery.event_data.message.body } },
    });
  });
});
