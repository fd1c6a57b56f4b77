import type { InboxOperations } from '@switchboard/core';
import { createGreenApiFamilyInbox } from '@switchboard/green-api-protocol';
import { greenApiProviderLabel } from '../green-api-provider-label.js';
import type { GreenApiOperationContext } from './green-api-operation-context.js';

const minimumReceiveSeconds = 5;
const maximumReceiveSeconds = 60;

/** Converts a wait in milliseconds to GREEN-API's `receiveTimeout` seconds, clamped to 5–60. */
export function receiveTimeoutSeconds(timeoutMilliseconds: number | undefined): number {
  const seconds = Math.ceil((timeoutMilliseconds ?? minimumReceiveSeconds * 1000) / 1000);
  return Math.min(maximumReceiveSeconds, Math.max(minimumReceiveSeconds, seconds));
}

/**
 * Builds `messenger.inbox`: `receive` long-polls `receiveNotification` (a `null` answer is `null`, the
 * receipt is the `receiptId`), `ack` calls `deleteNotification`, and `parseWebhook` verifies the bearer
 * token and parses the pushed body; both paths produce the same events.
 *
 * @example
 * ```ts
 * const inbox = createGreenApiInbox(context);
 * const item = await inbox.receive({ timeoutMilliseconds: 20_000 });
 * ```
 */
export function createGreenApiInbox(context: GreenApiOperationContext): InboxOperations {
  const { client } = context;
  return createGreenApiFamilyInbox(context, greenApiProviderLabel, {
    receiveNotification: ({ signal, timeoutMilliseconds }) => {
      const receiveTimeout = receiveTimeoutSeconds(timeoutMilliseconds);
      return client.receiveNotification(
        { receiveTimeout },
        { signal, timeoutMilliseconds: receiveTimeout * 1000 + context.timeoutMilliseconds },
      );
    },
    deleteNotification: (receiptId) => client.deleteNotification(Number(receiptId)),
  });
}
