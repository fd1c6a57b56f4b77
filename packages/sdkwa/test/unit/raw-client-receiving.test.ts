import { describe } from 'vitest';
import { pathOf, useNock } from '../support/nock-helpers.js';
import { itSendsEachRequestShape, type JsonCase } from '../support/raw-client-cases.js';

useNock();

/** Receiving methods: the notification queue. */
const cases: JsonCase[] = [
  {
    name: 'receiveNotification (with data)',
    call: (client) => client.receiveNotification(),
    verb: 'GET',
    path: pathOf('receiveNotification'),
    reply: { receiptId: 13, body: { typeWebhook: 'incomingMessageReceived' } },
  },
  {
    name: 'receiveNotification (empty: null)',
    call: (client) => client.receiveNotification(),
    verb: 'GET',
    path: pathOf('receiveNotification'),
    reply: 'null',
    expected: null,
  },
  {
    name: 'receiveNotification (empty body)',
    call: (client) => client.receiveNotification(),
    verb: 'GET',
    path: pathOf('receiveNotification'),
    reply: '',
    expected: null,
  },
  {
    name: 'receiveNotification with receiveTimeout',
    call: (client) => client.receiveNotification({ receiveTimeout: 20 }),
    verb: 'GET',
    path: pathOf('receiveNotification'),
    query: { receiveTimeout: '20' },
    reply: 'null',
    expected: null,
  },
  {
    name: 'deleteNotification',
    call: (client) => client.deleteNotification(13),
    verb: 'DELETE',
    path: pathOf('deleteNotification/13'),
    reply: { result: true },
  },
];

describe('SdkwaClient request shapes', () => {
  itSendsEachRequestShape(cases);
});
