import { createWebhookHandler, type Messenger } from '@switchboard/core';
import { findEventProblem } from '../find-event-problem.js';
import type { SecretScanner } from '../secret-scanner.js';
import type { FuzzCase } from './create-body-mutator.js';
import { FuzzProblems } from './fuzz-problems.js';
import type { FuzzRandom } from './fuzz-random.js';
import { describeThrow } from './run-parser-fuzz.js';

/**
 * What {@link runHandlerFuzz} needs.
 *
 * @example
 * ```ts
 * const options: HandlerFuzzOptions = { provider: 'green-api', messenger, count: 4000, next, random, scanner, requestFor };
 * ```
 */
export interface HandlerFuzzOptions {
  provider: string;
  /** The adapter's messenger, with its webhook secret configured. */
  messenger: Messenger;
  count: number;
  next: () => FuzzCase;
  random: FuzzRandom;
  scanner: SecretScanner;
  /** A webhook request carrying `body`, with the right secret when `authentic`, a wrong or none otherwise. */
  requestFor: (body: string, authentic: boolean) => Request;
  /** Whether a 200 answer has the provider's expected shape (default: any). */
  isExpectedSuccess?: (text: string) => boolean;
  /** The handler's body limit (default 64 KiB, so huge mutations meet the 413 path). */
  maxBodyBytes?: number;
}

/**
 * Counters and problems of a handler fuzzing run.
 *
 * @example
 * ```ts
 * const { statuses, problems } = await runHandlerFuzz(options);
 * ```
 */
export interface HandlerFuzzReport {
  statuses: Map<number, number>;
  handledEvents: number;
  problems: FuzzProblems;
}

const allowedStatuses = new Set([200, 400, 401, 413]);

/**
 * Sends generated bodies through `createWebhookHandler` (5% unauthenticated) and checks every answer:
 * 401 without the secret, 413 over the size limit, otherwise 200 in the provider's shape or a 4xx — never
 * a 5xx (a parser crash) and never a throw; every event reaching `onEvent` is well-formed; no answer and no
 * reported error contains a secret.
 *
 * @example
 * ```ts
 * const report = await runHandlerFuzz({ provider: 'sdkwa', messenger, count: 4000, next, random, scanner, requestFor });
 * expect(report.problems.report()).toEqual([]);
 * ```
 */
export async function runHandlerFuzz(options: HandlerFuzzOptions): Promise<HandlerFuzzReport> {
  const maxBodyBytes = options.maxBodyBytes ?? 65_536;
  const report: HandlerFuzzReport = { statuses: new Map(), handledEvents: 0, problems: new FuzzProblems() };
  let current: { index: number; fuzzCase: FuzzCase } = { index: -1, fuzzCase: { kind: 'none', text: '' } };
  const handler = createWebhookHandler({
    messengers: [options.messenger],
    maxBodyBytes,
    onError: (error, context) => options.scanner.recordError(`handler onError ${context.phase}`, error),
    onEvent: (event) => {
      report.handledEvents += 1;
      const problem = findEventProblem(event, options.provider);
      if (problem !== undefined) {
        report.problems.add(`malformed event: ${problem}`, current.index, current.fuzzCase);
      }
    },
  });
  const encoder = new TextEncoder();
  for (let index = 0; index < options.count; index += 1) {
    const fuzzCase = options.next();
    current = { index, fuzzCase };
    const authentic = !options.random.chance(0.05);
    let status: number;
    let text: string;
    try {
      const response = await handler(options.requestFor(fuzzCase.text, authentic));
      status = response.status;
      text = await response.text();
    } catch (error) {
      report.problems.add(`handler threw ${describeThrow(error)}`, index, fuzzCase);
      continue;
    }
    report.statuses.set(status, (report.statuses.get(status) ?? 0) + 1);
    options.scanner.recordText(`handler answer ${status}`, text);
    const isTooLarge = encoder.encode(fuzzCase.text).byteLength > maxBodyBytes;
    const expected = isTooLarge ? 413 : !authentic ? 401 : undefined;
    if (expected !== undefined && status !== expected) {
      report.problems.add(`answered ${status} instead of ${expected}`, index, fuzzCase);
    } else if (!allowedStatuses.has(status)) {
      report.problems.add(`answered ${status}: ${text.slice(0, 120)}`, index, fuzzCase);
    } else if (status === 200 && options.isExpectedSuccess?.(text) === false) {
      report.problems.add(`200 in an unexpected shape: ${text.slice(0, 80)}`, index, fuzzCase);
    }
  }
  return report;
}
