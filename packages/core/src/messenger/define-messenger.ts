import {
  type CapabilityDeclaration,
  createCapabilities,
  supportsCapability,
} from '../capabilities/capabilities.js';
import { type CapabilityPath, type OperationGroup, operationNames } from '../capabilities/operation-names.js';
import { UnsupportedError } from '../errors/unsupported-error.js';
import { traceSend } from '../telemetry/trace-send.js';
import { createOutgoingMessage, type OutgoingMessage } from '../templates/outgoing-message.js';
import type { RecipientInput } from '../templates/recipient.js';
import type { ContactsOperations } from './contacts-operations.js';
import { createGroup } from './create-group.js';
import { createSession } from './create-session.js';
import type { GroupsDefinition } from './groups-definition.js';
import type { InboxOperations } from './inbox-operations.js';
import type { MessagesOperations } from './messages-operations.js';
import { type Messenger, type Network, specificationVersion } from './messenger.js';
import type { QueueOperations } from './queue-operations.js';
import type { SentMessage } from './results.js';
import type { Destination, SendOperations, SendOptions } from './send-operations.js';
import { retriesSendsKey } from './sends-retried-by-transport.js';
import type { SessionOperations } from './session-operations.js';

/**
 * What an adapter gives {@link defineMessenger}: its identity, its declared capabilities, and the
 * operations it implements. `send` receives an already validated {@link OutgoingMessage} whose content
 * kind is declared supported.
 *
 * @example
 * ```ts
 * const definition: MessengerDefinition<MyClient> = {
 *   provider: 'acme', network: 'whatsapp', instanceId: '42', raw: client,
 *   capabilities: { send: { text: true }, inbox: { receive: true, ack: true } },
 *   send: async (outgoing) => client.send(outgoing),
 *   inbox: { receive: (options) => client.next(options), ack: (item) => client.ack(item.receipt) },
 * };
 * ```
 */
export interface MessengerDefinition<Raw> {
  /** The provider's name, as in config (`'acme'`). */
  provider: string;
  /** The network this account is on. */
  network: Network;
  /** The provider's id of this account (instance or session). */
  instanceId: string;
  /** What works; everything undeclared rejects with `UnsupportedError`. */
  capabilities: CapabilityDeclaration;
  /** The adapter's low-level client, exposed as `messenger.raw`. */
  raw: Raw;
  /** Whether the adapter's transport retries a send by itself (its `transport.retriesSends`), read by `sendsRetriedByTransport`. */
  retriesSends?: boolean | undefined;
  /** Sends one validated outgoing message. */
  send?: (outgoing: OutgoingMessage) => Promise<SentMessage>;
  /** Shows "typing…" (or "recording…") in a chat. */
  sendTyping?: SendOperations['sendTyping'];
  /** The `messages` operations the adapter implements. */
  messages?: Partial<MessagesOperations>;
  /** The `inbox` operations the adapter implements. */
  inbox?: Partial<InboxOperations>;
  /** The `session` operations the adapter implements. */
  session?: Partial<SessionOperations>;
  /** The group operations the adapter implements (core builds `Group` objects from them). */
  groups?: Partial<GroupsDefinition>;
  /** The `contacts` operations the adapter implements. */
  contacts?: Partial<ContactsOperations>;
  /** The `queue` operations the adapter implements. */
  queue?: Partial<QueueOperations>;
}

type OperationGroupName = Exclude<OperationGroup, 'send'>;
type AnyOperation = (...parameters: never[]) => Promise<unknown>;

/**
 * Builds a complete {@link Messenger} from an adapter's definition. Every operation the adapter did
 * not declare rejects with `UnsupportedError`, so `capabilities` and behaviour always agree in the
 * "undeclared" direction; declaring an operation without implementing it throws at construction.
 * Sends are validated with the templates before the adapter sees them.
 *
 * @example
 * ```ts
 * export function createAcmeMessenger(options: AcmeMessengerOptions): Messenger<AcmeClient> {
 *   const client = new AcmeClient(options);
 *   return defineMessenger({ provider: 'acme', network: 'whatsapp', instanceId: options.id, raw: client,
 *     capabilities: { send: { text: true } }, send: (outgoing) => client.send(outgoing) });
 * }
 * ```
 */
