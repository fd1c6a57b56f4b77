/**
 * Node-only transport helpers: a keep-alive `fetch` built on undici for the HTTP transport. Re-exported
 * from `@switchboard/core/node`.
 *
 * @example
 * ```ts
 * import { createKeepAliveFetch } from '@switchboard/core/node';
 * ```
 * @packageDocumentation
 */
export * from './create-keep-alive-fetch.js';
export type { KeepAliveFetch, KeepAliveFetchOptions } from './keep-alive-fetch-options.js';
