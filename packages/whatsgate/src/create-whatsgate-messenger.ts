import type { Messenger } from '@switchboard/core';
import { defineMessenger } from '@switchboard/core/adapter';
import { createWhatsgateClient } from './client/create-whatsgate-client.js';
import type { WhatsgateClient } from './client/whatsgate-client.js';
import { createContactsOperations } from './operations/contacts.js';
import { createWhatsgateSend, createWhatsgateSendTyping } from './operations/create-whatsgate-send.js';
import { createInboxOperations } from './operations/inbox.js';
import { createMessagesOperations } from './operations/messages.js';
import { createSessionOperations } from './operations/session.js';
import type { WhatsgateOperationContext } from './operations/whatsgate-operation-context.js';
import type { ResolvedWhatsgateReceivingOptions } from './whatsgate-account-options.js';
import { whatsgateCapabilities } from './whatsgate-capabilities.js';
import {
  resolveWhatsgateMessengerOptions,
  type WhatsgateMessengerOptions,
} from './whatsgate-messenger-options.js';
import { whatsgateProvider } from './whatsgate-provider.js';

/**
 * Creates the messenger of one Whatsgate session (`WhatsappID`) with the account API key. For several
 * sessions of one account, `createWhatsgateAccount` shares one client and cursor store.
 *
 * @example
 * ```ts
 * import { createWhatsgateMessenger } from '@switchboard/whatsgate';
 *
 * const messenger = createWhatsgateMessenger({ apiKey: process.env.WHATSGATE_API_KEY!, whatsappId: '67506a033c2f8' });
 * await messenger.sendText({ phone: '79991112233' }, 'Sent from Switchboard');
 * ```
 */
export function createWhatsgateMessenger(options: WhatsgateMessengerOptions): Messenger<WhatsgateClient> {
  const { whatsappId, account } = resolveWhatsgateMessengerOptions(options);
  return createWhatsgateSessionMessenger(createWhatsgateClient(account), whatsappId, account.receiving);
}

/**
 * The messenger of one session over an account's unbound raw client (accounts and the session manager). */
export function createWhatsgateSessionMessenger(
  accountClient: WhatsgateClient,
  whatsappId: string,
  receiving: ResolvedWhatsgateReceivingOptions,
): Messenger<WhatsgateClient> {
  const client = accountClient.forSession(whatsappId);
  const context: WhatsgateOperationContext = { client, whatsappId, receiving };
  return defineMessenger({
    provider: whatsgateProvider,
    network: 'whatsapp',
    instanceId: whatsappId,
    capabilities: whatsgateCapabilities,
    raw: client,
    retriesSends: client.retriesSends,
    send: createWhatsgateSend(context),
    sendTyping: createWhatsgateSendTyping(context),
    messages: () => createMessagesOperations(context),
    inbox: () => createInboxOperations(context),
    session: () => createSessionOperations(context),
    contacts: () => createContactsOperations(context),
  });
}
