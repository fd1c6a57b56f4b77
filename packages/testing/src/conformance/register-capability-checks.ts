import { isMessengerError, listCapabilities } from '@switchboard/core';
import { supportsCapability } from '@switchboard/core/adapter';
import { expect, it } from 'vitest';
import type { ConformanceCheckContext } from './conformance-check-context.js';
import { sampleOperationCalls } from './sample-operation-calls.js';

/** Registers the capability checks: the declaration is complete, and every undeclared operation rejects. */
export function registerCapabilityChecks({ timeout, withSubject }: ConformanceCheckContext): void {
  it(
    'implements specification v1 with complete capabilities',
    withSubject(async ({ messenger }) => {
      expect(messenger.specificationVersion).toBe('v1');
      expect(typeof messenger.provider).toBe('string');
      expect(typeof messenger.instanceId).toBe('string');
      for (const [path, supported] of listCapabilities(messenger.capabilities)) {
        expect(messenger.supports(path), path).toBe(supported);
        expect(supportsCapability(messenger.capabilities, path)).toBe(supported);
      }
    }),
    timeout,
  );

  it(
    'rejects every undeclared operation with UnsupportedError',
    withSubject(async ({ messenger, driver }, skip) => {
      const undeclared = listCapabilities(messenger.capabilities).filter(([, supported]) => !supported);
      if (undeclared.length === 0) return skip('every capability is declared, so no operation must reject');
      for (const [path] of undeclared) {
        const error = await sampleOperationCalls[path](messenger, driver.chatId).then(
          () => undefined,
          (caught: unknown) => caught,
        );
        expect(isMessengerError(error, 'unsupported'), `${path} must reject with UnsupportedError`).toBe(
          true,
        );
      }
    }),
    timeout,
  );
}
