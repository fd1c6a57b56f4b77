import { type CapabilityPath, isMessengerError, type MessengerErrorCode } from '@switchboard/core';
import { expect, it } from 'vitest';
import { collectErrorText } from './collect-error-text.js';
import type { ConformanceCheckContext } from './conformance-check-context.js';
import { sampleOperationCalls } from './sample-operation-calls.js';

const defaultErrorCodes: Record<number, MessengerErrorCode> = {
  401: 'auth',
  404: 'not-found',
  429: 'rate-limited',
  466: 'quota-exceeded',
  500: 'provider',
  503: 'provider',
};

const readProbes: CapabilityPath[] = [
  'session.getState',
  'contacts.list',
  'contacts.listChats',
  'session.getSettings',
];

/** Registers the error check: provider failures map to the error tree and no error leaks a secret. */
export function registerErrorChecks({ timeout, withSubject }: ConformanceCheckContext): void {
  it(
    'maps provider failures to the error tree without leaking secrets',
    withSubject(async (subject, skip) => {
      const { messenger, driver } = subject;
      const probe = readProbes.find((path) => messenger.supports(path));
      if (probe === undefined) return skip(`declares none of the read probes ${readProbes.join(', ')}`);
      await driver.authorize();
      const expected = { ...defaultErrorCodes, ...driver.expectedErrorCodes };
      for (const [status, code] of Object.entries(expected)) {
        await driver.clearFaults?.();
        await driver.injectFault({ status: Number(status), retryAfterMilliseconds: 2000, times: 1 });
        const error = await sampleOperationCalls[probe](messenger, driver.chatId).then(
          () => undefined,
          (caught: unknown) => caught,
        );
        expect(isMessengerError(error, code), `HTTP ${status} → ${code}`).toBe(true);
        if (isMessengerError(error)) expect(error.provider).toBe(messenger.provider);
        if (code === 'rate-limited' && isMessengerError(error))
          expect(error.retryAfterMilliseconds).toBe(2_000);
        const text = collectErrorText(error);
        for (const secret of driver.secrets)
          expect(text.includes(secret), `HTTP ${status} error leaks a secret`).toBe(false);
      }
      await driver.clearFaults?.();
    }),
    timeout,
  );
}
