import type { InboxOperations } from '@switchboard/core';
import { createGreenApiFamilyInbox } from '@switchboard/green-api-protocol';
import { sdkwaProviderLabel } from '../sdkwa-provider-label.js';
import { receiveNotificationOnce, receiveNotificationWithin } from './receive-notification-within.js';
import type { SdkwaOperationContext } from './sdkwa-operation-context.js';

/**
 * Builds `messenger.inbox`. `receive` long-polls `receiveNotification` (SDKWA waits up to ~5 s per
 * call): without `timeoutMilliseconds` one call is made; with it, calls repeat until a notification
 * arrives or the time is up, starting at least a second apart (a call still running then is
 * abandoned: the notification stays queued until deleted). The receipt is the `receiptId`; `ack`
 * calls `deleteNotification`. `parseWebhook` verifies the bearer token and parses the pushed body;
 * both paths produce the same events.
 *
 * @example
 * ```ts
 * const inbox = createSdkwaInbox(context);
 * const item = await inbox.receive({ timeoutMilliseconds: 20_000 });
 * if (item) await inbox.ack(item);
 * ```
 */
export function createSdkwaInbox(context: SdkwaOperationContext): InboxOperations {
  return createGreenApiFamilyInbox(context, sdkwaProviderLabel, {
    receiveNotification: ({ signal, timeoutMilliseconds }) =>
      timeoutMilliseconds === undefined
        ? receiveNotificationOnce(context, signal)
        : receiveNotificationWithin(context, timeoutMilliseconds, signal),
    deleteNotification: (receiptId) => context.client.deleteNotification(receiptId),
  });
}
