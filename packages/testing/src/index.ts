/**
 * `@switchboard/testing`: loopback emulators of GREEN-API, SDKWA and Whatsgate and the providers' sample
 * payloads as fixtures. It loads with its own dependencies only; the adapter conformance suite, which needs
 * vitest, is `@switchboard/testing/conformance`, and each provider has its own subpath
 * (`@switchboard/testing/green-api`, `/sdkwa`, `/whatsgate`).
 *
 * @example
 * ```ts
 * import { startGreenApiEmulator } from '@switchboard/testing';
 *
 * const emulator = await startGreenApiEmulator();
 * const [instance] = emulator.instances;
 * // … point an adapter at emulator.url …
 * await emulator.close();
 * ```
 * @packageDocumentation
 */

export * from './emulators/green-api/index.js';
export * from './emulators/sdkwa/index.js';
export * from './emulators/shared/index.js';
export * from './emulators/whatsgate/index.js';
export * from './fixtures/green-api-fixtures.js';
export * from './fixtures/sdkwa-fixtures.js';
export * from './fixtures/whatsgate-fixtures.js';
export * from './hostile/create-endless-stream.js';
export * from './hostile/create-webhook-request.js';
export * from './hostile/failure-of.js';
export * from './property/mutate-json.js';
export * from './property/property-test-parameters.js';
export * from './redis/start-redis-server.js';
export * from './start-all-emulators.js';
