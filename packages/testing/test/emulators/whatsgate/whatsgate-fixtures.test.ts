import { describe, expect, it } from 'vitest';
import { startWhatsgateEmulator } from '../../../src/emulators/whatsgate/index.js';
import { whatsgateFixtures } from '../../../src/fixtures/whatsgate-fixtures.js';
import { useStartedResource } from '../../support/suite-value.js';
import { callWhatsgate, eventMessage, eventually, fastTimings } from './whatsgate-test-helpers.js';

const fixtureSessionId = whatsgateFixtures.sendTextByNumberAsync.WhatsappID;

describe('Whatsgate fixtures replayed against the emulator', () => {
  const emulator = useStartedResource(() =>
    startWhatsgateEmulator({
      ...fastTimings,
      automaticAcks: [1],
      sessions: [{ name: 'Fixtures', whatsappId: fixtureSessionId, number: '79999999999' }],
    }),
  );

  it('accepts every sample request of the reference', async () => {
    const requests: Array<[string, unknown, unknown]> = [
      ['send', whatsgateFixtures.sendTextByNumberAsync, whatsgateFixtures.asyncSendResponse],
      ['seen', whatsgateFixtures.seenRequest, whatsgateFixtures.okResponse],
      ['typing', whatsgateFixtures.typingRequest, whatsgateFixtures.okResponse],
      ['check', whatsgateFixtures.checkRequest, whatsgateFixtures.checkResponse],
      [
        'set-hook',
        { ...whatsgateFixtures.setHookRequest, callback: 'http://127.0.0.1:1/script.handler' },
        whatsgateFixtures.okResponse,
      ],
      ['set-hook', { ...whatsgateFixtures.setHookRequest, callback: '' }, whatsgateFixtures.okResponse],
    ];
    for (const [command, request, expected] of requests) {
      const { status, body } = await callWhatsgate(emulator, command, request);
      expect(status, command).toBe(200);
      expect(body, command).toEqual(expected);
    }
    const sync = await callWhatsgate(emulator, 'send', whatsgateFixtures.sendDocumentReplyToGroupSync);
    expect(sync.status).toBe(200);
    for (const command of ['get-chats', 'set-name', 'events-get', 'sessions-get'] as const) {
      const request = {
        'get-chats': whatsgateFixtures.getChatsRequest,
        'set-name': whatsgateFixtures.setNameRequest,
        'events-get': { ...whatsgateFixtures.eventsGetRequest, WhatsappID: fixtureSessionId },
        'sessions-get': whatsgateFixtures.sessionsGetRequest,
      }[command];
      const { status, body } = await callWhatsgate(emulator, command, request);
      expect(status, command).toBe(200);
      expect(body.result, command).toBe('OK');
    }
  });

  it('generates events with the fixtures’ fields', async () => {
    const sentAck = await eventually(() => emulator.control.events({ action: 'ack' })[0]);
    expect(Object.keys(sentAck)).toEqual(Object.keys(whatsgateFixtures.ackWebhook));
    const ackMessage = eventMessage(sentAck);
    expect(Object.keys(ackMessage)).toEqual(Object.keys(whatsgateFixtures.ackWebhook.event_data.message));
    const image = emulator.control.injectIncomingMessage(fixtureSessionId, {
      kind: 'image',
      from: '79991112233',
      caption: 'caption',
    });
    expect(Object.keys(image)).toEqual(
      Object.keys(whatsgateFixtures.incomingImageWebhook.event_data.message),
    );
    const created = emulator.control.createSession({ name: 'Ready check' });
    emulator.control.scan(created.unique_id, { pushname: 'Vasya', number: '79991234567' });
    const [ready] = emulator.control.events({ whatsappId: created.unique_id });
    expect(ready).toMatchObject({
      ...whatsgateFixtures.readyWebhook,
      id: ready?.id,
      whatsapp_id: created.unique_id,
      event_date: ready?.event_date,
    });
    const error = emulator.control.injectError(fixtureSessionId, 'send failed');
    expect(error).toEqual({
      ...whatsgateFixtures.errorWebhook,
      id: error.id,
      whatsapp_id: fixtureSessionId,
      event_date: error.event_date,
    });
    const deleted = await callWhatsgate(emulator, 'session-delete', whatsgateFixtures.sessionDeleteRequest);
    expect(Object.keys(deleted.body.data as object)).toEqual(
      Object.keys(whatsgateFixtures.sessionDeleteResponse.data),
    );
    const disconnect = emulator.control.events({ whatsappId: fixtureSessionId, action: 'disconnect' })[0];
    expect(disconnect?.event_data).toEqual(whatsgateFixtures.disconnectWebhook.event_data);
  });
});
