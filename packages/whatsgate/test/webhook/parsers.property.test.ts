import { isMessengerError, type MessengerEvent } from '@switchboard/core';
import { mutateJson, propertyTestParameters, whatsgateFixtures } from '@switchboard/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chatIdFromMessageId } from '../../src/index.js';
import { parseVcard } from '../../src/mappers/parse-vcard.js';
import { mapWhatsgateEvent, parseWhatsgateWebhook } from '../../src/webhook.js';

// Property tests of the Whatsgate parsers (issue 15): random and mutated fixture bodies never make
// parsing throw anything but an `invalid-request` (or `auth`) MessengerError, and every event is
// serialisable; the linear rewrites agree with the expressions they replaced on short inputs.
// Fixed seed, bounded runs; SWITCHBOARD_PROPERTY_RUNS=100000 for a longer run.

const parameters = propertyTestParameters();
const bodies = Object.values(whatsgateFixtures).filter(
  (fixture) => typeof fixture === 'object' && fixture !== null,
);

function expectSerialisable(events: readonly MessengerEvent[]): void {
  for (const event of events) {
    expect(event.instanceId).toBe('191b80a9238');
    expect(() => JSON.stringify(event)).not.toThrow();
  }
}

describe('Whatsgate parsers under random input', () => {
  it('map any mutated fixture body to serialisable events of the receiving session', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bodies), fc.array(fc.nat(), { maxLength: 12 }), (fixture, choices) => {
        const body = mutateJson(fixture, choices);
        expectSerialisable([mapWhatsgateEvent(body, { instanceId: '191b80a9238' })]);
        try {
          expectSerialisable(
            parseWhatsgateWebhook(JSON.stringify(body) ?? 'null', { instanceId: '191b80a9238' }).events,
          );
        } catch (error) {
          if (!isMessengerError(error, 'invalid-request') && !isMessengerError(error, 'auth')) throw error;
        }
      }),
      parameters,
    );
  });

  it('refuse any text that is not JSON with invalid-request', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          expectSerialisable(parseWhatsgateWebhook(text, { instanceId: '191b80a9238' }).events);
        } catch (error) {
          if (!isMessengerError(error, 'invalid-request')) throw error;
        }
      }),
      parameters,
    );
  });

  it('read the chat of a message id as the old expression did', () => {
    const part = fc.string({ unit: fc.constantFrom('_', '@', 'a', '1', '.'), maxLength: 12 });
    fc.assert(
      fc.property(fc.constantFrom('true_', 'false_', 'maybe_', ''), part, part, (prefix, middle, rest) => {
        const id = `${prefix}${middle}${rest}`;
        expect(chatIdFromMessageId(id)).toBe(/^(?:true|false)_([^_]+@[^_]+)_/.exec(id)?.[1]);
      }),
      parameters,
    );
  });

  it('read a vCard ORG as the old expressions did', () => {
    const text = fc.string({ unit: fc.constantFrom(';', ':', 'a', ' ', '\n', 'O', 'R', 'G'), maxLength: 40 });
    fc.assert(
      fc.property(text, (tail) => {
        const card = `BEGIN:VCARD\nORG${tail}\nEND:VCARD`;
        const match = /^ORG(?:;[^:\r\n]*)?:(.*)$/im.exec(card)?.[1]?.trim();
        const expected = match === undefined || match === '' ? undefined : match.replace(/;+$/, '');
        expect(parseVcard(card).company).toBe(expected);
      }),
      parameters,
    );
  });
});
