import { jsonResponse } from '../../shared/index.js';
import { BodyFields } from '../body-fields.js';
import { type GreenApiRoute, networksOf } from '../green-api-route.js';
import { acceptOutgoing, type OutgoingSend } from '../outgoing-delivery.js';
import { forwardedMessageData } from '../outgoing-message-data.js';
import { requireChatId } from '../route-helpers.js';

/**
 * `forwardMessages` (WhatsApp, Telegram): copies known messages of `chatIdFrom` to `chatId` as one queue item of
 * type `ForwardMessages`; unknown ids are skipped but still answer 200; an empty list is a 400.
 */
export const forwardRoute: GreenApiRoute = {
  name: 'forwardMessages',
  verbs: ['POST'],
  networks: networksOf.whatsappTelegram,
  handle: ({ request, instance, services }) => {
    const fields = BodyFields.fromRequest(request);
    const chatId = requireChatId(fields, instance);
    const chatIdFrom = requireChatId(fields, instance, 'chatIdFrom');
    const messages = fields.stringArray('messages', 1);
    const sends: OutgoingSend[] = [];
    for (const idMessage of messages) {
      const entry = instance.journal.get(idMessage);
      const original = instance.messageDataById.get(idMessage);
      if (entry === undefined || original === undefined || entry.chatId !== chatIdFrom) continue;
      sends.push({
        method: 'forwardMessages',
        queueType: 'ForwardMessages',
        chatId,
        body: fields.values,
        messageData: forwardedMessageData(original),
      });
    }
    const records = acceptOutgoing(instance, sends, services.statusProgression);
    return jsonResponse(200, { messages: records.map((record) => record.idMessage) });
  },
};
