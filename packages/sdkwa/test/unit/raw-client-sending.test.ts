import { describe } from 'vitest';
import { pathOf, useNock } from '../support/nock-helpers.js';
import { chatId, idMessage, itSendsEachRequestShape, type JsonCase } from '../support/raw-client-cases.js';

useNock();

/** Sending methods with JSON bodies. */
const cases: JsonCase[] = [
  {
    name: 'sendMessage',
    call: (client) =>
      client.sendMessage({ chatId, message: 'Hello', quotedMessageId: idMessage, linkPreview: false }),
    verb: 'POST',
    path: pathOf('sendMessage'),
    body: { chatId, message: 'Hello', quotedMessageId: idMessage, linkPreview: false },
    reply: { idMessage },
  },
  {
    name: 'sendContact',
    call: (client) =>
      client.sendContact({
        chatId,
        contact: { phoneContact: 79001234567, firstName: 'Anna', lastName: undefined },
      }),
    verb: 'POST',
    path: pathOf('sendContact'),
    body: { chatId, contact: { phoneContact: 79001234567, firstName: 'Anna' } },
    reply: { idMessage },
  },
  {
    name: 'sendLocation',
    call: (client) =>
      client.sendLocation({ chatId, latitude: 55.74093, longitude: 37.620508, nameLocation: "I'm here" }),
    verb: 'POST',
    path: pathOf('sendLocation'),
    body: { chatId, latitude: 55.74093, longitude: 37.620508, nameLocation: "I'm here" },
    reply: { idMessage },
  },
  {
    name: 'sendFileByUrl',
    call: (client) =>
      client.sendFileByUrl({
        chatId,
        urlFile: 'https://example.com/wa.png',
        fileName: 'wa.png',
        caption: 'wa',
      }),
    verb: 'POST',
    path: pathOf('sendFileByUrl'),
    body: { chatId, urlFile: 'https://example.com/wa.png', fileName: 'wa.png', caption: 'wa' },
    reply: { idMessage },
  },
  {
    name: 'sendButtons',
    call: (client) =>
      client.sendButtons({ chatId, message: 'Go?', buttons: [{ buttonId: '1', buttonText: 'Yes' }] }),
    verb: 'POST',
    path: pathOf('sendButtons'),
    body: { chatId, message: 'Go?', buttons: [{ buttonId: '1', buttonText: 'Yes' }] },
    reply: { idMessage },
  },
  {
    name: 'sendTemplateButtons',
    call: (client) => client.sendTemplateButtons({ chatId, message: 'Hi', templateButtons: [{ index: 1 }] }),
    verb: 'POST',
    path: pathOf('sendTemplateButtons'),
    body: { chatId, message: 'Hi', templateButtons: [{ index: 1 }] },
    reply: { idMessage },
  },
  {
    name: 'sendListMessage',
    call: (client) =>
      client.sendListMessage({ chatId, message: 'Menu', buttonText: 'Open', sections: [{ title: 'Pizza' }] }),
    verb: 'POST',
    path: pathOf('sendListMessage'),
    body: { chatId, message: 'Menu', buttonText: 'Open', sections: [{ title: 'Pizza' }] },
    reply: { idMessage },
  },
];

describe('SdkwaClient request shapes', () => {
  itSendsEachRequestShape(cases);
});