export function defineMessenger<Raw>(definition: MessengerDefinition<Raw>): Messenger<Raw> {
  const { provider, network } = definition;
  const capabilities = createCapabilities(definition.capabilities);
  const supports = (path: CapabilityPath) => supportsCapability(capabilities, path);
  const unsupported = (path: string) => Promise.reject(new UnsupportedError(provider, path, network));

  const groups = {} as Record<OperationGroupName, Record<string, AnyOperation>>;
  for (const group of Object.keys(operationNames).filter((name) => name !== 'send') as OperationGroupName[]) {
    const implementation = (definition[group] ?? {}) as Record<string, AnyOperation | undefined>;
    groups[group] = {};
    for (const name of operationNames[group]) {
      const path = `${group}.${name}` as CapabilityPath;
      const operation = implementation[name];
      if (supports(path) && operation === undefined) {
        throw new TypeError(`${provider} declares ${path} but does not implement it`);
      }
      groups[group][name] = supports(path) && operation ? operation : () => unsupported(path);
    }
  }

  const sendPaths = operationNames.send.filter((name) => name !== 'typing');
  if (sendPaths.some((name) => supports(`send.${name}`)) && definition.send === undefined) {
    throw new TypeError(`${provider} declares sending but does not implement send`);
  }
  if (supports('send.typing') && definition.sendTyping === undefined) {
    throw new TypeError(`${provider} declares send.typing but does not implement sendTyping`);
  }

  const sender = { provider, network, instanceId: definition.instanceId };
  const send = (input: Parameters<SendOperations['send']>[0], operation = 'send'): Promise<SentMessage> =>
    traceSend(sender, operation, input, async () => {
      const outgoing = createOutgoingMessage(input);
      for (const path of requiredSendPaths(outgoing)) if (!supports(path)) return unsupported(path);
      return definition.send!(outgoing);
    });
  const sendWith = (operation: string, to: Destination, message: unknown, options: SendOptions = {}) =>
    send(
      { ...options, recipient: toRecipient(to), message } as Parameters<SendOperations['send']>[0],
      operation,
    );

  const groupOperations = groups.groups as unknown as GroupsDefinition;
  const messenger: Messenger<Raw> = {
    specificationVersion,
    provider,
    network,
    instanceId: definition.instanceId,
    capabilities,
    supports,
    raw: definition.raw,
    send: (input) => send(input),
    sendText: (to, text, options) => sendWith('sendText', to, { type: 'text', text }, options),
    sendMedia: (to, media, options = {}) => {
      const { caption, ...rest } = options;
      return sendWith(
        'sendMedia',
        to,
        { type: 'media', media, ...(caption === undefined ? {} : { caption }) },
        rest,
      );
    },
    sendLocation: (to, location, options) =>
      sendWith('sendLocation', to, { type: 'location', location }, options),
    sendContact: (to, contact, options) => sendWith('sendContact', to, { type: 'contact', contact }, options),
    sendPoll: (to, poll, options) => sendWith('sendPoll', to, { type: 'poll', poll }, options),
    sendTyping: (to, options) =>
      supports('send.typing') ? definition.sendTyping!(to, options) : unsupported('send.typing'),
    messages: groups.messages as unknown as MessagesOperations,
    inbox: groups.inbox as unknown as InboxOperations,
    session: createSession({
      id: definition.instanceId,
      provider,
      network,
      name: undefined,
      info: undefined,
      openMessenger: () => messenger,
      operations: groups.session as unknown as SessionOperations,
    }),
    groups: {
      create: async (input) => {
        const created = await groupOperations.create(input);
        return createGroup(created.groupId, created.inviteLink, groupOperations, messenger);
      },
    },
    group: (chatId) => createGroup(chatId, undefined, groupOperations, messenger),
    contacts: groups.contacts as unknown as ContactsOperations,
    queue: groups.queue as unknown as QueueOperations,
  };
  Object.defineProperty(messenger, retriesSendsKey, { value: definition.retriesSends });
  return messenger;
}

function toRecipient(to: Destination): RecipientInput {
  return typeof to === 'string' ? { chatId: to } : to;
}

function requiredSendPaths(outgoing: OutgoingMessage): CapabilityPath[] {
  const { message } = outgoing;
  const paths: CapabilityPath[] = [];
  if (message.type === 'media') {
    const isUpload = message.media.data !== undefined || message.media.path !== undefined;
    paths.push(isUpload ? 'send.mediaUpload' : 'send.media');
  } else {
    paths.push(`send.${message.type}`);
  }
  if (outgoing.replyTo !== undefined) paths.push('send.reply');
  return paths;
}
