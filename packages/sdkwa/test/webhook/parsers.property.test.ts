import { isMessengerError, type MessengerEvent } from '@switchboard/core';
import { mutateJson, propertyTestParameters, sdkwaFixtures } from '@switchboard/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSdkwaNotification, parseSdkwaWebhook } from '../../src/webhook.js';

// Property tests of the SDKWA parsers (issue 15): random and mutated fixture bodies never make
// parsing throw anything but an `invalid-request` MessengerError, and every event is serialisable.
// Fixed seed, bounded runs; SWITCHBOARD_PROPERTY_RUNS=100000 for a longer run.

const parameters = propertyTestParameters();
const context = { idInstance: '1101000001', network: 'whatsapp' } as const;
const bodies = Object.values(sdkwaFixtures)
  .map((fixture) =>
    typeof fixture === 'object' && fixture !== null && 'body' in fixture ? fixture.body : fixture,
  )
  .filter((fixture) => typeof fixture === 'object' && fixture !== null);

function expectSerialisable(events: readonly MessengerEvent[]): void {
  for (const event of events) {
    expect(event.instanceId).toBe('1101000001');
    expect(() => JSON.stringify(event)).not.toThrow();
  }
}

describe('SDKWA parsers under random input', () => {
  it('map any mutated fixture body to serialisable events of the configured instance', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...bodies),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (fixture, choices) => {
          const body = mutateJson(fixture, choices);
          expectSerialisable([parseSdkwaNotification(body, context)]);
          try {
            expectSerialisable(await parseSdkwaWebhook(JSON.stringify(body) ?? 'null', context));
          } catch (error) {
            if (!isMessengerError(error, 'invalid-request') && !isMessengerError(error, 'auth')) throw error;
          }
        },
      ),
      parameters,
    );
  });

  it('refuse any text that is not JSON with invalid-request', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (text) => {
        try {
          expectSerialisable(await parseSdkwaWebhook(text, context));
        } catch (error) {
          if (!isMessengerError(error, 'invalid-request')) throw error;
        }
      }),
      parameters,
    );
  });
});
