import { createRequire } from 'node:module';

type Undici = typeof import('undici');

let undici: Undici | undefined;

/**
 * Loads `undici` on first use, not when `@switchboard/core/node` is imported: undici alone takes
 * ~65 ms to import, which apps using only the webhook listener, media paths or config files should
 * not pay. Synchronous (undici is a CommonJS package), so `createKeepAliveFetch` stays synchronous.
 *
 * @example
 * ```ts
 * const agent = new (loadUndici().Agent)({ pipelining: 1 });
 * ```
 */
export function loadUndici(): Undici {
  undici ??= createRequire(import.meta.url)('undici') as Undici;
  return undici;
}
