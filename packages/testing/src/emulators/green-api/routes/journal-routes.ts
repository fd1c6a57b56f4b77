import { jsonResponse } from '../../shared/index.js';
import { BodyFields } from '../body-fields.js';
import { GreenApiHttpError } from '../green-api-http-error.js';
import type { GreenApiInstance } from '../green-api-instance.js';
import type { GreenApiRoute } from '../green-api-route.js';
import type { JsonObject } from '../green-api-types.js';
import { networkRules } from '../network-rules.js';
import { listOrEmptyObject, queryInteger, requireChatId } from '../route-helpers.js';

function lastMessages(type: 'incoming' | 'outgoing'): GreenApiRoute {
  return {
    name: type === 'incoming' ? 'lastIncomingMessages' : 'lastOutgoingMessages',
    verbs: ['GET'],
    handle: ({ request, instance }) => {
      const minutes = queryInteger(request.query, 'minutes', 1440);
      return jsonResponse(200, listOrEmptyObject(instance, instance.journal.last(type, minutes)));
    },
  };
}

function chatList(instance: GreenApiInstance): JsonObject[] {
  const chatIds = new Set<string>([
    ...instance.journal.chats().keys(),
    ...instance.groups.list().map((group) => group.chatId),
    ...instance.directory.list().map((contact) => contact.chatId),
  ]);
  return [...chatIds].map((chatId) => {
    const group = networkRules.isGroupChatId(instance.typeInstance, chatId);
    const phone = instance.directory.get(chatId)?.phone ?? networkRules.phoneOfChatId(chatId);
    const phoneNumber = phone === undefined || group ? {} : { phoneNumber: Number(phone) };
    return { chatId, name: instance.chatName(chatId), type: group ? 'group' : 'user', ...phoneNumber };
  });
}

/**
 * Journals (reference §2.4) and read marks: getChatHistory, getMessage, lastIncoming/OutgoingMessages (`{}` when
 * empty on MAX, `[]` elsewhere), getChats, readChat.
 */
export const journalRoutes: readonly GreenApiRoute[] = [
  {
    name: 'getChatHistory',
    verbs: ['POST'],
    handle: ({ request, instance }) => {
      const fields = BodyFields.fromRequest(request);
      const chatId = requireChatId(fields, instance);
      const count = fields.optionalInteger('count', 1) ?? 100;
      return jsonResponse(200, instance.journal.history(chatId, count));
    },
  },
  {
    name: 'getMessage',
    verbs: ['POST'],
    handle: ({ request, instance }) => {
      const fields = BodyFields.fromRequest(request);
      const chatId = requireChatId(fields, instance);
      const idMessage = fields.requiredString('idMessage');
      const entry = instance.journal.get(idMessage);
      if (entry === undefined || entry.chatId !== chatId)
        throw GreenApiHttpError.badRequest('message not found');
      return jsonResponse(200, entry);
    },
  },
  lastMessages('incoming'),
  lastMessages('outgoing'),
  {
    name: 'getChats',
    verbs: ['GET'],
    handle: ({ request, instance }) => {
      const count = queryInteger(request.query, 'count', Number.MAX_SAFE_INTEGER);
      return jsonResponse(200, chatList(instance).slice(0, count));
    },
  },
  {
    name: 'readChat',
    verbs: ['POST'],
    live: true,
    handle: ({ request, instance }) => {
      const fields = BodyFields.fromRequest(request);
      const chatId = requireChatId(fields, instance);
      const idMessage = fields.optionalString('idMessage');
      instance.readMarks.push(idMessage === undefined ? { chatId } : { chatId, idMessage });
      return jsonResponse(200, { setRead: true });
    },
  },
];
