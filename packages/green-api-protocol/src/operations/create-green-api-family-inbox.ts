import { type InboxOperations, MessengerError } from '@switchboard/core';
import type { GreenApiNetwork } from '../green-api-network.js';
import { mapGreenApiNotificationSafely } from '../mappers/map-green-api-notification-safely.js';
import type { ProviderLabel } from '../messenger/provider-label.js';
import { parseBearerWebhook } from '../webhook/parse-bearer-webhook.js';
import type { GreenApiFamilyOperationContext } from './green-api-family-operation-context.js';

type ReceiveOptions = NonNullable<Parameters<InboxOperations['receive']>[0]>;

/** One item of a GREEN-API-family notification queue: its receipt and the webhook body. */
export interface GreenApiFamilyNotificationEnvelope {
  /** The receipt `deleteNotification` takes to remove the item from the queue. */
  receiptId: number | string;
  /** The notification, shaped as the webhook would push it; absent on an empty queue. */
  body?: unknown;
}

/** How an adapter reads and deletes queued notifications. */
export interface GreenApiFamilyInboxParts {
  /** Long-polls for the next notification; `null` when none came in time. */
  receiveNotification(options: ReceiveOptions): Promise<GreenApiFamilyNotificationEnvelope | null>;
  /** Deletes a notification by its receipt (digits, a safe integer). */
  deleteNotification(receiptId: string): Promise<unknown>;
}

/**
 * Builds `messenger.inbox`: `receive` maps the adapter's long-poll to events (the receipt is the
 * `receiptId`), `ack` deletes by receipt (anything but a safe integer rejects with `invalid-request`),
 * and `parseWebhook` verifies the bearer token, applies the body limits and parses the pushed body;
 * both paths produce the same events.
 */
export function createGreenApiFamilyInbox<Network extends GreenApiNetwork>(
  context: GreenApiFamilyOperationContext<unknown, Network>,
  provider: ProviderLabel,
  parts: GreenApiFamilyInboxParts,
): InboxOperations {
  const { webhook } = context;
  const notificationContext = {
    provider: provider.provider,
    idInstance: webhook.idInstance,
    network: webhook.network,
  };
  return {
    receive: async (options = {}) => {
      const envelope = await parts.receiveNotification(options);
      if (envelope === null) return null;
      return {
        event: mapGreenApiNotificationSafely(envelope.body, notificationContext),
        receipt: String(envelope.receiptId),
      };
    },
    ack: async (item) => {
      if (!/^\d+$/.test(item.receipt) || !Number.isSafeInteger(Number(item.receipt))) {
        throw new MessengerError(
          `${provider.label} receipts are integers, got ${JSON.stringify(item.receipt)}`,
          { code: 'invalid-request', provider: provider.provider },
        );
      }
      await parts.deleteNotification(item.receipt);
    },
    parseWebhook: async (request) => ({
      events: await parseBearerWebhook(request, webhook, provider),
      respond: () => new Response(null, { status: 200 }),
    }),
  };
}
