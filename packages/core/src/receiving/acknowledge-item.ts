import type { InboxItem } from '../messenger/inbox-operations.js';
import type { Messenger } from '../messenger/messenger.js';
import { failureDelay, isFatalError } from './failure-delay.js';
import type { PollingRuntime } from './polling-runtime.js';
import { waitForDelay } from './wait-for-delay.js';

/**
 * Acknowledges an item with retries; a final failure is reported and swallowed, as the redelivery is skipped
 * as a duplicate.
 */
export async function acknowledgeItem(
  messenger: Messenger,
  item: InboxItem,
  runtime: PollingRuntime,
): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await messenger.inbox.ack(item);
      runtime.stats.acknowledged += 1;
      return;
    } catch (error) {
      const willRetry = !isFatalError(error) && attempt < runtime.retry.attempts && !runtime.signal.aborted;
      runtime.report(error, { messenger, phase: 'acknowledge', willRetry });
      // Also after giving up: a provider that redelivers at once must not be polled in a tight loop.
      const waited = await waitForDelay(failureDelay(error, attempt, runtime.retry), runtime.signal);
      if (!willRetry || !waited) return;
    }
  }
}
