/**
 * `@switchboard/testing/whatsgate`: the Whatsgate emulator and its sample payloads, without the other providers'.
 * @packageDocumentation
 */
export * from './emulators/whatsgate/index.js';
export * from './fixtures/whatsgate-fixtures.js';
