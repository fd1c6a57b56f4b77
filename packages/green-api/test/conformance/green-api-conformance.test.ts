import {
  type ConformanceDriver,
  type ConformanceIncomingMessage,
  type ConformanceSentMessage,
  describeMessengerConformance,
} from '@switchboard/testing/conformance';
import {
  type GreenApiEmulator,
  type GreenApiIncomingMessageInput,
  greenApiAllWebhooksOn,
  startGreenApiEmulator,
} from '@switchboard/testing/green-api';
import {
  createGreenApiMessenger,
  createGreenApiSessionManager,
  type GreenApiNetwork,
} from '../../src/index.js';

const webhookUrlToken = 'conformance-webhook-token-7f3a';
const typeInstances = { whatsapp: 'whatsapp', telegram: 'telegram', max: 'v3' } as const;
const peers = { whatsapp: '79001234567@c.us', telegram: '20000000', max: '20000000' } as const;
const sentKinds: Readonly<Record<string, ConformanceSentMessage['kind']>> = {
  sendMessage: 'text',
  sendFileByUrl: 'media',
  sendFileByUpload: 'media',
  sendLocation: 'location',
  sendContact: 'contact',
  sendPoll: 'poll',
};

function toIncoming(message: ConformanceIncomingMessage): GreenApiIncomingMessageInput {
  switch (message.kind) {
    case 'text':
      return { kind: 'text', chatId: message.chatId, text: message.text };
    case 'image':
      return { kind: 'image', chatId: message.chatId, caption: message.caption, fileName: 'photo.jpg' };
    case 'location':
      return {
        kind: 'location',
        chatId: message.chatId,
        latitude: message.latitude,
        longitude: message.longitude,
      };
    case 'contact':
      return { kind: 'contact', chatId: message.chatId, displayName: message.name, phone: message.phone };
  }
}

function createDriver(
  emulator: GreenApiEmulator,
  idInstance: number,
  network: GreenApiNetwork,
): ConformanceDriver {
  const { control } = emulator;
  const token =
    emulator.instances.find((instance) => instance.idInstance === idInstance)?.apiTokenInstance ?? '';
  return {
    chatId: peers[network],
    secrets: [token, webhookUrlToken],
    incomingKinds: ['text', 'image', 'location', 'contact'],
    authorize: async () => control.authorize(idInstance),
    deliverIncoming: async (message) => {
      control.injectIncomingMessage(idInstance, toIncoming(message));
    },
    sentMessages: async () =>
      control.sentMessages(idInstance).map((sent) => ({
        chatId: sent.chatId,
        kind: sentKinds[sent.method] ?? 'other',
        text: String(sent.body.message ?? sent.body.caption ?? ''),
      })),
    injectFault: async ({ status, retryAfterMilliseconds, times }) =>
      control.injectFault(
        retryAfterMilliseconds === undefined
          ? { kind: 'status', status }
          : { kind: 'status', status, retryAfterMilliseconds },
        { times: times ?? 1 },
      ),
    clearFaults: async () => control.clearFaults(),
    webhookRequest: async (message, { authentic }) => {
      const { body } = control.injectIncomingMessage(idInstance, toIncoming(message));
      return new Request('https://app.example/hooks/green-api', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${authentic ? webhookUrlToken : 'forged-token'}`,
        },
        body: JSON.stringify(body),
      });
    },
  };
}

for (const network of ['whatsapp', 'telegram', 'max'] as const) {
  describeMessengerConformance({
    name: `green-api (${network})`,
    setup: async () => {
      const emulator = await startGreenApiEmulator({
        settings: greenApiAllWebhooksOn,
        instances: [{ typeInstance: typeInstances[network] }],
        timings: { receiveTimeoutSecondMilliseconds: 20, sendDelayScale: 0 },
      });
      const [instance] = emulator.instances;
      if (instance === undefined) throw new Error('the emulator started without an instance');
      const messenger = createGreenApiMessenger({
        // The emulator serves media on 127.0.0.1: allow it explicitly (refused by default).
        allowPrivateMediaAddresses: true,
        network,
        idInstance: String(instance.idInstance),
        apiTokenInstance: instance.apiTokenInstance,
        apiUrl: instance.apiUrl,
        mediaUrl: instance.mediaUrl,
        webhookUrlToken,
        retry: false,
      });
      return {
        messenger,
        driver: createDriver(emulator, instance.idInstance, network),
        teardown: () => emulator.close(),
      };
    },
    ...(network === 'whatsapp' ? { sessions: startPartnerSubject } : {}),
  });
}

async function startPartnerSubject() {
  const emulator = await startGreenApiEmulator({
    settings: greenApiAllWebhooksOn,
    instances: [{ typeInstance: 'whatsapp' }],
    timings: { receiveTimeoutSecondMilliseconds: 20, sendDelayScale: 0 },
  });
  const [instance] = emulator.instances;
  const manager = createGreenApiSessionManager({
    partnerToken: emulator.partnerToken,
    partnerUrl: emulator.partnerUrl,
    apiUrl: instance?.apiUrl,
    mediaUrl: instance?.mediaUrl,
    retry: false,
  });
  const driverOf = (id: string) => createDriver(emulator, Number(id), 'whatsapp');
  return {
    manager,
    network: 'whatsapp',
    chatId: peers.whatsapp,
    authorize: (session: { id: string }) => driverOf(session.id).authorize(),
    sentMessages: (session: { id: string }) => driverOf(session.id).sentMessages(),
    teardown: () => emulator.close(),
  };
}
