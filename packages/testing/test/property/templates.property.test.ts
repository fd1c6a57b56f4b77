import * as core from '@switchboard/core';
import { limitNesting, trimTrailing, vcardField } from '@switchboard/core/adapter';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mutateJson, propertyTestParameters } from '../../src/index.js';

// Property tests of core's templates and text helpers (issue 15): any input either builds a value or
// throws an `invalid-request` MessengerError, never anything else. Fixed seed, bounded runs;
// SWITCHBOARD_PROPERTY_RUNS=100000 for a longer run.

const parameters = propertyTestParameters();

const templates: ReadonlyArray<[string, (input: never) => unknown, unknown]> = [
  ['createChatContact', core.createChatContact, { id: '79001234567@c.us', name: 'Anna' }],
  ['createChatGroup', core.createChatGroup, { id: '120363023014360921@g.us', name: 'Team' }],
  ['createContactCard', core.createContactCard, { displayName: 'Anna', phone: '79001234567' }],
  [
    'createGroupMetadata',
    core.createGroupMetadata,
    { id: '120363023014360921@g.us', name: 'Team', participants: [] },
  ],
  ['createGroupParticipant', core.createGroupParticipant, { id: '79001234567@c.us', isAdmin: true }],
  ['createLocation', core.createLocation, { latitude: 55.75, longitude: 37.61, name: 'Moscow' }],
  ['createMediaFile', core.createMediaFile, { url: 'https://files.example.com/a.jpg', fileName: 'a.jpg' }],
  ['createMessage', core.createMessage, { text: 'Hello' }],
  ['createMessengerSettings', core.createMessengerSettings, { webhookUrl: 'https://example.com/hook' }],
  [
    'createOutgoingMessage',
    core.createOutgoingMessage,
    { chatId: '79001234567@c.us', message: { text: 'Hi' } },
  ],
  ['createPoll', core.createPoll, { question: 'Lunch?', options: ['Yes', 'No'] }],
  ['createRecipient', core.createRecipient, { phone: '79001234567' }],
  ['createSessionInfo', core.createSessionInfo, { state: 'authorized' }],
];

function buildsOrRefuses(build: (input: never) => unknown, input: unknown): void {
  try {
    build(input as never);
  } catch (error) {
    if (!core.isMessengerError(error, 'invalid-request')) throw error;
  }
}

describe('templates under random input', () => {
  it.each(templates)('%s builds or refuses with invalid-request', (_name, build, sample) => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.array(fc.nat(), { maxLength: 8 }).map((choices) => mutateJson(sample, choices)),
        ),
        (input) => buildsOrRefuses(build, input),
      ),
      parameters,
    );
  });
});

describe('text helpers under random input', () => {
  it('vcardField reads any text without throwing, and gives trimmed values', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('FN', 'N', 'ORG', 'TEL'), (text, name) => {
        const value = vcardField(text, name);
        expect(value === undefined || (value !== '' && value === value.trim())).toBe(true);
      }),
      parameters,
    );
  });

  it('trimTrailing agrees with the expression it replaced', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('/', 'a', '=', ';'), maxLength: 30 }),
        fc.constantFrom('/', '=', ';'),
        (text, character) => {
          expect(trimTrailing(text, character)).toBe(text.replace(new RegExp(`\\${character}+$`), ''));
        },
      ),
      parameters,
    );
  });

  it('limitNesting always gives a serialisable value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ depthSize: 'large' }), fc.integer({ min: 1, max: 10 }), (value, depth) => {
        expect(() => JSON.stringify(limitNesting(value, depth))).not.toThrow();
      }),
      parameters,
    );
  });
});
