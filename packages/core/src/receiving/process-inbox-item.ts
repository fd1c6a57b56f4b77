import type { InboxItem } from '../messenger/inbox-operations.js';
import type { Messenger } from '../messenger/messenger.js';
import { acknowledgeItem } from './acknowledge-item.js';
import { claimEvent, type EventClaim } from './claim-event.js';
import { handleWithRetries } from './handle-with-retries.js';
import type { PollingRuntime } from './polling-runtime.js';
import { backoffDelay } from './retry-options.js';
import { waitForDelay } from './wait-for-delay.js';

/**
 * Processes one received item: claim its event in the store, handle it with retries, dead-letter it when
 * every attempt failed, and acknowledge it only after the handler (or `onDeadLetter`) succeeded. An
 * already handled duplicate is acknowledged without calling the handler; an event another worker is
 * handling, one whose `onDeadLetter` threw, and one cut short by a stop are left unacknowledged (and their
 * claim released) so the provider delivers them again. Never throws.
 *
 * @example
 * ```ts
 * const item = await messenger.inbox.receive();
 * if (item) await processInboxItem(messenger, item, runtime);
 * ```
 */
export async function processInboxItem(
  messenger: Messenger,
  item: InboxItem,
  runtime: PollingRuntime,
): Promise<void> {
  const { event } = item;
  const { stats } = runtime;
  let claim: EventClaim;
  try {
    claim = await claimEvent(runtime.store, event, runtime);
  } catch (error) {
    runtime.report(error, { messenger, phase: 'store', willRetry: true });
    await waitForDelay(backoffDelay(1, runtime.retry), runtime.signal);
    return;
  }
  if (claim.status === 'done') {
    stats.duplicates += 1;
    return acknowledgeItem(messenger, item, runtime);
  }
  if (claim.status === 'in-progress') {
    stats.deferred += 1;
    await waitForDelay(runtime.retry.baseDelayMilliseconds, runtime.signal);
    return;
  }

  const outcome = await handleWithRetries(messenger, event, runtime);
  if (outcome.status === 'stopped') return settle(claim.release(), messenger, runtime);
  if (outcome.status === 'handled') {
    stats.handled += 1;
    await settle(claim.complete(), messenger, runtime);
    return acknowledgeItem(messenger, item, runtime);
  }
  try {
    await runtime.onDeadLetter(event, outcome.error, { messenger, attempts: outcome.attempts });
  } catch (error) {
    runtime.report(error, { messenger, phase: 'dead-letter', willRetry: true });
    return settle(claim.release(), messenger, runtime);
  }
  stats.deadLettered += 1;
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
