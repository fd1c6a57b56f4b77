import type { TestContext } from 'vitest';
import type { ConformanceSubject } from './conformance-driver.js';
import type { MessengerConformanceOptions } from './messenger-conformance-options.js';

/** A check run against a fresh subject; `skip(reason)` reports it as skipped with the reason, never as passed. */
export type ConformanceCheck = (
  subject: ConformanceSubject,
  skip: (reason: string) => never,
) => Promise<void>;

/** What every group of conformance checks registers its tests with. */
export interface ConformanceCheckContext {
  /** The suite's options. */
  options: MessengerConformanceOptions;
  /** Per-test timeout in milliseconds. */
  timeout: number;
  /** Wraps a check into a vitest test function that sets a subject up and tears it down. */
  withSubject(check: ConformanceCheck): (context: TestContext) => Promise<void>;
}

/** Builds the context the check groups share from the suite's options. */
export function createConformanceCheckContext(options: MessengerConformanceOptions): ConformanceCheckContext {
  return {
    options,
    timeout: options.timeoutMilliseconds ?? 30_000,
    withSubject: (check) => async (context) => {
      const subject = await options.setup();
      try {
        await check(subject, (reason) => context.skip(`${options.name}: ${reason}`));
      } finally {
        await subject.teardown?.();
      }
    },
  };
}
