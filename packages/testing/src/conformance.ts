/**
 * `@switchboard/testing/conformance`: the adapter conformance suite. It registers vitest tests, so it is the one
 * entry of this package that needs vitest (an optional peer dependency) installed.
 *
 * @example
 * ```ts
 * import { describeMessengerConformance } from '@switchboard/testing/conformance';
 * ```
 * @packageDocumentation
 */
export * from './conformance/index.js';
