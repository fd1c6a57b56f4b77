import { describe } from 'vitest';
import { pathOf, useNock } from '../support/nock-helpers.js';
import { chatId, idMessage, itSendsEachRequestShape, type JsonCase } from '../support/raw-client-cases.js';

useNock();

/** Journal methods: chat history, message logs and the outgoing queue. */
const cases: JsonCase[] = [
  {
    name: 'getChatHistory',
    call: (client) => client.getChatHistory({ chatId, count: 100 }),
    verb: 'POST',
    path: pathOf('getChatHistory'),
    body: { chatId, count: 100 },
    reply: [{ type: 'outgoing', idMessage, timestamp: 1, typeMessage: 'textMessage', chatId }],
  },
  {
    name: 'lastIncomingMessages',
    call: (client) => client.lastIncomingMessages({ minutes: 1440 }),
    verb: 'GET',
    path: pathOf('lastIncomingMessages'),
    query: { minutes: '1440' },
    reply: [],
  },
  {
    name: 'lastOutgoingMessages ({} is an empty list)',
    call: (client) => client.lastOutgoingMessages({ minutes: 60 }),
    verb: 'GET',
    path: pathOf('lastOutgoingMessages'),
    query: { minutes: '60' },
    reply: {},
    expected: [],
  },
  {
    name: 'showMessagesQueue',
    call: (client) => client.showMessagesQueue(),
    verb: 'GET',
    path: pathOf('showMessagesQueue'),
    reply: [{ typeMessage: 'textMessage', chatId, message: 'Hello' }],
  },
  {
    name: 'clearMessagesQueue',
    call: (client) => client.clearMessagesQueue(),
    verb: 'GET',
    path: pathOf('clearMessagesQueue'),
    reply: { isCleared: true },
  },
];

describe('SdkwaClient request shapes', () => {
  itSendsEachRequestShape(cases);
});
