import type { Messenger } from '@switchboard/core';
import {
  createGreenApiFamilyMessenger,
  createGreenApiGroupOperations,
} from '@switchboard/green-api-protocol';
import { createSdkwaClient, type SdkwaClient } from './client/sdkwa-client.js';
import { createSdkwaErrorDetector } from './errors.js';
import { createSdkwaContacts } from './operations/contacts.js';
import { createSdkwaSend } from './operations/create-sdkwa-send.js';
import { createSdkwaInbox } from './operations/inbox.js';
import { createSdkwaMessages } from './operations/messages.js';
import { createSdkwaQueue } from './operations/queue.js';
import { createSdkwaSession } from './operations/session.js';
import { sdkwaCapabilities } from './sdkwa-capabilities.js';
import { resolveSdkwaMessengerOptions, type SdkwaMessengerOptions } from './sdkwa-messenger-options.js';
import { sdkwaProvider } from './sdkwa-provider.js';
import { sdkwaProviderLabel } from './sdkwa-provider-label.js';

/**
 * Creates a messenger for one SDKWA instance (WhatsApp or Telegram). Options are checked strictly (an
 * invalid one throws `invalid-request` naming it); requests go to `{host}/{network}/{idInstance}/
 * {method}` with `Authorization: Bearer <apiTokenInstance>`; the token is redacted from every error and
 * log line. `messenger.raw` is the typed {@link SdkwaClient} with every SDKWA method.
 *
 * @example
 * ```ts
 * import { createSdkwaMessenger } from '@switchboard/sdkwa';
 *
 * const messenger = createSdkwaMessenger({
 *   network: 'whatsapp',
 *   idInstance: '1101000001',
 *   apiTokenInstance: process.env.SDKWA_API_TOKEN_INSTANCE!,
 * });
 * await messenger.sendText({ phone: '79001234567' }, 'Hello');
 * ```
 */
export function createSdkwaMessenger(options: SdkwaMessengerOptions): Messenger<SdkwaClient> {
  const resolved = resolveSdkwaMessengerOptions(options);
  const { redactor, network, idInstance } = resolved;
  return createGreenApiFamilyMessenger({
    provider: sdkwaProvider,
    options: resolved,
    capabilities: sdkwaCapabilities[network],
    transport: {
      baseUrl: resolved.host,
      headers: { Authorization: `Bearer ${resolved.apiTokenInstance}` },
      detectError: createSdkwaErrorDetector(redactor),
    },
    createClient: (transport) => createSdkwaClient({ network, idInstance, transport }),
    send: (context) => ({ send: createSdkwaSend(context) }),
    sections: {
      messages: createSdkwaMessages,
      inbox: createSdkwaInbox,
      session: createSdkwaSession,
      groups: (context) => createGreenApiGroupOperations(context.client, sdkwaProviderLabel),
      contacts: createSdkwaContacts,
      queue: createSdkwaQueue,
    },
  });
}
