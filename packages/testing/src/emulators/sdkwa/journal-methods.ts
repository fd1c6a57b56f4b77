import { jsonResponse } from '../shared/index.js';
import type { SdkwaMethodCall, SdkwaMethodTable } from './sdkwa-method-call.js';

function minutes(call: SdkwaMethodCall): number {
  const raw = call.request.query.get('minutes');
  if (raw === null || raw === '') return 1440;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) call.fail("'minutes' must be a non-negative integer");
  return value;
}

/**
 * Journal and queue methods (reference §3.3): `getChatHistory` (newest first, `count` default 100),
 * `lastIncomingMessages`/`lastOutgoingMessages` (`?minutes=`, default 1440), `showMessagesQueue`,
 * `clearMessagesQueue`.
 */
export const journalMethods: SdkwaMethodTable = {
  getChatHistory: {
    verbs: ['POST'],
    handle: (call) => {
      const chatId = call.chatId();
      const raw = call.fields().count;
      const count = raw === undefined ? 100 : call.requireNumber('count');
      if (!Number.isInteger(count) || count < 1) call.fail("'count' must be a positive integer");
      return jsonResponse(200, call.instance.journal.history(chatId, count));
    },
  },
  lastIncomingMessages: {
    verbs: ['GET'],
    handle: (call) => jsonResponse(200, call.instance.journal.last('incoming', minutes(call), Date.now())),
  },
  lastOutgoingMessages: {
    verbs: ['GET'],
    handle: (call) => jsonResponse(200, call.instance.journal.last('outgoing', minutes(call), Date.now())),
  },
  showMessagesQueue: { verbs: ['GET'], handle: (call) => jsonResponse(200, call.instance.outbox.items()) },
  clearMessagesQueue: {
    verbs: ['GET'],
    handle: (call) => {
      call.instance.outbox.clear();
      return jsonResponse(200, { isCleared: true });
    },
  },
};
