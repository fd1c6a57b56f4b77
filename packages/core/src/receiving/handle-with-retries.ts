import type { MessengerEvent } from '../events/messenger-event.js';
import type { Messenger } from '../messenger/messenger.js';
import type { PollingRuntime } from './polling-runtime.js';
import { backoffDelay } from './retry-options.js';
import { waitForDelay } from './wait-for-delay.js';

/**
 * How {@link handleWithRetries} ended: `handled`, `failed` after every attempt, or `stopped` by the poller.
 */
export type HandlingOutcome =
  | { status: 'handled' }
  | { status: 'failed'; error: unknown; attempts: number }
  | { status: 'stopped' };

/**
 * Calls `onEvent` up to `retry.attempts` times with backoff; a stop, or a failure while stopping, ends
 * `stopped` and leaves the event for redelivery.
 */
export async function handleWithRetries(
  messenger: Messenger,
  event: MessengerEvent,
  runtime: PollingRuntime,
): Promise<HandlingOutcome> {
  const { attempts } = runtime.retry;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      await runtime.onEvent(event, { messenger, attempt, signal: runtime.signal });
      return { status: 'handled' };
    } catch (error) {
      lastError = error;
      runtime.stats.handlerFailures += 1;
    }
    // A handler that gave up because of the stop signal did not fail the event: redeliver it.
    if (runtime.signal.aborted) return { status: 'stopped' };
    if (attempt < attempts && !(await waitForDelay(backoffDelay(attempt, runtime.retry), runtime.signal))) {
      return { status: 'stopped' };
    }
  }
  return { status: 'failed', error: lastError, attempts };
}
