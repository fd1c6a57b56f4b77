import type { AddressInfo } from 'node:net';
import type { MessengerEvent } from '@switchboard/core';
import { createGreenApiMessenger } from '@switchboard/green-api';
import { greenApiFixtures } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/create-app.js';

const webhookUrlToken = 'example-webhook-url-token';
const delivery = greenApiFixtures.incomingTextMessage;
const handled: MessengerEvent[] = [];
let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const messenger = createGreenApiMessenger({
    network: 'whatsapp',
    idInstance: delivery.instanceData.idInstance,
    apiTokenInstance: 'unused-in-this-test',
    webhookUrlToken,
  });
  const server = createApp({ messengers: [messenger], onEvent: (event) => void handled.push(event) }).listen(
    0,
    '127.0.0.1',
  );
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/${delivery.instanceData.idInstance}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});

afterAll(() => close?.());

const post = (token: string) =>
  fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(delivery),
  });

describe('Express 5 recipe: GREEN-API webhooks', () => {
  it('refuses a delivery without the webhookUrlToken', async () => {
    const response = await post('wrong-token');
    expect(response.status).toBe(401);
    expect(handled).toEqual([]);
  });

  it('handles a signed delivery once, however often GREEN-API delivers it, and answers 200', async () => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await post(webhookUrlToken);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('');
    }
    expect(handled).toHaveLength(1);
    expect(handled[0]).toMatchObject({
      type: 'message-received',
      provider: 'green-api',
      instanceId: String(delivery.instanceData.idInstance),
      message: { content: { type: 'text', text: delivery.messageData.textMessageData.textMessage } },
    });
  });
});
