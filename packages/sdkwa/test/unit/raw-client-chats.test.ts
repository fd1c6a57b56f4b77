import { describe } from 'vitest';
import { pathOf, useNock } from '../support/nock-helpers.js';
import { chatId, idMessage, itSendsEachRequestShape, type JsonCase } from '../support/raw-client-cases.js';

useNock();

/** Chat methods: read marks, contacts, chats and checks. */
const cases: JsonCase[] = [
  {
    name: 'readChat',
    call: (client) => client.readChat({ chatId }),
    verb: 'POST',
    path: pathOf('readChat'),
    body: { chatId },
    reply: { setRead: true },
  },
  {
    name: 'getContacts',
    call: (client) => client.getContacts(),
    verb: 'GET',
    path: pathOf('getContacts'),
    reply: [{ id: chatId, name: 'Anna', type: 'user' }],
  },
  {
    name: 'getChats',
    call: (client) => client.getChats(),
    verb: 'GET',
    path: pathOf('getChats'),
    reply: [{ id: chatId, archive: false, notSpam: true }],
  },
  {
    name: 'getContactInfo (POST, the Python SDK form)',
    call: (client) => client.getContactInfo({ chatId }),
    verb: 'POST',
    path: pathOf('getContactInfo'),
    body: { chatId },
    reply: { name: 'Anna', chatId, isMute: false },
  },
  {
    name: 'getContactInfo (GET with ?chatId=)',
    call: (client) => client.getContactInfo({ chatId }, { verb: 'GET' }),
    verb: 'GET',
    path: pathOf('getContactInfo'),
    query: { chatId },
    reply: { name: 'Anna', chatId },
  },
  {
    name: 'checkWhatsapp',
    call: (client) => client.checkWhatsapp({ phoneNumber: '7900123456858' }),
    verb: 'POST',
    path: pathOf('checkWhatsapp'),
    body: { phoneNumber: 7900123456858 },
    reply: { existsWhatsapp: true },
  },
  {
    name: 'checkContact',
    call: (client) => client.checkContact({ contact: '79001234567' }),
    verb: 'POST',
    path: pathOf('checkContact'),
    body: { contact: '79001234567' },
    reply: { existsWhatsapp: false },
  },
  {
    name: 'blockChat',
    call: (client) => client.blockChat({ chatId, block: true }),
    verb: 'POST',
    path: pathOf('blockChat'),
    body: { chatId, block: 'true' },
    reply: '',
    expected: null,
  },
  {
    name: 'getAvatar',
    call: (client) => client.getAvatar({ chatId }),
    verb: 'POST',
    path: pathOf('getAvatar'),
    body: { chatId },
    reply: { existsWhatsapp: true, urlAvatar: 'https://pps.whatsapp.net/a.jpg' },
  },
  {
    name: 'archiveChat',
    call: (client) => client.archiveChat({ chatId }),
    verb: 'POST',
    path: pathOf('archiveChat'),
    body: { chatId },
    reply: {},
  },
  {
    name: 'unarchiveChat',
    call: (client) => client.unarchiveChat({ chatId }),
    verb: 'POST',
    path: pathOf('unarchiveChat'),
    body: { chatId },
    reply: {},
  },
  {
    name: 'deleteMessage',
    call: (client) => client.deleteMessage({ chatId, idMessage }),
    verb: 'POST',
    path: pathOf('deleteMessage'),
    body: { chatId, idMessage },
    reply: {},
  },
];

describe('SdkwaClient request shapes', () => {
  itSendsEachRequestShape(cases);
});
