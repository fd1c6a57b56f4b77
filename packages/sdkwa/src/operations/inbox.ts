import { type InboxOperations, MessengerError } from '@switchboard/core';
import { mapSdkwaNotification } from '../mappers/map-sdkwa-notification.js';
import { sdkwaProvider } from '../sdkwa-provider.js';
import { parseSdkwaWebhook } from '../webhook/parse-sdkwa-webhook.js';
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
export function createSdkwaInbox(context: SdkwaOperationContext): Partial<InboxOperations> {
  const notificationContext = { idInstance: context.idInstance, network: context.network };
  return {
    receive: async (options = {}) => {
      const envelope =
        options.timeoutMilliseconds === undefined
          ? await receiveNotificationOnce(context, options.signal)
          : await receiveNotificationWithin(context, options.timeoutMilliseconds, options.signal);
      if (envelope === null) return null;
      return {
        event: mapSdkwaNotification(envelope.body, notificationContext),
        receipt: String(envelope.receiptId),
      };
    },
    ack: async (item) => {
      if (!/^\d+$/.test(item.receipt)) {
        throw new MessengerError(`SDKWA receipts are integers, got ${JSON.stringify(item.receipt)}`, {
          code: 'invalid-request',
          provider: sdkwaProvider,
        });
      }
      await context.client.deleteNotification(item.receipt);
    },
    parseWebhook: async (request) => {
      const events = await parseSdkwaWebhook(request, {
        ...notificationContext,
        webhookUrlToken: context.webhookUrlToken,
        allowUnauthenticatedWebhooks: context.allowUnauthenticatedWebhooks,
      });
      return { events, respond: () => new Response(null, { status: 200 }) };
    },
  };
}
