import type { Messenger } from '@switchboard/core';
import {
  createHttpTransport,
  defaultTimeoutMilliseconds,
  defineMessenger,
  pickTransportOptions,
} from '@switchboard/core/adapter';
import { createGreenApiClient, type GreenApiClient } from './client/green-api-client.js';
import { createGreenApiErrorDetector } from './errors.js';
import { greenApiCapabilities } from './green-api-capabilities.js';
import {
  type GreenApiMessengerOptions,
  resolveGreenApiMessengerOptions,
} from './green-api-messenger-options.js';
import { greenApiProvider } from './green-api-provider.js';
import { createGreenApiContacts } from './operations/contacts.js';
import { createGreenApiSend } from './operations/create-green-api-send.js';
import type { GreenApiOperationContext } from './operations/green-api-operation-context.js';
import { createGreenApiGroups } from './operations/groups.js';
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
  const { redactor, network, idInstance } = resolved;
  const transport = createHttpTransport({
    provider: greenApiProvider,
    baseUrl: resolved.apiUrl,
    mediaUrl: resolved.mediaUrl,
    redactor,
    detectError: createGreenApiErrorDetector(redactor),
    ...pickTransportOptions(resolved),
  });
  const client = createGreenApiClient({
    network,
    idInstance,
    apiTokenInstance: resolved.apiTokenInstance,
    transport,
    redactor,
  });
  const context: GreenApiOperationContext = {
    client,
    network,
    idInstance,
    timeoutMilliseconds: resolved.timeoutMilliseconds ?? defaultTimeoutMilliseconds,
    fetch: resolved.fetch,
    webhookUrlToken: resolved.webhookUrlToken,
    allowUnauthenticatedWebhooks: resolved.allowUnauthenticatedWebhooks,
    mediaDownload: {
      maxMediaBytes: resolved.maxMediaBytes,
      mediaHosts: resolved.mediaHosts,
      allowPrivateMediaAddresses: resolved.allowPrivateMediaAddresses,
    },
    redactor,
  };
  const { send, sendTyping } = createGreenApiSend(context);
  return defineMessenger({
    provider: greenApiProvider,
    network,
    instanceId: idInstance,
    capabilities: greenApiCapabilities[network],
    raw: client,
    send,
    sendTyping,
    messages: () => createGreenApiMessages(context),
    inbox: () => createGreenApiInbox(context),
    session: () => createGreenApiSession(context),
    groups: () => createGreenApiGroups(context),
    contacts: () => createGreenApiContacts(context),
    queue: () => createGreenApiQueue(context),
  });
}
