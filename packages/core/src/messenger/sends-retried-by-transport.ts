import type { Messenger } from './messenger.js';

/** Where {@link defineMessenger} keeps `retriesSends` on a messenger (a shared symbol: it passes through proxies). */
export const retriesSendsKey: unique symbol = Symbol.for('switchboard.messenger.retries-sends');

/**
 * Whether a messenger's HTTP transport retries a send by itself (after a 429, or a connection that never
 * reached the provider): `true` unless it was built with `retry: false` (or `limit: 0`); `undefined` when its
 * adapter does not say. Whatever paces and retries sends on its own (an outbox) checks it.
 *
 * @example
 * ```ts
 * sendsRetriedByTransport(createGreenApiMessenger({ ...options, retry: false })); // false
 * ```
 */
export function sendsRetriedByTransport(messenger: Messenger): boolean | undefined {
  const value = (messenger as unknown as Record<symbol, unknown>)[retriesSendsKey];
  return typeof value === 'boolean' ? value : undefined;
}
