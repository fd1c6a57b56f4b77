// Type-checked (never run) in a scratch app that installed the packed tarballs: an adapter created directly and
// a webhook handler, the way an app that does not select its provider by config writes it.
import { createWebhookHandler, isMessengerError, type MessengerEvent } from '@switchboard/core';
import { createGreenApiMessenger } from '@switchboard/green-api';

export function createOrdersWebhook(
  idInstance: string,
  apiTokenInstance: string,
  onOrder: (event: MessengerEvent) => Promise<void>,
): (request: Request) => Promise<Response> {
  const messenger = createGreenApiMessenger({ network: 'whatsapp', idInstance, apiTokenInstance });
  return createWebhookHandler({
    messengers: [messenger],
    onEvent: async (event) => {
      if (event.type !== 'message-received') return;
      try {
        await onOrder(event);
      } catch (error) {
        if (isMessengerError(error, 'rate-limited')) return;
        throw error;
      }
    },
  });
}
