import { type InboxOperations, MessengerError } from '@switchboard/core';
import type { SdkwaNotificationEnvelope } from '../client/receiving-methods.js';
import { sdkwaProvider } from '../errors.js';
import { mapSdkwaNotification } from '../mappers/map-sdkwa-notification.js';
import { parseSdkwaWebhook } from '../webhook/parse-sdkwa-webhook.js';
import type { SdkwaOperationContext } from './operation-context.js';

/** SDKWA's documented server-side wait of `receiveNotification`. */
const serverWaitMilliseconds = 5000;

/**
 * Builds `messenger.inbox`. `receive` long-polls `receiveNotification` (SDKWA waits up to ~5 s per
 * call): without `timeoutMilliseconds` one call is made; with it, calls repeat until a notification
 * arrives or the time is up (a call still running then is abandoned: the notification stays queued
 * until deleted). The receipt is the `receiptId`; `ack` calls `deleteNotification`. `parseWebhook`
 * verifies the bearer token and parses the pushed body; both paths produce the same events.
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
      const deadline =
        options.timeoutMilliseconds === undefined ? undefined : Date.now() + options.timeoutMilliseconds;
      for (;;) {
        const remaining = deadline === undefined ? undefined : Math.max(0, deadline - Date.now());
        const envelope = await pollOnce(context, options.signal, remaining);
        if (envelope !== null && envelope !== undefined) {
          return {
            event: mapSdkwaNotification(envelope.body, notificationContext),
            receipt: String(envelope.receiptId),
          };
        }
        if (envelope === undefined || deadline === undefined || Date.now() >= deadline) return null;
      }
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

/**
 * One `receiveNotification` call: the envelope, `null` when SDKWA's wait ended empty, or `undefined`
 * when `remaining` milliseconds passed first (the call is abandoned).
 */
async function pollOnce(
  context: SdkwaOperationContext,
  signal: AbortSignal | undefined,
  remaining: number | undefined,
): Promise<SdkwaNotificationEnvelope | null | undefined> {
  const timeoutMilliseconds = serverWaitMilliseconds + context.timeoutMilliseconds;
  if (remaining === undefined) return context.client.receiveNotification({}, { signal, timeoutMilliseconds });
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new Error('receive deadline')), remaining);
  const combined = signal === undefined ? deadline.signal : AbortSignal.any([signal, deadline.signal]);
  try {
    return await context.client.receiveNotification({}, { signal: combined, timeoutMilliseconds });
  } catch (error) {
    if (deadline.signal.aborted && signal?.aborted !== true) return undefined;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
