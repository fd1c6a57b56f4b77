import { describe } from 'vitest';
import { createConformanceCheckContext } from './conformance-check-context.js';
import type { MessengerConformanceOptions } from './messenger-conformance-options.js';
import { registerCapabilityChecks } from './register-capability-checks.js';
import { registerErrorChecks } from './register-error-checks.js';
import { registerGroupAndSessionChecks } from './register-group-and-session-checks.js';
import { registerReceivingChecks } from './register-receiving-checks.js';
import { registerSendingChecks } from './register-sending-checks.js';

/**
 * Registers the adapter conformance suite with vitest: send/receive round trips for every declared
 * content kind, event normalisation, capability truthfulness both ways, error mapping (401, 404, 429,
 * 466, 5xx), secret redaction, webhook verification, duplicate-delivery ids, and acknowledgement only
 * after handling. Third-party adapters run it against their own fake the same way.
 *
 * @example
 * ```ts
 * import { describeMessengerConformance } from '@switchboard/testing/conformance';
 * import { startGreenApiEmulator } from '@switchboard/testing/green-api';
 *
 * describeMessengerConformance({
 *   name: 'green-api (whatsapp)',
 *   setup: async () => {
 *     const emulator = await startGreenApiEmulator();
 *     const messenger = createGreenApiMessenger({ ...credentials, retry: false });
 *     return { messenger, driver: createDriver(emulator), teardown: () => emulator.close() };
 *   },
 * });
 * ```
 */
export function describeMessengerConformance(options: MessengerConformanceOptions): void {
  const context = createConformanceCheckContext(options);
  describe(`messenger conformance: ${options.name}`, () => {
    registerCapabilityChecks(context);
    registerSendingChecks(context);
    registerReceivingChecks(context);
    registerGroupAndSessionChecks(context);
    registerErrorChecks(context);
  });
}
