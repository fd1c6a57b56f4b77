import { defineMessenger } from '../../src/messenger/define-messenger.js';
import type { Messenger } from '../../src/messenger/messenger.js';

/** The options the fake adapters take. */
export interface FakeOptions {
  apiKey?: string;
  accountId?: string;
  [key: string]: unknown;
}

/** A real Messenger (built with defineMessenger) whose `raw` is the options it was created with. */
export function createFakeMessenger(provider: string, options: FakeOptions): Messenger<FakeOptions> {
  return defineMessenger({
    provider,
    network: 'whatsapp',
    instanceId: String(options.accountId ?? 'fake-account'),
    raw: options,
    capabilities: { send: { text: true } },
    send: async (outgoing) => ({
      status: 'accepted',
      messageId: 'fake-message',
      chatId: outgoing.recipient.chatId ?? '',
      raw: {},
    }),
  });
}
