import { type InboxOperations, MessengerError } from '@switchboard/core';
import { greenApiProvider } from '../green-api-provider.js';
import { parseGreenApiNotification } from '../webhook/parse-green-api-notification.js';
import { parseGreenApiWebhook } from '../webhook/parse-green-api-webhook.js';
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
  const notificationContext = { idInstance: context.idInstance, network: context.network };
  return {
    receive: async (options = {}) => {
      const receiveTimeout = receiveTimeoutSeconds(options.timeoutMilliseconds);
      const envelope = await context.client.receiveNotification(
        { receiveTimeout },
        { signal: options.signal, timeoutMilliseconds: receiveTimeout * 1000 + context.timeoutMilliseconds },
      );
      if (envelope === null) return null;
      return {
        event: parseGreenApiNotification(envelope.body, notificationContext),
        receipt: String(envelope.receiptId),
      };
    },
    ack: async (item) => {
      const receiptId = Number(item.receipt);
      if (!Number.isSafeInteger(receiptId)) {
        throw new MessengerError(`GREEN-API receipts are integers, got ${JSON.stringify(item.receipt)}`, {
          code: 'invalid-request',
          provider: greenApiProvider,
        });
      }
      await context.client.deleteNotification(receiptId);
    },
    parseWebhook: async (request) => {
      const events = await parseGreenApiWebhook(request, {
        ...notificationContext,
        webhookUrlToken: context.webhookUrlToken,
        allowUnauthenticatedWebhooks: context.allowUnauthenticatedWebhooks,
      });
      return { events, respond: () => new Response(null, { status: 200 }) };
    },
  };
}
