import type { Messenger } from '@switchboard/core';
import {
  createHttpTransport,
  defaultTimeoutMilliseconds,
  defineMessenger,
  pickTransportOptions,
} from '@switchboard/core/adapter';
import { createSdkwaClient, type SdkwaClient } from './client/sdkwa-client.js';
import { createSdkwaErrorDetector } from './errors.js';
import { createSdkwaContacts } from './operations/contacts.js';
import { createSdkwaSend } from './operations/create-sdkwa-send.js';
import { createSdkwaGroups } from './operations/groups.js';
import { createSdkwaInbox } from './operations/inbox.js';
import { createSdkwaMessages } from './operations/messages.js';
import { createSdkwaQueue } from './operations/queue.js';
import type { SdkwaOperationContext } from './operations/sdkwa-operation-context.js';
import { createSdkwaSession } from './operations/session.js';
import { sdkwaCapabilities } from './sdkwa-capabilities.js';
import { resolveSdkwaMessengerOptions, type SdkwaMessengerOptions } from './sdkwa-messenger-options.js';
import { sdkwaProvider } from './sdkwa-provider.js';

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
  const { redactor, network, idInstance, host } = resolved;
  const transport = createHttpTransport({
    provider: sdkwaProvider,
    baseUrl: host,
    redactor,
    headers: { Authorization: `Bearer ${resolved.apiTokenInstance}` },
    detectError: createSdkwaErrorDetector(redactor),
    ...pickTransportOptions(resolved),
  });
  const client = createSdkwaClient({ network, idInstance, transport });
  const context: SdkwaOperationContext = {
    client,
    transport,
    network,
    idInstance,
    host,
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
  return defineMessenger({
    provider: sdkwaProvider,
    network,
    instanceId: idInstance,
    capabilities: sdkwaCapabilities[network],
    raw: client,
    send: createSdkwaSend(context),
    messages: () => createSdkwaMessages(context),
    inbox: () => createSdkwaInbox(context),
    session: () => createSdkwaSession(context),
    groups: () => createSdkwaGroups(context),
    contacts: () => createSdkwaContacts(context),
    queue: () => createSdkwaQueue(context),
  });
}
