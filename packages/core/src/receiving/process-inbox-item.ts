import type { InboxItem } from '../messenger/inbox-operations.js';
import type { Messenger } from '../messenger/messenger.js';
import { recordPollerLag, recordReceivedEvent } from '../telemetry/record-received-event.js';
import { acknowledgeItem } from './acknowledge-item.js';
import { claimEvent, type EventClaim, localEventKey } from './claim-event.js';
import { handleWithRetries } from './handle-with-retries.js';
import type { PollingRuntime } from './polling-runtime.js';
import { backoffDelay } from './retry-options.js';
import { waitForDelay } from './wait-for-delay.js';

/**
 * Claims, handles with retries, dead-letters and acknowledges one item; an item not finished stays
 * unacknowledged, its claim released, for redelivery. Never throws.
 */
export async function processInboxItem(
  messenger: Messenger,
  item: InboxItem,
  runtime: PollingRuntime,
): Promise<void> {
  recordReceivedEvent('received', 'poller', item.event);
  const receiptKey = `${messenger.provider}:${messenger.instanceId}:${item.receipt}`;
  if (runtime.receiptsInFlight.has(receiptKey)) {
    // The provider handed out an item this process is still working on (a head-of-queue provider).
    runtime.stats.deferred += 1;
    await waitForDelay(runtime.retry.baseDelayMilliseconds, runtime.signal);
    return;
  }
  runtime.receiptsInFlight.add(receiptKey);
  try {
    await runtime.eventQueue.run(localEventKey(item.event, messenger), () =>
      processClaimed(messenger, item, runtime),
    );
  } finally {
    runtime.receiptsInFlight.delete(receiptKey);
  }
}

async function processClaimed(messenger: Messenger, item: InboxItem, runtime: PollingRuntime): Promise<void> {
  const { event } = item;
  const { stats } = runtime;
  let claim: EventClaim;
  try {
    claim = await claimEvent(runtime.store, event, {
      processingLeaseMilliseconds: runtime.processingLeaseMilliseconds,
      deduplicationWindowMilliseconds: runtime.deduplicationWindowMilliseconds,
      owner: messenger,
    });
  } catch (error) {
    runtime.report(error, { messenger, phase: 'store', willRetry: true });
    await waitForDelay(backoffDelay(1, runtime.retry), runtime.signal);
    return;
  }
  if (claim.status === 'done') {
    stats.duplicates += 1;
    recordReceivedEvent('deduplicated', 'poller', event);
    return acknowledgeItem(messenger, item, runtime);
  }
  if (claim.status === 'in-progress') {
    // Another process is handling this event: leave the copy for redelivery.
    stats.deferred += 1;
    await waitForDelay(runtime.retry.baseDelayMilliseconds, runtime.signal);
    return;
  }

  recordPollerLag(event);
  const outcome = await handleWithRetries(messenger, event, runtime);
  if (outcome.status === 'stopped') return settle(claim.release(), messenger, runtime);
  if (outcome.status === 'handled') {
    stats.handled += 1;
    recordReceivedEvent('handled', 'poller', event);
    await settle(claim.complete(), messenger, runtime);
    return acknowledgeItem(messenger, item, runtime);
  }
  try {
    await runtime.onDeadLetter(event, outcome.error, { messenger, attempts: outcome.attempts });
  } catch (error) {
    runtime.report(error, { messenger, phase: 'dead-letter', willRetry: true });
    await settle(claim.release(), messenger, runtime);
    // Pace the next round for this item (it is redelivered, possibly at once).
    await waitForDelay(backoffDelay(outcome.attempts, runtime.retry), runtime.signal);
    return;
  }
  stats.deadLettered += 1;
  recordReceivedEvent('dead-lettered', 'poller', event);
  await settle(claim.complete(), messenger, runtime);
  return acknowledgeItem(messenger, item, runtime);
}

/** Waits for a claim write, reporting (not throwing) a store failure. */
async function settle(write: Promise<void>, messenger: Messenger, runtime: PollingRuntime): Promise<void> {
  try {
    await write;
  } catch (error) {
    runtime.report(error, { messenger, phase: 'store', willRetry: false });
  }
}
