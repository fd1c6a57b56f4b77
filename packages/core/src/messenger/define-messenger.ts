import {
  type Capabilities,
  type CapabilityDeclaration,
  createCapabilities,
  supportsCapability,
} from '../capabilities/capabilities.js';
import { operationNames } from '../capabilities/operation-names.js';
import type { OutgoingMessage } from '../templates/outgoing-message.js';
import type { ContactsOperations } from './contacts-operations.js';
import { DefinedMessenger, type SectionName, sectionNames, sectionOf } from './defined-messenger.js';
import type { GroupsDefinition } from './groups-definition.js';
import type { InboxOperations } from './inbox-operations.js';
import type { MessagesOperations } from './messages-operations.js';
import type { Messenger, Network } from './messenger.js';
import type { QueueOperations } from './queue-operations.js';
import type { SentMessage } from './results.js';
import type { SendOperations } from './send-operations.js';
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
  messages?: MessengerSection<MessagesOperations>;
  /** The `inbox` operations the adapter implements. */
  inbox?: MessengerSection<InboxOperations>;
  /** The `session` operations the adapter implements. */
  session?: MessengerSection<SessionOperations>;
  /** The group operations the adapter implements (core builds `Group` objects from them). */
  groups?: MessengerSection<GroupsDefinition>;
  /** The `contacts` operations the adapter implements. */
  contacts?: MessengerSection<ContactsOperations>;
  /** The `queue` operations the adapter implements. */
  queue?: MessengerSection<QueueOperations>;
}

/**
 * One operation group of a {@link MessengerDefinition}: its operations, or a function that builds them
 * on the section's first use (so thousands of idle messengers hold none of them).
 *
 * @example
 * ```ts
 * const inbox: MessengerSection<InboxOperations> = () => createAcmeInbox(context);
 * ```
 */
export type MessengerSection<Operations> = Partial<Operations> | (() => Partial<Operations>);

/**
 * Builds a complete {@link Messenger} from an adapter's definition. Every operation the adapter did
 * not declare rejects with `UnsupportedError`, so `capabilities` and behaviour always agree in the
 * "undeclared" direction; declaring an operation without implementing it throws at construction (for a
 * section given as a function, when that section is first used). Sends are validated with the templates
 * before the adapter sees them. The messenger's methods live on a shared prototype (call them on the
 * messenger) and its sections are built on first use, so an idle messenger holds little more than its
 * definition.
 *
 * @example
 * ```ts
 * export function createAcmeMessenger(options: AcmeMessengerOptions): Messenger<AcmeClient> {
 *   const client = new AcmeClient(options);
 *   return defineMessenger({ provider: 'acme', network: 'whatsapp', instanceId: options.id, raw: client,
 *     capabilities: { send: { text: true } }, send: (outgoing) => client.send(outgoing),
 *     inbox: () => createAcmeInbox(client) });
 * }
 * ```
 */
export function defineMessenger<Raw>(definition: MessengerDefinition<Raw>): Messenger<Raw> {
  const { provider } = definition;
  const capabilities = sharedCapabilities(definition.capabilities);
  const supports = (path: string) => supportsCapability(capabilities, path as never);
  const sendPaths = operationNames.send.filter((name) => name !== 'typing');
  if (sendPaths.some((name) => supports(`send.${name}`)) && definition.send === undefined) {
    throw new TypeError(`${provider} declares sending but does not implement send`);
  }
  if (supports('send.typing') && definition.sendTyping === undefined) {
    throw new TypeError(`${provider} declares send.typing but does not implement sendTyping`);
  }
  // Sections given as objects are checked now; those given as functions when first built.
  for (const name of sectionNames) {
    if (typeof definition[name] !== 'function') sectionOf(definition, capabilities, name as SectionName);
  }
  return new DefinedMessenger(definition, capabilities);
}

/** One frozen {@link Capabilities} per declaration, shared by every messenger declaring the same. */
const capabilitiesByDeclaration = new WeakMap<
  CapabilityDeclaration,
  { text: string; capabilities: Capabilities }
>();

function sharedCapabilities(declaration: CapabilityDeclaration): Capabilities {
  // The declaration's text is compared too, so one changed after its first use is read again.
  const text = JSON.stringify(declaration) ?? '';
  const cached = capabilitiesByDeclaration.get(declaration);
  if (cached?.text === text) return cached.capabilities;
  const capabilities = createCapabilities(declaration);
  for (const group of Object.values(capabilities)) Object.freeze(group);
  Object.freeze(capabilities);
  if (typeof declaration === 'object' && declaration !== null) {
    capabilitiesByDeclaration.set(declaration, { text, capabilities });
  }
  return capabilities;
}
