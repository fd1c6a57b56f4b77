import { type InboxItem, type InboxOperations, MessengerError } from '@switchboard/core';
import { waitForDelay } from '@switchboard/core/adapter';
import { mapWhatsgateEvent } from '../mappers/map-whatsgate-event.js';
import { WhatsgateEventReader } from '../receiving/whatsgate-event-reader.js';
import { readWhatsgateWebhook } from '../webhook/read-whatsgate-webhook.js';
import { whatsgateProvider } from '../whatsgate-provider.js';
import type { WhatsgateOperationContext } from './whatsgate-operation-context.js';

const defaultReceiveTimeoutMilliseconds = 5000;

function readEventDate(item: InboxItem): string | undefined {
  const raw = item.event.raw;
  if (typeof raw !== 'object' || raw === null) return undefined;
  const date = (raw as Record<string, unknown>).event_date;
  return typeof date === 'string' ? date : undefined;
}

/**
 * The `inbox` group. Polling: `receive` reads `events-get` after the session's cursor, calling it
 * every `pollIntervalMilliseconds` until an event arrives or `timeoutMilliseconds` (default 5000)
 * pass; the item's `receipt` is the Whatsgate event id. Until it is acknowledged, `receive` returns
 * the same event again. `ack` moves the cursor in the `cursorStore` (Whatsgate deletes nothing), so a
 * poller restarted with a persistent store does not see acknowledged events again. Push:
 * `parseWebhook` verifies the URL secret and parses the body; `respond()` answers
 * `{"result":"OK","id":<event id>}`.
 *
 * @example
 * ```ts
 * const inbox = createInboxOperations(context);
 * const item = await inbox.receive({ timeoutMilliseconds: 10_000 });
 * if (item) { await handle(item.event); await inbox.ack(item); }
 * ```
 */
export function createInboxOperations(context: WhatsgateOperationContext): InboxOperations {
  const { whatsappId, receiving } = context;
  const reader = new WhatsgateEventReader(context.client, whatsappId, receiving.cursorStore);
  const eventContext = {
    instanceId: whatsappId,
    eventTimeZoneOffsetMinutes: receiving.eventTimeZoneOffsetMinutes,
    redactor: receiving.redactor,
  };
  return {
    async receive(options = {}) {
      const timeout = options.timeoutMilliseconds ?? defaultReceiveTimeoutMilliseconds;
      const deadline = Date.now() + timeout;
      for (;;) {
        const event = await reader.next(options.signal);
        if (event !== undefined)
          return { event: mapWhatsgateEvent(event, eventContext), receipt: String(event.id) };
        const remaining = deadline - Date.now();
        if (remaining <= 0) return null;
        const pause = Math.min(receiving.pollIntervalMilliseconds, remaining);
        if (!(await waitForDelay(pause, options.signal))) throw options.signal?.reason;
      }
    },
    async ack(item) {
      if (!/^\d+$/.test(item.receipt)) {
        throw new MessengerError('A Whatsgate receipt is an event id (digits)', {
          code: 'invalid-request',
          provider: whatsgateProvider,
        });
      }
      await reader.acknowledge(Number(item.receipt), readEventDate(item));
    },
    parseWebhook(request) {
      return readWhatsgateWebhook(request, { ...receiving, ...eventContext });
    },
  };
}
