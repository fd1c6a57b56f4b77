import type { Messenger } from '@switchboard/core';
import {
  type CapabilityDeclaration,
  createHttpTransport,
  defaultTimeoutMilliseconds,
  defineMessenger,
  type HttpTransport,
  type HttpTransportOptions,
  type MessengerDefinition,
  pickTransportOptions,
} from '@switchboard/core/adapter';
import type { GreenApiNetwork } from '../green-api-network.js';
import type { GreenApiFamilyOperationContext } from '../operations/green-api-family-operation-context.js';
import type { ResolvedGreenApiFamilyMessengerOptions } from './resolved-green-api-family-messenger-options.js';

type OperationSections<Client> = Omit<
  MessengerDefinition<Client>,
  'provider' | 'network' | 'instanceId' | 'capabilities' | 'raw' | 'send' | 'sendTyping'
>;

/** What differs between GREEN-API-family messengers: the transport, the client and the operations. */
export interface GreenApiFamilyMessengerParts<Client, Network extends GreenApiNetwork> {
  provider: string;
  options: ResolvedGreenApiFamilyMessengerOptions<Network>;
  capabilities: CapabilityDeclaration;
  /** How requests reach the instance: the API host, the upload host, headers and the error detector. */
  transport: Pick<HttpTransportOptions, 'baseUrl' | 'mediaUrl' | 'headers' | 'detectError'>;
  createClient(transport: HttpTransport): Client;
  /** Builds `send` (and `sendTyping` where the gateway has it). */
  send(
    context: GreenApiFamilyOperationContext<Client, Network>,
  ): Pick<MessengerDefinition<Client>, 'send' | 'sendTyping'>;
  /** One factory per operation group. */
  sections: {
    [Section in keyof OperationSections<Client>]-?: (
      context: GreenApiFamilyOperationContext<Client, Network>,
    ) => NonNullable<OperationSections<Client>[Section]>;
  };
}

/**
 * Builds a GREEN-API-family messenger: one transport and client, the operation context, and every
 * operation group from the adapter's factories.
 */
export function createGreenApiFamilyMessenger<Client, Network extends GreenApiNetwork>(
  parts: GreenApiFamilyMessengerParts<Client, Network>,
): Messenger<Client> {
  const { provider, options } = parts;
  const { redactor, network, idInstance } = options;
  const transport = createHttpTransport({
    provider,
    redactor,
    ...parts.transport,
    ...pickTransportOptions(options),
  });
  const client = parts.createClient(transport);
  const context: GreenApiFamilyOperationContext<Client, Network> = {
    client,
    transport,
    network,
    idInstance,
    baseUrl: parts.transport.baseUrl,
    timeoutMilliseconds: options.timeoutMilliseconds ?? defaultTimeoutMilliseconds,
    fetch: options.fetch,
    webhook: {
      idInstance,
      network,
      webhookUrlToken: options.webhookUrlToken,
      allowUnauthenticatedWebhooks: options.allowUnauthenticatedWebhooks,
      maximumBodyBytes: options.maximumBodyBytes,
      maximumEvents: options.maximumEvents,
    },
    mediaDownload: {
      maxMediaBytes: options.maxMediaBytes,
      mediaHosts: options.mediaHosts,
      allowPrivateMediaAddresses: options.allowPrivateMediaAddresses,
    },
    redactor,
  };
  const { sections } = parts;
  return defineMessenger({
    provider,
    network,
    instanceId: idInstance,
    capabilities: parts.capabilities,
    raw: client,
    ...parts.send(context),
    messages: sections.messages(context),
    inbox: sections.inbox(context),
    session: sections.session(context),
    groups: sections.groups(context),
    contacts: sections.contacts(context),
    queue: sections.queue(context),
  });
}
