import {
  type ConformanceDriver,
  type ConformanceIncomingMessage,
  describeMessengerConformance,
} from '@switchboard/testing/conformance';
import {
  startWhatsgateEmulator,
  type WhatsgateEmulator,
  type WhatsgateIncomingMessageInput,
} from '@switchboard/testing/whatsgate';
import { createWhatsgateMessenger, createWhatsgateSessionManager } from '../../src/index.js';

const webhookSecret = 'conformance-webhook-secret';
const chatId = '79991112233@c.us';

function toIncoming(message: ConformanceIncomingMessage): WhatsgateIncomingMessageInput {
  const from = message.chatId.replace(/@c\.us$/, '');
  switch (message.kind) {
    case 'text':
      return { kind: 'text', from, body: message.text };
    case 'image':
      return { kind: 'image', from, caption: message.caption };
    case 'location':
      return { kind: 'location', from, latitude: message.latitude, longitude: message.longitude };
    case 'contact':
      return {
        kind: 'contact',
        from,
        vcard: `BEGIN:VCARD\nVERSION:3.0\nFN:${message.name}\nTEL;waid=${message.phone}:+${message.phone}\nEND:VCARD`,
      };
  }
}

function createDriver(emulator: WhatsgateEmulator, whatsappId: string): ConformanceDriver {
  const { control } = emulator;
  return {
    chatId,
    secrets: [emulator.apiKey, webhookSecret],
    incomingKinds: ['text', 'image', 'location', 'contact'],
    authorize: async () => {
      const session = control.sessions().find((candidate) => candidate.unique_id === whatsappId);
      if (session?.status !== 'READY') control.scan(whatsappId);
    },
    deliverIncoming: async (message) => {
      control.injectIncomingMessage(whatsappId, toIncoming(message));
    },
    sentMessages: async () =>
      control.sentMessages(whatsappId).map((sent) => ({
        chatId: sent.chatId,
        kind: sent.media === undefined ? 'text' : 'media',
        text: sent.message.body,
      })),
    injectFault: async ({ status, retryAfterMilliseconds, times }) => {
      const fault =
        retryAfterMilliseconds === undefined
          ? { kind: 'status' as const, status }
          : { kind: 'status' as const, status, retryAfterMilliseconds };
      control.faults.inject(fault, { times: times ?? 1 });
    },
    clearFaults: async () => control.faults.clear(),
    webhookRequest: async (message, { authentic }) => {
      const sent = control.injectIncomingMessage(whatsappId, toIncoming(message));
      const event = control.events({ whatsappId }).findLast((candidate) => {
        const data = candidate.event_data as { message?: { id?: string } };
        return candidate.event_action === 'message' && data.message?.id === sent.id;
      });
      const secret = authentic ? webhookSecret : 'forged-secret';
      return new Request(`https://app.example/hooks/whatsgate?secret=${secret}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(event),
      });
    },
  };
}

describeMessengerConformance({
  name: 'whatsgate (whatsapp)',
  setup: async () => {
    const emulator = await startWhatsgateEmulator({ automaticAcks: [], mediaEvents: false });
    const whatsappId = emulator.sessions[0]?.whatsappId ?? '';
    const messenger = createWhatsgateMessenger({
      apiKey: emulator.apiKey,
      whatsappId,
      baseUrl: emulator.url,
      retry: false,
      webhookSecret,
      pollIntervalMilliseconds: 10,
    });
    return { messenger, driver: createDriver(emulator, whatsappId), teardown: () => emulator.close() };
  },
  sessions: async () => {
    const emulator = await startWhatsgateEmulator({ automaticAcks: [], mediaEvents: false });
    const manager = createWhatsgateSessionManager({
      apiKey: emulator.apiKey,
      baseUrl: emulator.url,
      retry: false,
    });
    return {
      manager,
      network: 'whatsapp',
      chatId: createDriver(emulator, '').chatId,
      authorize: (session: { id: string }) => createDriver(emulator, session.id).authorize(),
      sentMessages: (session: { id: string }) => createDriver(emulator, session.id).sentMessages(),
      teardown: () => emulator.close(),
    };
  },
});
