import type { ConformanceSubject } from '../../src/conformance.js';
import { createExampleMessenger } from './example-adapter.js';
import { startExampleProviderServer } from './example-provider-server.js';

/** Starts the example provider's fake and returns the conformance subject of the example adapter against it. */
export async function startExampleSubject(): Promise<ConformanceSubject> {
  const server = await startExampleProviderServer();
  const messenger = createExampleMessenger({
    baseUrl: server.url,
    token: server.token,
    webhookSecret: server.webhookSecret,
  });
  const toBody = (text: string, chatId: string) => ({
    messageId: `IN${Math.random().toString(36).slice(2)}`,
    chatId,
    text,
    time: Math.floor(Date.now() / 1000),
  });
  return {
    messenger,
    teardown: () => server.close(),
    driver: {
      chatId: '79001234567@c.us',
      secrets: [server.token, server.webhookSecret],
      authorize: async () => {
        server.authorized = true;
      },
      deliverIncoming: async (message) => {
        if (message.kind !== 'text')
          throw new Error(`the example fake only delivers text, not ${message.kind}`);
        server.pushNotification(toBody(message.text, message.chatId));
      },
      sentMessages: async () =>
        server.sent.map((sent) => ({ chatId: sent.chatId, kind: sent.kind as 'text', text: sent.text })),
      injectFault: async (fault) => {
        for (let count = 0; count < (fault.times ?? 1); count += 1) server.faults.push(fault);
      },
      clearFaults: async () => {
        server.faults.length = 0;
      },
      webhookRequest: async (message, { authentic }) =>
        new Request('http://127.0.0.1/webhook', {
          method: 'POST',
          headers: { 'x-example-secret': authentic ? server.webhookSecret : 'forged-secret' },
          body: JSON.stringify(toBody(message.kind === 'text' ? message.text : '', message.chatId)),
        }),
    },
  };
}
