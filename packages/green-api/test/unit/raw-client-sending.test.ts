import { describe } from 'vitest';
import { useNock } from '../support/nock-helpers.js';
import { chatId, itSendsEachWhatsAppRequestShape, type RawCase } from '../support/raw-client-cases.js';

useNock();

/** Sending methods (§2.2). */
const cases: RawCase[] = [
  {
    method: 'sendMessage',
    verb: 'POST',
    call: (c) =>
      c.sendMessage({ chatId, message: 'Hi', quotedMessageId: 'Q1', linkPreview: false, typingTime: 2000 }),
    body: { chatId, message: 'Hi', quotedMessageId: 'Q1', linkPreview: false, typingTime: 2000 },
    reply: { idMessage: '3EB0C767D097B7C7C030' },
  },
  {
    method: 'sendFileByUrl',
    verb: 'POST',
    call: (c) =>
      c.sendFileByUrl({ chatId, urlFile: 'https://example.com/a.pdf', fileName: 'a.pdf', caption: 'Doc' }),
    body: { chatId, urlFile: 'https://example.com/a.pdf', fileName: 'a.pdf', caption: 'Doc' },
    reply: { idMessage: 'A1' },
  },
  {
    method: 'sendLocation',
    verb: 'POST',
    call: (c) =>
      c.sendLocation({
        chatId,
        latitude: 55.75,
        longitude: 37.61,
        nameLocation: 'Office',
        address: 'Moscow',
      }),
    body: { chatId, latitude: 55.75, longitude: 37.61, nameLocation: 'Office', address: 'Moscow' },
    reply: { idMessage: 'A2' },
  },
  {
    method: 'sendContact',
    verb: 'POST',
    call: (c) => c.sendContact({ chatId, contact: { phoneContact: 79001234567, firstName: 'Anna' } }),
    body: { chatId, contact: { phoneContact: 79001234567, firstName: 'Anna' } },
    reply: { idMessage: 'A3' },
  },
  {
    method: 'sendPoll',
    verb: 'POST',
    call: (c) =>
      c.sendPoll({ chatId, message: 'Lunch?', options: [{ optionName: 'A' }, { optionName: 'B' }] }),
    body: { chatId, message: 'Lunch?', options: [{ optionName: 'A' }, { optionName: 'B' }] },
    reply: { idMessage: 'A4' },
  },
  {
    method: 'forwardMessages',
    verb: 'POST',
    call: (c) => c.forwardMessages({ chatId, chatIdFrom: '79002222222@c.us', messages: ['M1'] }),
    body: { chatId, chatIdFrom: '79002222222@c.us', messages: ['M1'] },
    reply: { messages: ['N1'] },
    expected: { messages: ['N1'] },
  },
  {
    method: 'sendTyping',
    verb: 'POST',
    call: (c) => c.sendTyping({ chatId, typingTime: 3000, typingType: 'recording' }),
    body: { chatId, typingTime: 3000, typingType: 'recording' },
    reply: '',
    expected: null,
  },
  {
    method: 'editMessage',
    verb: 'POST',
    call: (c) => c.editMessage({ chatId, idMessage: 'M1', message: 'new' }),
    body: { chatId, idMessage: 'M1', message: 'new' },
    reply: { idMessage: 'M2' },
  },
  {
    method: 'deleteMessage',
    verb: 'POST',
    call: (c) => c.deleteMessage({ chatId, idMessage: 'M1', onlySenderDelete: true }),
    body: { chatId, idMessage: 'M1', onlySenderDelete: true },
    reply: '',
    expected: null,
  },
  {
    method: 'sendInteractiveButtons',
    verb: 'POST',
    call: (c) =>
      c.sendInteractiveButtons({
        chatId,
        body: 'Pick',
        buttons: [{ buttonText: 'Site', type: 'url', url: 'https://a.b' }],
      }),
    body: { chatId, body: 'Pick', buttons: [{ buttonText: 'Site', type: 'url', url: 'https://a.b' }] },
    reply: { idMessage: 'B1' },
  },
  {
    method: 'sendInteractiveButtonsReply',
    verb: 'POST',
    call: (c) =>
      c.sendInteractiveButtonsReply({
        chatId,
        body: 'Agree?',
        buttons: [{ buttonId: '1', buttonText: 'Yes' }],
      }),
    body: { chatId, body: 'Agree?', buttons: [{ buttonId: '1', buttonText: 'Yes' }] },
    reply: { idMessage: 'B2' },
  },
  {
    method: 'sendButtons',
    verb: 'POST',
    call: (c) => c.sendButtons({ chatId, message: 'Choose', buttons: [{ buttonId: 1, buttonText: 'Yes' }] }),
    body: { chatId, message: 'Choose', buttons: [{ buttonId: 1, buttonText: 'Yes' }] },
    reply: { idMessage: 'B3' },
  },
  {
    method: 'sendTemplateButtons',
    verb: 'POST',
    call: (c) => c.sendTemplateButtons({ chatId, message: 'Visit', templateButtons: [] }),
    body: { chatId, message: 'Visit', templateButtons: [] },
    reply: { idMessage: 'B4' },
  },
  {
    method: 'sendListMessage',
    verb: 'POST',
    call: (c) => c.sendListMessage({ chatId, message: 'Menu', buttonText: 'Open', sections: [] }),
    body: { chatId, message: 'Menu', buttonText: 'Open', sections: [] },
    reply: { idMessage: 'B5' },
  },
  {
    method: 'sendLink',
    verb: 'POST',
    call: (c) => c.sendLink({ chatId, urlLink: 'https://green-api.com' }),
    body: { chatId, urlLink: 'https://green-api.com' },
    reply: { idMessage: 'B6' },
  },
];

describe('GreenApiClient request shapes (WhatsApp)', () => {
  itSendsEachWhatsAppRequestShape(cases);
});
