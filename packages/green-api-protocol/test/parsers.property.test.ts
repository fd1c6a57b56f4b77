import { isMessengerError, type MessengerEvent } from '@switchboard/core';
import { greenApiFixtures, mutateJson, propertyTestParameters, sdkwaFixtures } from '@switchboard/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bearerToken, mapGreenApiNotification, parseBearerWebhook, phoneFromVcard } from '../src/index.js';

// Property tests of the GREEN-API-family parsers (issue 15): random and mutated fixture bodies never
// make parsing throw anything but an `invalid-request` (or `auth`) MessengerError, and every event is
// serialisable. Fixed seed, bounded runs; SWITCHBOARD_PROPERTY_RUNS=100000 for a longer run.

const parameters = propertyTestParameters();
const provider = { provider: 'green-api', label: 'GREEN-API' };
const bodies = [
  ...Object.values(greenApiFixtures),
  ...Object.values(sdkwaFixtures).map((fixture) =>
    typeof fixture === 'object' && fixture !== null && 'body' in fixture ? fixture.body : fixture,
  ),
].filter((fixture) => typeof fixture === 'object' && fixture !== null);

function expectSerialisableEvents(events: readonly MessengerEvent[]): void {
  for (const event of events) {
    expect(typeof event.type).toBe('string');
    expect(typeof event.id).toBe('string');
    expect(() => JSON.stringify(event)).not.toThrow();
  }
}

async function parseOrRefuse(text: string, idInstance?: string): Promise<void> {
  try {
    expectSerialisableEvents(await parseBearerWebhook(text, { idInstance }, provider));
  } catch (error) {
    if (!isMessengerError(error, 'invalid-request') && !isMessengerError(error, 'auth')) throw error;
  }
}

describe('GREEN-API-family parsers under random input', () => {
  it('map any mutated fixture body to serialisable events', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...bodies),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (fixture, choices) => {
          const body = mutateJson(fixture, choices);
          expectSerialisableEvents([mapGreenApiNotification(body, { idInstance: '1101000001' })]);
          await parseOrRefuse(JSON.stringify(body) ?? 'null', '1101000001');
        },
      ),
      parameters,
    );
  });

  it('parse any JSON value, and refuse any text that is not JSON with invalid-request', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string()), async (text) => parseOrRefuse(text)),
      parameters,
    );
  });

  it('read the bearer token as the old expression did, on short headers', () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.constantFrom('', ' ', '\t', '  '),
          fc.constantFrom('Bearer', 'bearer', 'BEARER', 'Basic', 'Bearerx', ''),
          fc.constantFrom('', ' ', '   ', '\t'),
          fc.string({ maxLength: 30 }),
          fc.constantFrom('', ' ', '\t  '),
        ),
        ([lead, scheme, gap, token, tail]) => {
          const header = `${lead}${scheme}${gap}${token}${tail}`;
          const expected = /^\s*bearer\s+(.*?)\s*$/i.exec(header)?.[1] ?? '';
          expect(bearerToken(header)).toBe(expected);
        },
      ),
      parameters,
    );
  });

  it('read a vCard phone from any text without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        const phone = phoneFromVcard(text);
        expect(phone === undefined || /^\d+$/.test(phone)).toBe(true);
      }),
      parameters,
    );
  });
});
