import type { InboxItem } from '../messenger/inbox-operations.js';
import type { Messenger } from '../messenger/messenger.js';
import { createSemaphore } from './create-semaphore.js';
import { failureDelay, isFatalError } from './failure-delay.js';
import { createPollingLease } from './polling-lease.js';
import type { PollingRuntime } from './polling-runtime.js';
import { processInboxItem } from './process-inbox-item.js';
import { waitForDelay } from './wait-for-delay.js';

/** Runs one messenger's receive loop until the poller stops or a receive error is fatal; never throws. */
export async function pollMessenger(messenger: Messenger, runtime: PollingRuntime): Promise<void> {
  const slots = createSemaphore(runtime.concurrency);
  const inFlight = new Set<Promise<void>>();
  const lease = runtime.lease === undefined ? undefined : createPollingLease(messenger, runtime);
  let consecutiveFailures = 0;

  while (!runtime.signal.aborted) {
    if (lease !== undefined && !lease.isHeld && !(await lease.acquire())) break;
    if (!(await slots.acquire(runtime.signal))) break;
    const startedAt = Date.now();
    let item: InboxItem | null;
    try {
      item = await messenger.inbox.receive({
        timeoutMilliseconds: runtime.receiveTimeoutMilliseconds,
        signal: lease?.receiveSignal ?? runtime.signal,
      });
      consecutiveFailures = 0;
    } catch (error) {
      slots.release();
      if (runtime.signal.aborted || lease?.isHeld === false) continue;
      runtime.stats.receiveErrors += 1;
      if (isFatalError(error)) {
        runtime.stats.failedMessengers += 1;
        runtime.report(error, { messenger, phase: 'receive', willRetry: false });
        break;
      }
      runtime.report(error, { messenger, phase: 'receive', willRetry: true });
      consecutiveFailures += 1;
      await waitForDelay(failureDelay(error, consecutiveFailures, runtime.retry), runtime.signal);
      continue;
    }
    if (item === null || item === undefined) {
      slots.release();
      await waitForDelay(runtime.idleDelayMilliseconds - (Date.now() - startedAt), runtime.signal);
      continue;
    }
    runtime.stats.received += 1;
    runtime.stats.inFlight += 1;
    const task: Promise<void> = processInboxItem(messenger, item, runtime).finally(() => {
      runtime.stats.inFlight -= 1;
      slots.release();
      inFlight.delete(task);
    });
    inFlight.add(task);
  }

  await Promise.all(inFlight);
  await lease?.release();
}
