import {
  type ConformanceDriver,
  type ConformanceIncomingMessage,
  describeMessengerConformance,
} from '@switchboard/testing/conformance';
import {
  type SdkwaEmulator,
  type SdkwaInjectedMessageInput,
  type SdkwaNetwork,
  startSdkwaEmulator,
} from '@switchboard/testing/sdkwa';
import { createSdkwaMessenger, createSdkwaSessionManager } from '../../src/index.js';

const chatId = '79005550001@c.us';
const webhookUrlToken = 'conformance-webhook-token-2718';

function toIncoming(message: ConformanceIncomingMessage): SdkwaInjectedMessageInput {
  const from = message.chatId;
  switch (message.kind) {
    case 'text':
      return { type: 'text', text: message.text, from };
    case 'image':
      return { type: 'image', caption: message.caption, from };
    case 'location':
      return { type: 'location', latitude: message.latitude, longitude: message.longitude, from };
    case 'contact':
      return { type: 'contact', displayName: message.name, phone: message.phone, from };
  }
}

const sentKinds: Readonly<Record<string, 'text' | 'media' | 'location' | 'contact'>> = {
  sendMessage: 'text',
  sendFileByUrl: 'media',
  sendFileByUpload: 'media',
  sendLocation: 'location',
  sendContact: 'contact',
};

function createDriver(
  emulator: SdkwaEmulator,
  idInstance: number,
  apiTokenInstance: string,
): ConformanceDriver {
  const { control } = emulator;
  return {
    chatId,
    secrets: [apiTokenInstance, webhookUrlToken],
    incomingKinds: ['text', 'image', 'location', 'contact'],
    authorize: async () => {
      if (control.instance(idInstance).stateInstance !== 'authorized') control.authorize(idInstance);
    },
    deliverIncoming: async (message) => {
      control.injectIncomingMessage(idInstance, toIncoming(message));
    },
    sentMessages: async () =>
      control.sentMessages(idInstance).map((sent) => ({
        chatId: sent.chatId,
        kind: sentKinds[sent.method] ?? 'other',
        text: typeof sent.body.message === 'string' ? sent.body.message : undefined,
      })),
    injectFault: async ({ status, retryAfterMilliseconds, times }) => {
      control.faults.inject(
        retryAfterMilliseconds === undefined
          ? { kind: 'status', status }
          : { kind: 'status', status, retryAfterMilliseconds },
        { times: times ?? 1 },
      );
    },
    clearFaults: async () => control.faults.clear(),
    webhookRequest: async (message, { authentic }) => {
      const { outcome } = control.injectIncomingMessage(idInstance, toIncoming(message));
      return new Request('https://app.example/hooks/sdkwa', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${authentic ? webhookUrlToken : 'forged-token'}`,
        },
        body: JSON.stringify(outcome.body),
      });
    },
  };
}

for (const network of ['whatsapp', 'telegram'] satisfies SdkwaNetwork[]) {
  describeMessengerConformance({
    name: `sdkwa (${network})`,
    timeoutMilliseconds: 15_000,
    setup: async () => {
      const emulator = await startSdkwaEmulator({
        instances: [{ network, state: 'notAuthorized' }],
        sendDelayMilliseconds: 0,
        timings: { receiveTimeoutMilliseconds: 100, deliveryDelayMilliseconds: 10 },
      });
      const [instance] = emulator.instances;
      const messenger = createSdkwaMessenger({
        // The emulator serves media on 127.0.0.1: allow it explicitly (refused by default).
        allowPrivateMediaAddresses: true,
        network,
        idInstance: instance!.idInstance,
        apiTokenInstance: instance!.apiTokenInstance,
        host: emulator.url,
        webhookUrlToken,
        retry: false,
      });
      return {
        messenger,
        driver: createDriver(emulator, instance!.idInstance, instance!.apiTokenInstance),
        teardown: () => emulator.close(),
      };
    },
    sessions: async () => {
      const emulator = await startSdkwaEmulator({
        instances: [],
        sendDelayMilliseconds: 0,
        timings: { receiveTimeoutMilliseconds: 100, deliveryDelayMilliseconds: 10 },
      });
      const manager = createSdkwaSessionManager({
        userId: emulator.userId,
        userToken: emulator.userToken,
        host: emulator.url,
        retry: false,
      });
      const driverOf = (id: string) => createDriver(emulator, Number(id), '');
      return {
        manager,
        network,
        chatId,
        authorize: (session: { id: string }) => driverOf(session.id).authorize(),
        sentMessages: (session: { id: string }) => driverOf(session.id).sentMessages(),
        teardown: () => emulator.close(),
      };
    },
  });
}
