import { jsonResponse } from '../../shared/index.js';
import { GreenApiHttpError } from '../green-api-http-error.js';
import type { GreenApiRoute } from '../green-api-route.js';

function receiveTimeoutSeconds(query: URLSearchParams): number {
  const value = Number(query.get('receiveTimeout') ?? '5');
  if (!Number.isFinite(value)) return 5;
  return Math.min(60, Math.max(5, Math.floor(value)));
}

/** The notification queue (HTTP API technology) and the outgoing messages queue. */
export const notificationRoutes: readonly GreenApiRoute[] = [
  {
    name: 'receiveNotification',
    verbs: ['GET'],
    handle: async ({ request, instance, services }) => {
      const timeout =
        receiveTimeoutSeconds(request.query) * services.timings.receiveTimeoutSecondMilliseconds;
      const entry = await instance.outbox.queue.waitForHead(timeout, request.signal);
      return jsonResponse(200, entry === undefined ? null : { receiptId: entry.receiptId, body: entry.body });
    },
  },
  {
    name: 'deleteNotification',
    verbs: ['DELETE'],
    takesReceiptId: true,
    handle: ({ instance, receiptId }) => {
      if (receiptId === undefined) throw GreenApiHttpError.validation(`'receiptId' is required`);
      if (!/^\d+$/.test(receiptId)) throw GreenApiHttpError.validation(`'receiptId' must be a number`);
      return jsonResponse(200, { result: instance.outbox.queue.delete(Number(receiptId)) });
    },
  },
  {
    name: 'getWebhooksCount',
    verbs: ['GET'],
    handle: ({ instance }) => jsonResponse(200, { count: instance.outbox.count }),
  },
  {
    name: 'clearWebhooksQueue',
    verbs: ['DELETE', 'GET'],
    handle: ({ instance, services }) => {
      const interval = services.timings.clearWebhooksQueueIntervalMilliseconds;
      const elapsed = Date.now() - instance.lastWebhooksClear;
      if (elapsed < interval) {
        const leftTime = Math.ceil((interval - elapsed) / 1000);
        return jsonResponse(200, { isCleared: false, reason: 'Too many requests', leftTime });
      }
      instance.lastWebhooksClear = Date.now();
      instance.outbox.clear();
      return jsonResponse(200, { isCleared: true, reason: null });
    },
  },
  {
    name: 'showMessagesQueue',
    verbs: ['GET'],
    handle: ({ instance }) => {
      const items = instance.outgoing.items().map((item) => ({
        messageID: item.messageID,
        ...(item.messagesIDs === undefined ? {} : { messagesIDs: item.messagesIDs }),
        type: item.type,
        body: item.body,
      }));
      return jsonResponse(200, items.length === 0 ? {} : items);
    },
  },
  {
    name: 'clearMessagesQueue',
    verbs: ['GET'],
    handle: ({ instance }) => {
      const removed = new Set(
        instance.outgoing.items().flatMap((item) => item.messagesIDs ?? [item.messageID]),
      );
      instance.outgoing.clear();
      for (const record of instance.sent) {
        if (!removed.has(record.idMessage)) continue;
        record.status = 'failed';
        record.description = 'removed by clearMessagesQueue';
      }
      return jsonResponse(200, { isCleared: true });
    },
  },
  {
    name: 'getMessagesCount',
    verbs: ['GET'],
    handle: ({ instance }) => jsonResponse(200, { count: instance.outgoing.size }),
  },
];
