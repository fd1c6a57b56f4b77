import { afterEach } from 'vitest';
import type { MessengerEvent } from '../../src/events/messenger-event.js';
import type { Poller, PollingOptions } from '../../src/receiving/polling-options.js';
import { startPolling } from '../../src/receiving/start-polling.js';

/**
 * Fast polling options for the redelivery and lease tests: two attempts with millisecond backoff, a 10 ms
 * receive timeout, and silent dead-letter and error callbacks.
 *
 * @example
 * ```ts
 * poll(createFakeMessenger('instance-1', queue), { ...fastPollingOptions, onEvent: () => {} });
 * ```
 */
export const fastPollingOptions = {
  retry: { attempts: 2, baseDelayMilliseconds: 1, maximumDelayMilliseconds: 4 },
  receiveTimeoutMilliseconds: 10,
  idleDelayMilliseconds: 1,
  onDeadLetter: () => {},
  onError: () => {},
} satisfies Partial<PollingOptions>;

/**
 * Registers an `afterEach` that stops every poller started through the returned `startPolling`, so no test
 * leaves one running. Call it once at the top level of a test file.
 *
 * @example
 * ```ts
 * const poll = stopPollersAfterEach();
 * const poller = poll(messenger, { ...fastPollingOptions, onEvent });
 * ```
 */
export function stopPollersAfterEach(): (...parameters: Parameters<typeof startPolling>) => Poller {
  const running: Poller[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((poller) => poller.stop()));
  });
  return (...parameters) => {
    const poller = startPolling(...parameters);
    running.push(poller);
    return poller;
  };
}

/**
 * An `onEvent` handler that appends each event's id to `handled`, in the order the handler ran.
 *
 * @example
 * ```ts
 * const handled: string[] = [];
 * poll(messenger, { ...fastPollingOptions, onEvent: recordEventIds(handled) });
 * ```
 */
export function recordEventIds(handled: string[]): (event: MessengerEvent) => void {
  return (event) => {
    handled.push(event.id);
  };
}
