import { type Capabilities, supportsCapability } from '../capabilities/capabilities.js';
import { type CapabilityPath, type OperationGroup, operationNames } from '../capabilities/operation-names.js';
import { UnsupportedError } from '../errors/unsupported-error.js';
import { traceSend } from '../telemetry/trace-send.js';
import type { OutgoingMessage } from '../templates/outgoing-message.js';
import { createOutgoingMessage } from '../templates/outgoing-message.js';
import type { RecipientInput } from '../templates/recipient.js';
import type { ContactsOperations } from './contacts-operations.js';
import { createGroup } from './create-group.js';
import { createSession } from './create-session.js';
import type { MessengerDefinition } from './define-messenger.js';
import type { Group } from './group.js';
import type { GroupsDefinition } from './groups-definition.js';
import type { GroupsOperations } from './groups-operations.js';
import type { InboxOperations } from './inbox-operations.js';
import type { MessagesOperations } from './messages-operations.js';
import { type Messenger, type Network, specificationVersion } from './messenger.js';
import type { QueueOperations } from './queue-operations.js';
import type { SentMessage } from './results.js';
import type { Destination, SendOperations, SendOptions } from './send-operations.js';
import { retriesSendsKey } from './sends-retried-by-transport.js';
import type { Session } from './session.js';

/** The operation groups a definition gives as sections (every group but `send`). */
export type SectionName = Exclude<OperationGroup, 'send'>;
type AnyOperation = (...parameters: never[]) => Promise<unknown>;
type Section = Record<string, AnyOperation>;
type SendInput = Parameters<SendOperations['send']>[0];

/** The names of {@link SectionName}, in contract order. */
export const sectionNames = buildSectionNames();

// @__NO_SIDE_EFFECTS__
function buildSectionNames(): SectionName[] {
  return Object.keys(operationNames).filter((name) => name !== 'send') as SectionName[];
}

// Internal state under symbol keys, not `#private` fields: methods then also work on a Proxy of a messenger
// (instrumentation, test spies), whose `this` is the proxy. The keys are `declare`d and assigned in code, since a
// class with computed members is kept by bundlers even when nothing uses it.
const definitionKey = Symbol('definition');
const sectionsKey = Symbol('sections');
const sessionKey = Symbol('session');
const groupsKey = Symbol('groups');

/** One rejecting operation per provider, network and path, shared by every messenger that lacks it. */
const rejecters = new Map<string, AnyOperation>();

function rejecter(provider: string, network: Network, path: string): AnyOperation {
  const key = `${provider}\n${network}\n${path}`;
  let reject = rejecters.get(key);
  if (reject === undefined) {
    reject = () => Promise.reject(new UnsupportedError(provider, path, network));
    rejecters.set(key, reject);
  }
  return reject;
}

/**
 * Builds one capability-gated section of a definition: the adapter's operation where declared,
 * a shared `UnsupportedError` rejecter elsewhere. Throws when a declared operation is missing.
 */
export function sectionOf(
  definition: MessengerDefinition<unknown>,
  capabilities: Capabilities,
  name: SectionName,
): Section {
  const given = definition[name] as Section | (() => Section) | undefined;
  const implementation = (typeof given === 'function' ? given() : given) ?? {};
  const section: Section = {};
  for (const operationName of operationNames[name]) {
    const path = `${name}.${operationName}`;
    const supported = supportsCapability(capabilities, path as CapabilityPath);
    const operation = implementation[operationName];
    if (supported && operation === undefined) {
      throw new TypeError(`${definition.provider} declares ${path} but does not implement it`);
    }
    section[operationName] = supported
      ? (operation as AnyOperation)
      : rejecter(definition.provider, definition.network, path);
  }
  return section;
}

/**
 * The {@link Messenger} `defineMessenger` returns: identity fields and the definition per instance,
 * methods on the prototype, sections built on first use.
 */
export class DefinedMessenger<Raw> implements Messenger<Raw> {
  /** The provider name, such as `'green-api'`. */
  readonly provider: string;
  /** The network this account is on. */
  readonly network: Network;
  /** The instance id or session id at the provider. */
  readonly instanceId: string;
  /** What this messenger can do. */
  readonly capabilities: Capabilities;
  /** The adapter's typed low-level client. */
  readonly raw: Raw;
  declare readonly [definitionKey]: MessengerDefinition<Raw>;
  declare [sectionsKey]: Partial<Record<SectionName, Section>> | undefined;
  declare [sessionKey]: Session<Raw> | undefined;
  declare [groupsKey]: GroupsOperations | undefined;
  /** Whether the adapter's transport retries sends by itself, as `sendsRetriedByTransport` reads it. */
  declare readonly [retriesSendsKey]: boolean | undefined;

  constructor(definition: MessengerDefinition<Raw>, capabilities: Capabilities) {
    this.provider = definition.provider;
    this.network = definition.network;
    this.instanceId = definition.instanceId;
    this.capabilities = capabilities;
    this.raw = definition.raw;
    (this as { [definitionKey]: MessengerDefinition<Raw> })[definitionKey] = definition;
    (this as { [retriesSendsKey]: boolean | undefined })[retriesSendsKey] = definition.retriesSends;
  }

