import { describe } from 'vitest';
import { useNock } from '../support/nock-helpers.js';
import { chatId, itSendsEachWhatsAppRequestShape, type RawCase } from '../support/raw-client-cases.js';

useNock();

/** Status methods (§2.9). */
const cases: RawCase[] = [
  {
    method: 'sendTextStatus',
    verb: 'POST',
    call: (c) =>
      c.sendTextStatus({
        message: 'Open',
        backgroundColor: '#228B22',
        font: 'SERIF',
        participants: [chatId],
      }),
    body: { message: 'Open', backgroundColor: '#228B22', font: 'SERIF', participants: [chatId] },
    reply: { idMessage: 'S1' },
  },
  {
    method: 'sendVoiceStatus',
    verb: 'POST',
    call: (c) => c.sendVoiceStatus({ urlFile: 'https://example.com/a.ogg', fileName: 'a.ogg' }),
    body: { urlFile: 'https://example.com/a.ogg', fileName: 'a.ogg' },
    reply: { idMessage: 'S2' },
  },
  {
    method: 'sendMediaStatus',
    verb: 'POST',
    call: (c) =>
      c.sendMediaStatus({ urlFile: 'https://example.com/a.jpg', fileName: 'a.jpg', caption: 'New' }),
    body: { urlFile: 'https://example.com/a.jpg', fileName: 'a.jpg', caption: 'New' },
    reply: { idMessage: 'S3' },
  },
  {
    method: 'deleteStatus',
    verb: 'POST',
    call: (c) => c.deleteStatus({ idMessage: 'S1' }),
    body: { idMessage: 'S1' },
    reply: '',
    expected: null,
  },
  {
    method: 'getStatusStatistic',
    verb: 'GET',
    call: (c) => c.getStatusStatistic({ idMessage: 'S1' }),
    query: { idMessage: 'S1' },
    reply: [{ participant: chatId, timestamp: 1, status: 'read' }],
  },
  {
    method: 'getIncomingStatuses',
    verb: 'GET',
    call: (c) => c.getIncomingStatuses({ minutes: 10 }),
    query: { minutes: '10' },
    reply: [],
  },
  {
    method: 'getOutgoingStatuses',
    verb: 'GET',
    call: (c) => c.getOutgoingStatuses(),
    reply: {},
    expected: [],
  },
];

describe('GreenApiClient request shapes (WhatsApp)', () => {
  itSendsEachWhatsAppRequestShape(cases);
});
