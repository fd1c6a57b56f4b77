import type { Messenger } from '../messenger/messenger.js';
import { pollMessenger } from './poll-messenger.js';
import type { Poller, PollingOptions } from './polling-options.js';
import { createPollingRuntime } from './polling-runtime.js';

/**
 * Polls one or many messengers (`inbox.receive` → handle → `inbox.ack`) in one runtime, with
 * at-least-once delivery and deduplication:
 *
 * - an item is acknowledged only after `onEvent` succeeded, so a crash or stop means redelivery, never
 *   loss;
 * - each event is claimed in the `store` by its `id` first: a duplicate that was already handled is
 *   acknowledged without calling `onEvent`;
 * - a failing handler is retried with exponential backoff (`retry`), then given to `onDeadLetter` and
 *   acknowledged, so one poison message cannot block the queue (if `onDeadLetter` throws, the item stays
 *   and is processed again later);
 * - receive failures back off and continue (429 `retryAfterMilliseconds` honoured); non-retryable ones (auth,
 *   unsupported, quota) go to `onError` and end that messenger's loop;
 * - up to `concurrency` items per messenger are handled at once;
 * - `stop()` or `signal` ends it gracefully: no new receives, in-flight handlers finish, items waiting for
 *   a retry or whose handler fails once the stop began are left unacknowledged for redelivery;
 * - with `lease`, workers sharing a store (Redis) split the instances: only the lease holder polls one,
 *   and another worker takes over when a holder dies.
 *
 * Throws an `invalid-request` MessengerError at once for invalid options.
 *
 * @example
 * ```ts
 * import { startPolling } from '@switchboard/core';
 *
 * const poller = startPolling([whatsapp, telegram], {
 *   onEvent: async (event, { messenger }) => {
 *     if (event.type === 'message-received') await messenger.sendText(event.chat.id, 'Got it');
 *   },
 *   onDeadLetter: async (event, error) => deadLetters.insert({ event, error: String(error) }),
 *   concurrency: 4,
 * });
 * process.once('SIGTERM', () => void poller.stop());
 * ```
 */
export function startPolling(messengers: Messenger | readonly Messenger[], options: PollingOptions): Poller {
  const list: readonly Messenger[] = Array.isArray(messengers) ? messengers : [messengers as Messenger];
  const controller = new AbortController();
  const runtime = createPollingRuntime(options, controller.signal);
  const stopOnSignal = () => controller.abort();
  options.signal?.addEventListener('abort', stopOnSignal, { once: true });
  if (options.signal?.aborted === true) controller.abort();

  const done = Promise.all(list.map((messenger) => pollMessenger(messenger, runtime))).then(() => {
    options.signal?.removeEventListener('abort', stopOnSignal);
  });
  return {
    stop() {
      controller.abort();
      return done;
    },
    done,
    get stats() {
      return { ...runtime.stats };
    },
  };
}
