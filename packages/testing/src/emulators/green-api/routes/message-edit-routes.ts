import { emptyResponse, jsonResponse } from '../../shared/index.js';
import { BodyFields } from '../body-fields.js';
import { GreenApiHttpError } from '../green-api-http-error.js';
import type { GreenApiInstance } from '../green-api-instance.js';
import { type GreenApiRoute, networksOf } from '../green-api-route.js';
import type { GreenApiJournalEntry } from '../message-journal.js';
import { networkRules } from '../network-rules.js';
import { requireChatId } from '../route-helpers.js';

const editWindowSeconds = 15 * 60;
const textTypes = new Set(['textMessage', 'extendedTextMessage', 'quotedMessage']);

function ownMessage(instance: GreenApiInstance, chatId: string, idMessage: string): GreenApiJournalEntry {
  const entry = instance.journal.get(idMessage);
  if (entry === undefined || entry.chatId !== chatId) throw GreenApiHttpError.badRequest('message not found');
  return entry;
}

/** `editMessage` (own text messages, ~15 min window) and `deleteMessage` (WhatsApp, Telegram). */
export const messageEditRoutes: readonly GreenApiRoute[] = [
  {
    name: 'editMessage',
    verbs: ['POST'],
    networks: networksOf.whatsappTelegram,
    live: true,
    handle: ({ request, instance }) => {
      const fields = BodyFields.fromRequest(request);
      const chatId = requireChatId(fields, instance);
      const idMessage = fields.requiredString('idMessage');
      const message = fields.requiredString('message', networkRules.textLimit(instance.typeInstance));
      const entry = ownMessage(instance, chatId, idMessage);
      if (entry.type !== 'outgoing' || !textTypes.has(entry.typeMessage)) {
        throw GreenApiHttpError.badRequest('only text messages sent by this account can be edited');
      }
      if (Math.floor(Date.now() / 1000) - entry.timestamp > editWindowSeconds) {
        throw GreenApiHttpError.badRequest('message is too old to edit');
      }
      const newId = instance.ids.outgoing();
      instance.journal.update(idMessage, { textMessage: message, isEdited: true, editedMessageId: newId });
      const record = instance.sentById.get(idMessage);
      if (record !== undefined) record.body = { ...record.body, editedText: message };
      return jsonResponse(200, { idMessage: newId });
    },
  },
  {
    name: 'deleteMessage',
    verbs: ['POST'],
    networks: networksOf.whatsappTelegram,
    live: true,
    handle: ({ request, instance }) => {
      const fields = BodyFields.fromRequest(request);
      const chatId = requireChatId(fields, instance);
      const idMessage = fields.requiredString('idMessage');
      const onlySenderDelete = fields.optionalBoolean('onlySenderDelete') ?? false;
      ownMessage(instance, chatId, idMessage);
      instance.journal.update(idMessage, { isDeleted: true, deletedMessageId: idMessage, onlySenderDelete });
      return emptyResponse(200);
    },
  },
];
