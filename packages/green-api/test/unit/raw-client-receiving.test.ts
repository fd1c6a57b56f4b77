import { describe } from 'vitest';
import { useNock } from '../support/nock-helpers.js';
import { chatId, itSendsEachWhatsAppRequestShape, type RawCase } from '../support/raw-client-cases.js';

useNock();

/** Receiving methods (§2.3) and journals (§2.4). */
const cases: RawCase[] = [
  {
    method: 'receiveNotification',
    verb: 'GET',
    call: (c) => c.receiveNotification({ receiveTimeout: 7 }),
    query: { receiveTimeout: '7' },
    reply: { receiptId: 5, body: { typeWebhook: 'stateInstanceChanged' } },
  },
  {
    method: 'deleteNotification',
    verb: 'DELETE',
    call: (c) => c.deleteNotification(5),
    suffix: '/5',
    reply: { result: true },
  },
  {
    method: 'downloadFile',
    verb: 'POST',
    call: (c) => c.downloadFile({ chatId, idMessage: 'M1' }),
    body: { chatId, idMessage: 'M1' },
    reply: { downloadUrl: 'https://storage.example/a.jpg' },
  },
  // §2.4 journals
  {
    method: 'getChatHistory',
    verb: 'POST',
    call: (c) => c.getChatHistory({ chatId, count: 10 }),
    body: { chatId, count: 10 },
    reply: [
      {
        type: 'incoming',
        idMessage: 'M1',
        timestamp: 1,
        typeMessage: 'textMessage',
        chatId,
        textMessage: 'x',
      },
    ],
  },
  {
    method: 'getMessage',
    verb: 'POST',
    call: (c) => c.getMessage({ chatId, idMessage: 'M1' }),
    body: { chatId, idMessage: 'M1' },
    reply: { type: 'outgoing', idMessage: 'M1', timestamp: 1, typeMessage: 'textMessage', chatId },
  },
  {
    method: 'lastIncomingMessages',
    verb: 'GET',
    call: (c) => c.lastIncomingMessages({ minutes: 60 }),
    query: { minutes: '60' },
    reply: {},
    expected: [],
  },
  {
    method: 'lastOutgoingMessages',
    verb: 'GET',
    call: (c) => c.lastOutgoingMessages({ minutes: 30 }),
    query: { minutes: '30' },
    reply: [],
    expected: [],
  },
  {
    method: 'getChats',
    verb: 'GET',
    call: (c) => c.getChats({ count: 5 }),
    query: { count: '5' },
    reply: [{ chatId: '10000000', name: 'Ivan' }],
  },
];

describe('GreenApiClient request shapes (WhatsApp)', () => {
  itSendsEachWhatsAppRequestShape(cases);
});
