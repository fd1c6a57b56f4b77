import { describe } from 'vitest';
import { useNock } from '../support/nock-helpers.js';
import { chatId, itSendsEachWhatsAppRequestShape, type RawCase } from '../support/raw-client-cases.js';

useNock();

/** Queue methods (§2.5) and read marks (§2.6). */
const cases: RawCase[] = [
  { method: 'showMessagesQueue', verb: 'GET', call: (c) => c.showMessagesQueue(), reply: {}, expected: [] },
  {
    method: 'clearMessagesQueue',
    verb: 'GET',
    call: (c) => c.clearMessagesQueue(),
    reply: { isCleared: true },
  },
  { method: 'getMessagesCount', verb: 'GET', call: (c) => c.getMessagesCount(), reply: { count: 2 } },
  { method: 'getWebhooksCount', verb: 'GET', call: (c) => c.getWebhooksCount(), reply: { count: 4 } },
  {
    method: 'clearWebhooksQueue',
    verb: 'DELETE',
    call: (c) => c.clearWebhooksQueue(),
    reply: { isCleared: true, reason: null },
  },
  {
    method: 'readChat',
    verb: 'POST',
    call: (c) => c.readChat({ chatId, idMessage: 'M1' }),
    body: { chatId, idMessage: 'M1' },
    reply: { setRead: true },
  },
];

describe('GreenApiClient request shapes (WhatsApp)', () => {
  itSendsEachWhatsAppRequestShape(cases);
});
