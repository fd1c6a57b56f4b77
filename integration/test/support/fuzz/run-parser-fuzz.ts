import { isMessengerError, type MessengerEvent } from '@switchboard/core';
import { findEventProblem } from '../find-event-problem.js';
import type { SecretScanner } from '../secret-scanner.js';
import type { FuzzCase } from './create-body-mutator.js';
import { FuzzProblems } from './fuzz-problems.js';
import type { FuzzRandom } from './fuzz-random.js';

/**
 * What {@link runParserFuzz} needs.
 *
 * @example
 * ```ts
 * const options: ParserFuzzOptions = { provider: 'whatsgate', count: 100_000, next, random, scanner, parse };
 * ```
 */
export interface ParserFuzzOptions {
  /** The `provider` every event must carry. */
  provider: string;
  count: number;
  next: () => FuzzCase;
  random: FuzzRandom;
  scanner: SecretScanner;
  /** The adapter's webhook parser, given the body as text or (sometimes) as the parsed value. */
  parse: (body: unknown) => readonly MessengerEvent[] | Promise<readonly MessengerEvent[]>;
}

/**
 * Counters and problems of a parser fuzzing run.
 *
 * @example
 * ```ts
 * const { events, rejected, problems } = await runParserFuzz(options);
 * ```
 */
export interface ParserFuzzReport {
  events: number;
  unknownEvents: number;
  /** Bodies refused with an `invalid-request` MessengerError (a 400 through the handler). */
  rejected: number;
  problems: FuzzProblems;
}

function parseJson(text: string): { isJson: true; value: unknown } | { isJson: false } {
  try {
    return { isJson: true, value: JSON.parse(text) };
  } catch {
    return { isJson: false };
  }
}

/**
 * Feeds `count` generated bodies to a webhook parser and checks each outcome: a well-formed event per
 * body (one per item of an array body; `unknown` counts), or an `invalid-request` MessengerError. Any
 * other throw, a malformed event, a dropped item or a non-JSON body that parses is a problem.
 *
 * @example
 * ```ts
 * const report = await runParserFuzz({ provider: 'green-api', count: 100_000, next, random, scanner, parse });
 * expect(report.problems.report()).toEqual([]);
 * ```
 */
export async function runParserFuzz(options: ParserFuzzOptions): Promise<ParserFuzzReport> {
  const report: ParserFuzzReport = { events: 0, unknownEvents: 0, rejected: 0, problems: new FuzzProblems() };
  for (let index = 0; index < options.count; index += 1) {
    const fuzzCase = options.next();
    const json = parseJson(fuzzCase.text);
    // Parsers also take an already parsed body (a string body would be read as JSON text, so not those).
    const isParsedInput = json.isJson && typeof json.value === 'object' && json.value !== null;
    const input = isParsedInput && options.random.chance(0.2) ? json.value : fuzzCase.text;
    let events: readonly MessengerEvent[];
    try {
      events = await options.parse(input);
    } catch (error) {
      options.scanner.recordError('parser rejection', error);
      if (isMessengerError(error) && error.code === 'invalid-request') report.rejected += 1;
      else report.problems.add(`threw ${describeThrow(error)}`, index, fuzzCase);
      continue;
    }
    if (!json.isJson) {
      report.problems.add('accepted a body that is not JSON', index, fuzzCase);
      continue;
    }
    const expectedCount = Array.isArray(json.value) ? json.value.length : 1;
    if (!Array.isArray(events) || events.length !== expectedCount) {
      report.problems.add(
        `gave ${String(events?.length)} events for ${expectedCount} items`,
        index,
        fuzzCase,
      );
      continue;
    }
    for (const event of events) {
      const problem = findEventProblem(event, options.provider);
      if (problem !== undefined) report.problems.add(`malformed event: ${problem}`, index, fuzzCase);
      report.events += 1;
      if (event.type === 'unknown') report.unknownEvents += 1;
    }
  }
  return report;
}

/**
 * A short, groupable description of an unexpected throw: its class, code and message start.
 *
 * @example
 * ```ts
 * describeThrow(new RangeError('Maximum call stack size exceeded')); // 'RangeError: Maximum call stack size exceeded'
 * ```
 */
export function describeThrow(error: unknown): string {
  if (!(error instanceof Error)) return `non-error ${typeof error}`;
  const code = isMessengerError(error) ? ` [${error.code}]` : '';
  return `${error.name}${code}: ${error.message.slice(0, 100)}`;
}
