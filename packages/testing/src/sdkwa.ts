/**
 * `@switchboard/testing/sdkwa`: the SDKWA emulator and its sample payloads, without the other providers'.
 * @packageDocumentation
 */
export * from './emulators/sdkwa/index.js';
export * from './fixtures/sdkwa-fixtures.js';
