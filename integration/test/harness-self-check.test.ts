import type { MessengerEvent } from '@switchboard/core';
import { createRandom, greenApiFixtures } from '@switchboard/testing';
import { describe, expect, it } from 'vitest';
import { findEventProblem } from './support/find-event-problem.js';
import { collectWebhookBodies } from './support/fuzz/collect-webhook-bodies.js';
import { createBodyMutator } from './support/fuzz/create-body-mutator.js';
import { FuzzRandom } from './support/fuzz/fuzz-random.js';
import { HandledLedger } from './support/handled-ledger.js';
import { SecretScanner } from './support/secret-scanner.js';
import { readSoakMarker, soakText } from './support/soak-markers.js';

const textEvent = (text: string, timestamp = 1_700_000_000_000): MessengerEvent => ({
  type: 'message-received',
  id: 'green-api:1:incomingMessageReceived:A',
  provider: 'green-api',
  network: 'whatsapp',
  instanceId: '1',
  timestamp,
  chat: { id: '79001234567@c.us', type: 'private' },
  raw: {},
  message: { id: 'A', sender: { id: '79001234567@c.us' }, content: { type: 'text', text } },
});

// The proofs are only as good as their instruments: these checks show each instrument can fail.
describe('the integration harness', () => {
  it('finds a secret anywhere in an error, its cause chain, a log entry or a text', () => {
    const scanner = new SecretScanner(['top-secret-token']);
    scanner.recordError('clean', new Error('nothing here'));
    expect(scanner.leaks).toEqual([]);
    scanner.recordError('cause', new Error('outer', { cause: new Error('inner top-secret-token') }));
    scanner.recordValue('log', { url: '/waInstance1/receiveNotification/top-secret-token' });
    scanner.recordText('answer', 'Bearer top-secret-token');
    expect(scanner.leaks).toEqual(['cause: secret #1', 'log: secret #1', 'answer: secret #1']);
  });

  it('counts a marker handled twice and one never handled', () => {
    const ledger = new HandledLedger();
    ledger.record('a');
    ledger.record('a');
    expect(ledger.duplicates()).toEqual(['a×2']);
    expect(ledger.missing(['a', 'b'])).toEqual(['b']);
    expect(ledger.unexpected(new Set(['b']))).toEqual(['a']);
  });

  it('reads the marker back from a received text and rejects malformed events', () => {
    expect(readSoakMarker(textEvent(soakText('wa-1')))).toBe('wa-1');
    expect(findEventProblem(textEvent('hi'), 'green-api')).toBeUndefined();
    expect(findEventProblem(textEvent('hi', Number.POSITIVE_INFINITY), 'green-api')).toMatch(/timestamp/);
    expect(findEventProblem({ ...textEvent('hi'), type: 'message-exploded' }, 'green-api')).toMatch(/type/);
    expect(findEventProblem(textEvent('hi'), 'sdkwa')).toMatch(/provider/);
  });

  it('generates the same bodies for the same seed, and different ones for another', () => {
    const seeds = collectWebhookBodies(greenApiFixtures, (value) => typeof value.typeWebhook === 'string');
    const run = (seed: number) => {
      const next = createBodyMutator(new FuzzRandom(createRandom(seed)), seeds);
      return Array.from({ length: 200 }, () => next().text);
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });
});
