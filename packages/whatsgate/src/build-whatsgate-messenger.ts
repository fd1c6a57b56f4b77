import type { Messenger } from '@switchboard/core';
import { defineMessenger } from '@switchboard/core/adapter';
import { whatsgateCapabilities } from './capabilities.js';
import type { WhatsgateClient } from './client/whatsgate-client.js';
import { createContactsOperations } from './operations/contacts.js';
import { createInboxOperations } from './operations/inbox.js';
import { createMessagesOperations } from './operations/messages.js';
import { createSendOperation, createTypingOperation } from './operations/send.js';
import { createSessionOperations } from './operations/session.js';
import type { WhatsgateMessengerContext } from './operations/whatsgate-messenger-context.js';
import type { ResolvedWhatsgateReceivingOptions } from './whatsgate-account-options.js';

/**
 * Assembles the messenger of one session from an account's unbound raw client.
 *
 * @example
 * ```ts
 * const messenger = buildWhatsgateMessenger(account.raw, '67506a033c2f8', receiving);
 * ```
 */
export function buildWhatsgateMessenger(
  accountClient: WhatsgateClient,
  whatsappId: string,
  receiving: ResolvedWhatsgateReceivingOptions,
): Messenger<WhatsgateClient> {
  const client = accountClient.forSession(whatsappId);
  const context: WhatsgateMessengerContext = { client, whatsappId, receiving };
  return defineMessenger({
    provider: 'whatsgate',
    network: 'whatsapp',
    instanceId: whatsappId,
    capabilities: whatsgateCapabilities,
    raw: client,
    send: createSendOperation(context),
    sendTyping: createTypingOperation(context),
    messages: createMessagesOperations(context),
    inbox: createInboxOperations(context),
    session: createSessionOperations(context),
    contacts: createContactsOperations(context),
  });
}
