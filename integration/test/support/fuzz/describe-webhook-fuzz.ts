import type { Messenger, MessengerEvent } from '@switchboard/core';
import { createRandom } from '@switchboard/testing';
import { describe, expect, it } from 'vitest';
import { SecretScanner } from '../secret-scanner.js';
import { createBodyMutator } from './create-body-mutator.js';
import { FuzzRandom } from './fuzz-random.js';
import { runHandlerFuzz } from './run-handler-fuzz.js';
import { runParserFuzz } from './run-parser-fuzz.js';

/**
 * One provider's webhook fuzzing setup.
 *
 * @example
 * ```ts
 * describeWebhookFuzz({ provider: 'green-api', seeds, parse, messenger, requestFor, secrets: [token] });
 * ```
 */
export interface WebhookFuzzSetup {
  provider: string;
  /** Real payloads of the provider to mutate. */
  seeds: readonly unknown[];
  /** The adapter's webhook parser (body as text or parsed value). */
  parse: (
    body: unknown,
    random: FuzzRandom,
  ) => readonly MessengerEvent[] | Promise<readonly MessengerEvent[]>;
  /** The adapter's messenger with its webhook secret configured. */
  messenger: Messenger;
  /** A request with the right secret when `authentic`, a wrong or no secret otherwise. */
  requestFor: (body: string, authentic: boolean, random: FuzzRandom) => Request;
  /** Secrets that must never appear in an answer or an error. */
  secrets: readonly string[];
  /** Whether a 200 answer has the provider's expected shape. */
  isExpectedSuccess?: (text: string) => boolean;
  /** Bodies through the parser (default 100,000) and through the handler (default 4,000). */
  parserCount?: number;
  handlerCount?: number;
}

/**
 * Declares the fuzzing tests of one provider: `parserCount` bodies straight through its webhook parser,
 * `handlerCount` more through `createWebhookHandler`, with the same seeded generator (`FUZZ_SEED` replays
 * a run), and no secret in any answer or error.
 *
 * @example
 * ```ts
 * describeWebhookFuzz({ provider: 'whatsgate', seeds, parse, messenger, requestFor, secrets: [apiKey, secret] });
 * ```
 */
export function describeWebhookFuzz(setup: WebhookFuzzSetup): void {
  const seed = Number(process.env.FUZZ_SEED ?? 20_261_122);
  const parserCount = setup.parserCount ?? 100_000;
  const handlerCount = setup.handlerCount ?? 4000;
  // Budgets sized to the work (CPU-bound parsing; HTTP-shaped handling), ten times a loaded 2-core machine's need:
  // a busy machine makes the fuzzing slower, never failed.
  const parserBudgetMilliseconds = Math.max(120_000, parserCount * 6);
  const handlerBudgetMilliseconds = Math.max(120_000, handlerCount * 50);
  const random = new FuzzRandom(createRandom(seed));
  const next = createBodyMutator(random, setup.seeds);
  const scanner = new SecretScanner(setup.secrets);

  describe(`${setup.provider} webhook fuzzing (seed ${seed}, FUZZ_SEED to replay)`, () => {
    it('mutates real provider payloads', () => {
      expect(setup.seeds.length).toBeGreaterThanOrEqual(3);
    });

    it(
      `parses ${parserCount.toLocaleString('en')} random and mutated bodies into events, unknown events or a 400`,
      async () => {
        const report = await runParserFuzz({
          provider: setup.provider,
          count: parserCount,
          next,
          random,
          scanner,
          parse: (body) => setup.parse(body, random),
        });
        expect(report.problems.report()).toEqual([]);
        // The generator reaches every outcome: recognised events, unknown ones and refusals.
        expect(report.events - report.unknownEvents).toBeGreaterThan(parserCount / 10);
        expect(report.unknownEvents).toBeGreaterThan(parserCount / 10);
        expect(report.rejected).toBeGreaterThan(parserCount / 20);
      },
      parserBudgetMilliseconds,
    );

    it(
      `answers ${handlerCount.toLocaleString('en')} more through createWebhookHandler with 200, 400, 401 or 413 only`,
      async () => {
        const report = await runHandlerFuzz({
          provider: setup.provider,
          messenger: setup.messenger,
          count: handlerCount,
          next,
          random,
          scanner,
          requestFor: (body, authentic) => setup.requestFor(body, authentic, random),
          ...(setup.isExpectedSuccess === undefined ? {} : { isExpectedSuccess: setup.isExpectedSuccess }),
        });
        expect(report.problems.report()).toEqual([]);
        for (const status of [200, 400, 401, 413])
          expect(report.statuses.get(status) ?? 0, `${status} answers`).toBeGreaterThan(0);
        expect(report.handledEvents).toBeGreaterThan(handlerCount / 10);
      },
      handlerBudgetMilliseconds,
    );

    it('never shows a secret in an answer or an error', () => {
      expect(scanner.recordedCount).toBeGreaterThan(0);
      expect(scanner.leaks).toEqual([]);
    });
  });
}
