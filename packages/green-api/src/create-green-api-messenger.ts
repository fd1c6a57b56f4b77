import type { Messenger } from '@switchboard/core';
import {
  createGreenApiFamilyMessenger,
  createGreenApiGroupOperations,
} from '@switchboard/green-api-protocol';
import { createGreenApiClient, type GreenApiClient } from './client/green-api-client.js';
import { createGreenApiErrorDetector } from './errors.js';
import { greenApiCapabilities } from './green-api-capabilities.js';
import {
  type GreenApiMessengerOptions,
  resolveGreenApiMessengerOptions,
} from './green-api-messenger-options.js';
import { greenApiProvider } from './green-api-provider.js';
import { greenApiProviderLabel } from './green-api-provider-label.js';
import { createGreenApiContacts } from './operations/contacts.js';
import { createGreenApiSend } from './operations/create-green-api-send.js';
import { createGreenApiInbox } from './operations/inbox.js';
import { createGreenApiMessages } from './operations/messages.js';
import { createGreenApiQueue } from './operations/queue.js';
import { createGreenApiSession } from './operations/session.js';

/**
 * Creates a messenger for one GREEN-API instance (WhatsApp, Telegram or MAX). Options are checked
 * strictly (an invalid one rejects with `invalid-request` naming it); the API and upload hosts default
 * to the instance's cluster; the token is redacted from every error and log line. `messenger.raw` is
 * the typed {@link GreenApiClient} with every GREEN-API method.
 *
 * Requests go through the global `fetch` by default (or the `fetch` option), so interceptors such as
 * nock or msw see them and the entry stays portable (Workers, Deno, Bun).
 *
 * @example
 * ```ts
 * import { createGreenApiMessenger } from '@switchboard/green-api';
 *
 * const messenger = createGreenApiMessenger({
 *   network: 'telegram',
 *   idInstance: '4100000000',
 *   apiTokenInstance: process.env.GREEN_API_TOKEN!,
 * });
 * await messenger.sendText({ phone: '79001234567' }, 'Hello from Switchboard');
 * ```
 */
export function createGreenApiMessenger(options: GreenApiMessengerOptions): Messenger<GreenApiClient> {
  const resolved = resolveGreenApiMessengerOptions(options);
  const { redactor, network, idInstance, apiTokenInstance } = resolved;
  return createGreenApiFamilyMessenger({
    provider: greenApiProvider,
    options: resolved,
    capabilities: greenApiCapabilities[network],
    transport: {
      baseUrl: resolved.apiUrl,
      mediaUrl: resolved.mediaUrl,
      detectError: createGreenApiErrorDetector(redactor),
    },
    createClient: (transport) =>
      createGreenApiClient({ network, idInstance, apiTokenInstance, transport, redactor }),
    send: createGreenApiSend,
    sections: {
      messages: createGreenApiMessages,
      inbox: createGreenApiInbox,
      session: createGreenApiSession,
      groups: (context) => createGreenApiGroupOperations(context.client, greenApiProviderLabel),
      contacts: createGreenApiContacts,
      queue: createGreenApiQueue,
    },
  });
}
