import { createWebhookHandler } from '@switchboard/core';
import {
  hexId,
  startWhatsgateEmulator,
  type WhatsgateEmulator,
  type WhatsgateEvent,
} from '@switchboard/testing';
import { createWhatsgateAccount } from '@switchboard/whatsgate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { soakText } from './support/soak-markers.js';
import {
  observeResponses,
  startWebhookListener,
  type WebhookListener,
} from './support/start-webhook-listener.js';
import { sleep } from './support/wait-until.js';
import { createWebhookSoakHarness } from './support/webhook-soak-harness.js';

const messagesPerSession = 2_500;
const webhookTimeoutMilliseconds = 400;
const sessionIds = ['6317e1800a3f1', '6317e1800a3f2'];
const soak = createWebhookSoakHarness(webhookTimeoutMilliseconds);
const { seed, secretRandom, scanner, ledger, failures, slowMarkers } = soak;
const webhookSecret = hexId(32, secretRandom).toLowerCase();
scanner.addSecret(webhookSecret);

let emulator: WhatsgateEmulator;
let listener: WebhookListener;
let handler: (request: Request) => Promise<Response> = async () => new Response(null, { status: 503 });

const callbackUrl = (whatsappId: string) => `${listener.url}/whatsgate/${whatsappId}?secret=${webhookSecret}`;

beforeAll(async () => {
  // The callback URLs name the listener, so it starts first and gets its handler once the emulator runs.
  listener = await startWebhookListener(observeResponses((request) => handler(request), soak.recordAnswer));
  emulator = await startWhatsgateEmulator({
    seed,
    automaticAcks: [],
    webhookRetries: 30,
    webhookRetryDelayMilliseconds: 5,
    webhookTimeoutMilliseconds,
    sessions: sessionIds.map((whatsappId, index) => ({
      name: `shop-${index}`,
      whatsappId,
      callback: callbackUrl(whatsappId),
    })),
  });
  scanner.addSecret(emulator.apiKey);
  const account = createWhatsgateAccount({ apiKey: emulator.apiKey, baseUrl: emulator.url, webhookSecret });
  handler = createWebhookHandler({
    messengers: sessionIds.map((whatsappId) => account.messenger(whatsappId)),
    ...soak.handlerOptions(),
  });
});

afterAll(async () => {
  await emulator?.close();
  await listener?.close();
});

/** Posts a stored event again, as a provider's duplicate delivery would. */
async function pushAgain(event: WhatsgateEvent): Promise<{ status: number; body: unknown }> {
  const response = await fetch(callbackUrl(event.whatsapp_id), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
  });
  const text = await response.text();
  scanner.recordText('duplicate answer', text);
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

describe('webhook soak: Whatsgate pushes to createWebhookHandler behind the Node listener', () => {
  it(`handles ${2 * messagesPerSession} pushed messages exactly once with the {"result":"OK","id":…} answer (seed ${seed})`, async () => {
    const expected: string[] = [];
    const duplicates: Array<Promise<{ status: number; body: unknown }>> = [];
    for (let number = 0; number < messagesPerSession; number += 1) {
      for (const [index, whatsappId] of sessionIds.entries()) {
        const marker = `gate-${index}-${number}`;
        expected.push(marker);
        if (number % 97 === 50) slowMarkers.add(marker);
        emulator.control.injectIncomingMessage(whatsappId, {
          kind: 'text',
          from: `7999111${String(index).padStart(4, '0')}`,
          body: soakText(marker),
        });
        if (number % 40 === 3) {
          const event = emulator.control.events({ whatsappId }).at(-1)!;
          duplicates.push(pushAgain(event));
        }
      }
      if (number % 50 === 49) await sleep(1);
    }
    await soak.waitForAllHandled(expected);
    await emulator.control.webhookIdle();
    const duplicateAnswers = await Promise.all(duplicates);

    expect(expected.length).toBeGreaterThanOrEqual(5000);
    expect(ledger.missing(expected)).toEqual([]);
    expect(ledger.duplicates()).toEqual([]);
    // Every stored event was finally acknowledged with {"result":"OK","id":<its id>}.
    const deliveries = emulator.control.webhookDeliveries();
    const acknowledged = new Set(
      deliveries
        .filter((delivery) => delivery.accepted)
        .map((delivery) => (delivery.body as WhatsgateEvent).id),
    );
    const events = emulator.control.events();
    expect(events.filter((event) => !acknowledged.has(event.id)).map((event) => event.id)).toEqual([]);
    expect(deliveries.some((delivery) => delivery.status === 503)).toBe(true);
    expect(deliveries.some((delivery) => delivery.status === undefined)).toBe(true);
    for (const answer of duplicateAnswers) {
      expect([200, 503]).toContain(answer.status);
      if (answer.status === 200) expect(answer.body).toMatchObject({ result: 'OK' });
    }
    expect(failures.total).toBeGreaterThan(100);
    expect(scanner.leaks).toEqual([]);
  }, 720_000);

  it('answers a wrong or missing secret with 401 and never echoes a secret', async () => {
    const [whatsappId] = sessionIds;
    const event = emulator.control.events({ whatsappId: whatsappId! }).at(-1)!;
    for (const query of ['?secret=wrong', '', `?secret=${emulator.apiKey}`]) {
      const response = await fetch(`${listener.url}/whatsgate/${whatsappId}${query}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...event, id: 999_999 }),
      });
      expect(response.status).toBe(401);
      scanner.recordText('401 answer', await response.text());
    }
    expect(scanner.leaks).toEqual([]);
  });
});
