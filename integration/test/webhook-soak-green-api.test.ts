import { createWebhookHandler, type Messenger } from '@switchboard/core';
import { type GreenApiEmulator, hexId } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGreenApiInstance } from './support/connect-green-api-instance.js';
import { soakText } from './support/soak-markers.js';
import { startAuthorizedGreenApiEmulator } from './support/start-authorized-green-api-emulator.js';
import {
  observeResponses,
  startWebhookListener,
  type WebhookListener,
} from './support/start-webhook-listener.js';
import { sleep } from './support/wait-until.js';
import { createWebhookSoakHarness } from './support/webhook-soak-harness.js';

const messagesPerInstance = 1_700;
const webhookTimeoutMilliseconds = 400;
const soak = createWebhookSoakHarness(webhookTimeoutMilliseconds);
const { seed, secretRandom, scanner, ledger, failures, answers, slowMarkers } = soak;

let emulator: GreenApiEmulator;
let listener: WebhookListener;
const webhookTokens = new Map<number, string>();

beforeAll(async () => {
  emulator = await startAuthorizedGreenApiEmulator({
    seed,
    typeInstances: ['whatsapp', 'telegram', 'v3'],
    timings: { webhookRetryDelayMilliseconds: 5, webhookAttempts: 30, webhookTimeoutMilliseconds },
  });
  const messengers: Messenger[] = emulator.instances.map((instance) => {
    const token = hexId(40, secretRandom).toLowerCase();
    webhookTokens.set(instance.idInstance, token);
    scanner.addSecret(token);
    scanner.addSecret(instance.apiTokenInstance);
    return connectGreenApiInstance(instance, { webhookUrlToken: token });
  });
  const handler = createWebhookHandler({ messengers, ...soak.handlerOptions() });
  listener = await startWebhookListener(observeResponses(handler, soak.recordAnswer));
  for (const instance of emulator.instances) {
    emulator.control.updateSettings(instance.idInstance, {
      webhookUrl: `${listener.url}/webhook/green-api/${instance.idInstance}`,
      webhookUrlToken: webhookTokens.get(instance.idInstance) ?? '',
    });
  }
});

afterAll(async () => {
  await emulator?.close();
  await listener?.close();
});

describe('webhook soak: GREEN-API pushes to createWebhookHandler behind the Node listener', () => {
  it(`handles ${3 * messagesPerInstance} pushed messages exactly once through 503 redeliveries, lost answers and duplicate pushes (seed ${seed})`, async () => {
    const expected: string[] = [];
    const pushedBodies = new Map<number, number>();
    for (let number = 0; number < messagesPerInstance; number += 1) {
      for (const [index, instance] of emulator.instances.entries()) {
        const marker = `green-${index}-${number}`;
        expected.push(marker);
        if (number % 97 === 50) slowMarkers.add(marker);
        const { body } = emulator.control.injectIncomingMessage(instance.idInstance, {
          kind: 'text',
          text: soakText(marker),
        });
        let pushes = 1;
        // The provider pushes the same notification twice.
        if (number % 40 === 3) {
          emulator.control.injectNotification(
            instance.idInstance,
            body as unknown as Record<string, unknown>,
          );
          pushes += 1;
        }
        pushedBodies.set(instance.idInstance, (pushedBodies.get(instance.idInstance) ?? 0) + pushes);
      }
      if (number % 50 === 49) await sleep(1);
    }
    await soak.waitForAllHandled(expected);
    await Promise.all(emulator.instances.map((instance) => emulator.control.settle(instance.idInstance)));

    expect(expected.length).toBeGreaterThanOrEqual(5000);
    expect(ledger.missing(expected)).toEqual([]);
    expect(ledger.duplicates()).toEqual([]);
    for (const instance of emulator.instances) {
      const deliveries = emulator.control.webhookDeliveries(instance.idInstance);
      // Every pushed body was finally accepted: none given up by the emulator.
      expect(deliveries.filter((delivery) => delivery.accepted).length).toBe(
        pushedBodies.get(instance.idInstance),
      );
      expect(deliveries.some((delivery) => delivery.status === 503)).toBe(true);
    }
    // Redeliveries after 503 and after lost answers really happened.
    expect(failures.total).toBeGreaterThan(100);
    expect(answers.get(503) ?? 0).toBe(failures.total);
    expect(
      emulator.instances
        .flatMap((instance) => emulator.control.webhookDeliveries(instance.idInstance))
        .filter((delivery) => delivery.status === undefined).length,
    ).toBeGreaterThan(0);
    expect(scanner.leaks).toEqual([]);
  }, 720_000);

  it('answers a wrong or missing token with 401 and never echoes a token', async () => {
    const [instance] = emulator.instances;
    const url = `${listener.url}/webhook/green-api/${instance!.idInstance}`;
    const body = JSON.stringify({ typeWebhook: 'incomingMessageReceived', idMessage: 'FORGED' });
    for (const authorization of ['Bearer wrong-token', '', `Bearer ${instance!.apiTokenInstance}`]) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization === '' ? {} : { authorization }) },
        body,
      });
      expect(response.status).toBe(401);
      scanner.recordText('401 answer', await response.text());
    }
    expect(ledger.count('FORGED')).toBe(0);
    expect(scanner.leaks).toEqual([]);
  });
});
