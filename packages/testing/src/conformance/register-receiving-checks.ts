import { isMessengerError } from '@switchboard/core';
import { expect, it } from 'vitest';
import { collectErrorText } from './collect-error-text.js';
import type { ConformanceCheckContext } from './conformance-check-context.js';
import { expectEventShape } from './expect-event-shape.js';
import { incomingWith } from './incoming-with.js';
import { matchesIncoming } from './matches-incoming.js';
import { isIncomingWithText, receiveMatchingEvent } from './receive-matching-event.js';
import { uniqueMarker } from './unique-marker.js';

/** Registers the receiving checks: polling with redelivery, every incoming kind, and webhooks. */
export function registerReceivingChecks({ timeout, withSubject }: ConformanceCheckContext): void {
  it(
    'receives by polling, redelivers until acknowledged, and normalises events',
    withSubject(async (subject, skip) => {
      const { messenger, driver } = subject;
      if (!messenger.supports('inbox.receive')) return skip('does not declare inbox.receive');
      await driver.authorize();
      const marker = uniqueMarker();
      const incoming = incomingWith('text', driver.chatId, marker);
      await driver.deliverIncoming(incoming);
      const first = await receiveMatchingEvent(messenger, (event) =>
        matchesIncoming(event, incoming, marker),
      );
      expectEventShape(first.event, subject);
      if (first.event.type === 'message-received') expect(first.event.chat.id).toBe(driver.chatId);
      const again = await receiveMatchingEvent(messenger, (event) => event.id === first.event.id);
      expect(again.event.id).toBe(first.event.id);
      await messenger.inbox.ack(again);
      const next = await messenger.inbox.receive({ timeoutMilliseconds: 1_000 });
      expect(next?.event.id).not.toBe(first.event.id);
    }),
    timeout,
  );

  it(
    'maps every incoming content kind the driver can produce',
    withSubject(async (subject, skip) => {
      const { messenger, driver } = subject;
      if (!messenger.supports('inbox.receive')) return skip('does not declare inbox.receive');
      await driver.authorize();
      for (const kind of driver.incomingKinds ?? ['text']) {
        const marker = uniqueMarker();
        const incoming = incomingWith(kind, driver.chatId, marker);
        await driver.deliverIncoming(incoming);
        const item = await receiveMatchingEvent(messenger, (event) =>
          matchesIncoming(event, incoming, marker),
        );
        expectEventShape(item.event, subject);
        await messenger.inbox.ack(item);
      }
    }),
    timeout,
  );

  it(
    'verifies webhooks and gives a redelivered webhook the same event id',
    withSubject(async (subject, skip) => {
      const { messenger, driver } = subject;
      if (!messenger.supports('inbox.parseWebhook')) return skip('does not declare inbox.parseWebhook');
      if (driver.webhookRequest === undefined)
        return skip('its driver has no webhookRequest to build deliveries');
      const marker = uniqueMarker();
      const incoming = incomingWith('text', driver.chatId, marker);
      const authentic = await driver.webhookRequest(incoming, { authentic: true });
      const redelivered = authentic.clone();
      const parsed = await messenger.inbox.parseWebhook(authentic);
      const event = parsed.events.find((candidate) => isIncomingWithText(candidate, marker));
      expect(event, 'the webhook carries the incoming message').toBeDefined();
      if (event) expectEventShape(event, subject);
      expect(parsed.respond().ok).toBe(true);
      const again = await messenger.inbox.parseWebhook(redelivered);
      expect(again.events.map((candidate) => candidate.id)).toEqual(
        parsed.events.map((candidate) => candidate.id),
      );
      const forged = await driver.webhookRequest(incoming, { authentic: false });
      const error = await messenger.inbox.parseWebhook(forged).catch((caught: unknown) => caught);
      expect(isMessengerError(error, 'auth'), 'a forged webhook is rejected with an auth error').toBe(true);
      expect(collectErrorText(error)).not.toContain(marker);
    }),
    timeout,
  );
}