  /** The contract version, always `'v1'`. */
  get specificationVersion(): typeof specificationVersion {
    return specificationVersion;
  }

  /** Reads one capability, for example `messenger.supports('groups.create')`. */
  supports(path: CapabilityPath): boolean {
    return supportsCapability(this.capabilities, path);
  }

  /** Sends an outgoing message (template 0). */
  send(input: SendInput): Promise<SentMessage> {
    return sendThrough(this, input, 'send');
  }

  /** Sends a text. */
  sendText(to: Destination, text: string, options?: SendOptions): Promise<SentMessage> {
    return sendTo(this, 'sendText', to, { type: 'text', text }, options);
  }

  /** Sends a media file. */
  sendMedia(
    to: Destination,
    media: Parameters<SendOperations['sendMedia']>[1],
    options: SendOptions & { caption?: string } = {},
  ): Promise<SentMessage> {
    const { caption, ...rest } = options;
    const message = { type: 'media', media, ...(caption === undefined ? {} : { caption }) };
    return sendTo(this, 'sendMedia', to, message, rest);
  }

  /** Sends a location. */
  sendLocation(
    to: Destination,
    location: Parameters<SendOperations['sendLocation']>[1],
    options?: SendOptions,
  ): Promise<SentMessage> {
    return sendTo(this, 'sendLocation', to, { type: 'location', location }, options);
  }

  /** Sends a contact card. */
  sendContact(
    to: Destination,
    contact: Parameters<SendOperations['sendContact']>[1],
    options?: SendOptions,
  ): Promise<SentMessage> {
    return sendTo(this, 'sendContact', to, { type: 'contact', contact }, options);
  }

  /** Sends a poll. */
  sendPoll(
    to: Destination,
    poll: Parameters<SendOperations['sendPoll']>[1],
    options?: SendOptions,
  ): Promise<SentMessage> {
    return sendTo(this, 'sendPoll', to, { type: 'poll', poll }, options);
  }

  /** Shows "typing…" (or "recording…") in a chat. */
  sendTyping(to: Destination, options?: Parameters<SendOperations['sendTyping']>[1]): Promise<void> {
    if (!this.supports('send.typing')) return unsupported(this, 'send.typing');
    return this[definitionKey].sendTyping!(to, options);
  }

  /** Operations on existing messages. */
  get messages(): MessagesOperations {
    return sectionFrom(this, 'messages') as unknown as MessagesOperations;
  }

  /** Receiving by polling or webhook. */
  get inbox(): InboxOperations {
    return sectionFrom(this, 'inbox') as unknown as InboxOperations;
  }

  /** Contacts and chats. */
  get contacts(): ContactsOperations {
    return sectionFrom(this, 'contacts') as unknown as ContactsOperations;
  }

  /** The provider's outgoing and notification queues. */
  get queue(): QueueOperations {
    return sectionFrom(this, 'queue') as unknown as QueueOperations;
  }

  /** This account at the provider. */
  get session(): Session<Raw> {
    this[sessionKey] ??= createSession({
      id: this.instanceId,
      provider: this.provider,
      network: this.network,
      name: undefined,
      info: undefined,
      openMessenger: () => this,
      operations: sectionFrom(this, 'session') as never,
    });
    return this[sessionKey];
  }

  /** Creating groups; `group(chatId)` opens an existing one. */
  get groups(): GroupsOperations {
    this[groupsKey] ??= {
      create: async (input) => {
        const operations = groupOperationsOf(this);
        const created = await operations.create(input);
        return createGroup(created.groupId, created.inviteLink, operations, this);
      },
    };
    return this[groupsKey];
  }

  /** One existing group chat by its chat id. */
  group(chatId: string): Group {
    return createGroup(chatId, undefined, groupOperationsOf(this), this);
  }
}

function groupOperationsOf(messenger: DefinedMessenger<unknown>): GroupsDefinition {
  return sectionFrom(messenger, 'groups') as unknown as GroupsDefinition;
}

function sectionFrom(messenger: DefinedMessenger<unknown>, name: SectionName): Section {
  messenger[sectionsKey] ??= {};
  const sections = messenger[sectionsKey];
  let section = sections[name];
  if (section === undefined) {
    section = sectionOf(messenger[definitionKey], messenger.capabilities, name);
    sections[name] = section;
  }
  return section;
}

function unsupported(messenger: DefinedMessenger<unknown>, path: string): Promise<never> {
  return Promise.reject(new UnsupportedError(messenger.provider, path, messenger.network));
}

function sendTo(
  messenger: DefinedMessenger<unknown>,
  operation: string,
  to: Destination,
  message: unknown,
  options: SendOptions = {},
): Promise<SentMessage> {
  return sendThrough(messenger, { ...options, recipient: toRecipient(to), message } as SendInput, operation);
}

function sendThrough(
  messenger: DefinedMessenger<unknown>,
  input: SendInput,
  operation: string,
): Promise<SentMessage> {
  return traceSend(messenger, operation, input, async () => {
    const outgoing = createOutgoingMessage(input);
    for (const path of requiredSendPaths(outgoing)) {
      if (!messenger.supports(path)) return unsupported(messenger, path);
    }
    return messenger[definitionKey].send!(outgoing);
  });
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
