import { describe } from 'vitest';
import { useNock } from '../support/nock-helpers.js';
import {
  chatId,
  groupId,
  itSendsEachWhatsAppRequestShape,
  type RawCase,
} from '../support/raw-client-cases.js';

useNock();

/** Service methods (§2.8). */
const cases: RawCase[] = [
  {
    method: 'checkWhatsapp',
    verb: 'POST',
    call: (c) => c.checkWhatsapp({ phoneNumber: 79001234567 }),
    body: { phoneNumber: 79001234567 },
    reply: { existsWhatsapp: true, chatId },
  },
  {
    method: 'checkAccount',
    verb: 'POST',
    call: (c) => c.checkAccount({ phoneNumber: 79001234567, force: true }),
    body: { phoneNumber: 79001234567, force: true },
    reply: { exist: true, chatId: 10000000 },
    expected: { exist: true, chatId: '10000000' },
  },
  {
    method: 'getAvatar',
    verb: 'POST',
    call: (c) => c.getAvatar({ chatId }),
    body: { chatId },
    reply: { existsWhatsapp: true, urlAvatar: 'https://pps.example/a.jpg', available: true },
  },
  {
    method: 'getContacts',
    verb: 'GET',
    call: (c) => c.getContacts({ group: true, count: 3 }),
    query: { group: 'true', count: '3' },
    reply: [{ id: groupId, name: 'Team', type: 'group' }],
  },
  {
    method: 'getContactInfo',
    verb: 'POST',
    call: (c) => c.getContactInfo({ chatId }),
    body: { chatId },
    reply: { chatId, name: 'Jane', isBusiness: false },
  },
  {
    method: 'archiveChat',
    verb: 'POST',
    call: (c) => c.archiveChat({ chatId }),
    body: { chatId },
    reply: '',
    expected: null,
  },
  {
    method: 'unarchiveChat',
    verb: 'POST',
    call: (c) => c.unarchiveChat({ chatId }),
    body: { chatId },
    reply: '',
    expected: null,
  },
  {
    method: 'setDisappearingChat',
    verb: 'POST',
    call: (c) => c.setDisappearingChat({ chatId, ephemeralExpiration: 86400 }),
    body: { chatId, ephemeralExpiration: 86400 },
    reply: { chatId, disappearingMessagesInChat: true, ephemeralExpiration: 86400 },
  },
  {
    method: 'addContact',
    verb: 'POST',
    call: (c) => c.addContact({ chatId, firstName: 'Anna', saveInAddressbook: true }),
    body: { chatId, firstName: 'Anna', saveInAddressbook: true },
    reply: { addContact: true },
  },
  {
    method: 'editContact',
    verb: 'POST',
    call: (c) => c.editContact({ chatId, firstName: 'Anna', lastName: 'P' }),
    body: { chatId, firstName: 'Anna', lastName: 'P' },
    reply: { editContact: true },
  },
  {
    method: 'deleteContact',
    verb: 'POST',
    call: (c) => c.deleteContact({ chatId }),
    body: { chatId },
    reply: { deleteContact: true },
  },
];

describe('GreenApiClient request shapes (WhatsApp)', () => {
  itSendsEachWhatsAppRequestShape(cases);
});
