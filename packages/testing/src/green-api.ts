/**
 * `@switchboard/testing/green-api`: the GREEN-API emulator and its sample payloads, without the other providers'.
 * @packageDocumentation
 */
export * from './emulators/green-api/index.js';
export * from './fixtures/green-api-fixtures.js';
