import { createMemoryIdempotencyStore, type WebhookHandlerOptions } from '@switchboard/core';
import { createRandom } from '@switchboard/testing';
import { HandledLedger } from './handled-ledger.js';
import { SecretScanner } from './secret-scanner.js';
import { readSoakMarker } from './soak-markers.js';
import { TransientFailures } from './transient-failures.js';
import { sleep, waitUntil } from './wait-until.js';

/**
 * The shared state of a webhook soak: the seeded random streams, what was handled, the answers sent and
 * the secrets looked for.
 *
 * @example
 * ```ts
 * const { seed, scanner, ledger, failures, answers, slowMarkers } = createWebhookSoakHarness(400);
 * ```
 */
export interface WebhookSoakHarness {
  /** `SOAK_SEED` (default 20261122): replays a run. */
  seed: number;
  /** Test-side secrets come from their own stream, so they never equal the emulator's seeded keys. */
  secretRandom: () => number;
  scanner: SecretScanner;
  ledger: HandledLedger;
  /** Makes one handling in ten fail (at most twice per message) so the provider redelivers. */
  failures: TransientFailures;
  /** How many answers of each status the listener sent. */
  answers: Map<number, number>;
  /** Markers whose handler outlives the emulator's timeout once: the answer is lost, the push repeated. */
  slowMarkers: Set<string>;
  /**
   * The `createWebhookHandler` options every soak shares: a memory store, `Retry-After: 1`, errors scanned,
   * and an `onEvent` that fails now and then, records the marker, and is slow once for `slowMarkers`.
   */
  handlerOptions(): Required<
    Pick<WebhookHandlerOptions, 'store' | 'retryAfterMilliseconds' | 'onError' | 'onEvent'>
  >;
  /** An `observeResponses` observer: counts each answer's status and scans its body. */
  recordAnswer: (status: number, body: string) => void;
  /** Resolves once every expected marker was handled (gives up after 120 s, naming the answers sent). */
  waitForAllHandled(expected: readonly string[]): Promise<void>;
}

/**
 * Creates the state of one webhook soak, for handlers that must answer before the provider's
 * `webhookTimeoutMilliseconds`.
 *
 * @example
 * ```ts
 * const soak = createWebhookSoakHarness(400);
 * const handler = createWebhookHandler({ messengers, ...soak.handlerOptions() });
 * const listener = await startWebhookListener(observeResponses(handler, soak.recordAnswer));
 * ```
 */
export function createWebhookSoakHarness(webhookTimeoutMilliseconds: number): WebhookSoakHarness {
  const seed = Number(process.env.SOAK_SEED ?? 20_261_122);
  const random = createRandom(seed);
  const secretRandom = createRandom(seed ^ 0x5eed);
  const scanner = new SecretScanner();
  const ledger = new HandledLedger();
  const failures = new TransientFailures(random, 0.1, 2);
  const answers = new Map<number, number>();
  const slowMarkers = new Set<string>();
  return {
    seed,
    secretRandom,
    scanner,
    ledger,
    failures,
    answers,
    slowMarkers,
    handlerOptions: () => ({
      store: createMemoryIdempotencyStore(),
      retryAfterMilliseconds: 1000,
      onError: (error, context) => scanner.recordError(`onError ${context.phase}`, error),
      onEvent: async (event) => {
        const marker = readSoakMarker(event);
        if (marker === undefined) return;
        failures.maybeThrow(marker);
        ledger.record(marker);
        if (slowMarkers.delete(marker)) await sleep(webhookTimeoutMilliseconds + 200);
      },
    }),
    recordAnswer: (status, body) => {
      answers.set(status, (answers.get(status) ?? 0) + 1);
      scanner.recordText(`answer ${status}`, body);
    },
    waitForAllHandled: (expected) =>
      waitUntil(() => ledger.size >= expected.length, {
        // 100 ms per message (a soak has about 5,000), far above a loaded machine's need: a budget, not a speed check.
        timeoutMilliseconds: Math.max(120_000, expected.length * 100),
        progressEveryMilliseconds: 15_000,
        describe: () => `${ledger.size}/${expected.length} handled, answers ${JSON.stringify([...answers])}`,
      }),
  };
}
