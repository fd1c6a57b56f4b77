import { isMessengerError, type Messenger, type MessengerEvent } from '@switchboard/core';

/**
 * Options of {@link pollInbox}.
 *
 * @example
 * ```ts
 * const options: PollInboxOptions = { signal, receiveTimeoutMilliseconds: 20_000, onEvent: print };
 * ```
 */
export interface PollInboxOptions {
  /** Stops the loop (in-flight receives are aborted). */
  signal: AbortSignal;
  /** The long-poll length passed to `inbox.receive`. */
  receiveTimeoutMilliseconds: number;
  /** Handles an event; the item is acknowledged after it resolves. */
  onEvent(event: MessengerEvent): Promise<void> | void;
  /** Reports a receive failure that will be retried. */
  onRetry?(error: unknown, delayMilliseconds: number): void;
}

const sleep = (milliseconds: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, milliseconds);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });

/**
 * Receives from `messenger.inbox` until the signal aborts: `receive → onEvent → ack`, so an event is
 * acknowledged only after it was handled. Retryable receive failures back off (honouring
 * `retryAfterMs`); other failures (auth, unsupported) end the loop by rejecting.
 *
 * @example
 * ```ts
 * await pollInbox(messenger, { signal, receiveTimeoutMilliseconds: 20_000, onEvent: (event) => console.log(event.type) });
 * ```
 */
export async function pollInbox(messenger: Messenger, options: PollInboxOptions): Promise<void> {
  const { signal } = options;
  let failures = 0;
  while (!signal.aborted) {
    let item: Awaited<ReturnType<Messenger['inbox']['receive']>>;
    try {
      item = await messenger.inbox.receive({
        timeoutMilliseconds: options.receiveTimeoutMilliseconds,
        signal,
      });
      failures = 0;
    } catch (error) {
      if (signal.aborted) return;
      if (!isMessengerError(error) || !error.isRetryable) throw error;
      failures += 1;
      const delay = error.retryAfterMs ?? Math.min(30_000, 500 * 2 ** (failures - 1));
      options.onRetry?.(error, delay);
      await sleep(delay, signal);
      continue;
    }
    if (item === null) continue;
    await options.onEvent(item.event);
    await messenger.inbox.ack(item);
  }
}
