import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { MessengerEvent } from '@switchboard/core';
import { sdkwaFixtures } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSdkwaApp } from '../src/create-sdkwa-app.js';
import { environment, postDelivery, webhookPath } from './sdkwa-delivery.js';

const handled: MessengerEvent[] = [];
let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const app = createSdkwaApp(environment, (event) => void handled.push(event));
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${webhookPath}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});

afterAll(() => close?.());

describe('Hono recipe on Node (@hono/node-server): SDKWA webhooks', () => {
  it('refuses a delivery without the webhookUrlToken', async () => {
    expect((await postDelivery(url, 'wrong-token')).status).toBe(401);
    expect(handled).toEqual([]);
  });

  it('handles a signed delivery once, however often SDKWA delivers it, and answers 200', async () => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await postDelivery(url, environment.SDKWA_WEBHOOK_URL_TOKEN);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('');
    }
    expect(handled).toHaveLength(1);
    expect(handled[0]).toMatchObject({
      type: 'message-received',
      provider: 'sdkwa',
      message: {
        id: sdkwaFixtures.incomingTextNotification.body.idMessage,
        content: { type: 'text', text: 'hello' },
      },
    });
  });
});
