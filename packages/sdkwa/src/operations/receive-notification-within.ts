import { waitForDelay } from '@switchboard/core/adapter';
import type { SdkwaNotificationEnvelope } from '../client/receiving-methods.js';
import type { SdkwaOperationContext } from './sdkwa-operation-context.js';

/** SDKWA's documented server-side wait of `receiveNotification`. */
const serverWaitMilliseconds = 5000;

/**
 * The shortest time from the start of one `receiveNotification` call to the next within one receive,
 * so that a server answering empty at once is not called in a tight loop.
 */
const minimumPollIntervalMilliseconds = 1000;

/**
 * Calls `receiveNotification` until a notification arrives or `timeoutMilliseconds` pass, then
 * answers the envelope or `null`. Calls start at least {@link minimumPollIntervalMilliseconds}
 * apart (an empty answer that came sooner is followed by a pause, never past the deadline); a call
 * still running at the deadline is abandoned (the notification stays queued until deleted). When
 * `signal` aborts, the call or pause stops and the promise rejects with the signal's reason.
 */
export async function receiveNotificationWithin(
  context: SdkwaOperationContext,
  timeoutMilliseconds: number,
  signal: AbortSignal | undefined,
): Promise<SdkwaNotificationEnvelope | null> {
  const deadline = Date.now() + timeoutMilliseconds;
  const expired = new Error('receive deadline');
  const controller = new AbortController();
  const forwardAbort = (): void => controller.abort(signal?.reason);
  if (signal?.aborted === true) forwardAbort();
  else signal?.addEventListener('abort', forwardAbort, { once: true });
  const timer = setTimeout(() => controller.abort(expired), Math.max(0, timeoutMilliseconds));
  try {
    for (;;) {
      const started = Date.now();
      const envelope = await receiveNotificationOnce(context, controller.signal);
      if (envelope !== null) return envelope;
      const pause = Math.min(started + minimumPollIntervalMilliseconds, deadline) - Date.now();
      if (pause > 0 && !(await waitForDelay(pause, controller.signal))) throw controller.signal.reason;
      if (Date.now() >= deadline) return null;
    }
  } catch (error) {
    if (controller.signal.reason === expired) return null;
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

/**
 * One `receiveNotification` call with room for SDKWA's own wait: the envelope, or `null` when the
 * wait ended empty.
 */
export function receiveNotificationOnce(
  context: SdkwaOperationContext,
  signal: AbortSignal | undefined,
): Promise<SdkwaNotificationEnvelope | null> {
  const timeoutMilliseconds = serverWaitMilliseconds + context.timeoutMilliseconds;
  return context.client.receiveNotification({}, { signal, timeoutMilliseconds });
}
