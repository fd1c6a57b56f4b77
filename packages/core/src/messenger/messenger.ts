import type { Capabilities } from '../capabilities/capabilities.js';
import type { CapabilityPath } from '../capabilities/operation-names.js';
import type { ContactsOperations } from './contacts-operations.js';
import type { Group } from './group.js';
import type { GroupsOperations } from './groups-operations.js';
import type { InboxOperations } from './inbox-operations.js';
import type { MessagesOperations } from './messages-operations.js';
import type { QueueOperations } from './queue-operations.js';
import type { SendOperations } from './send-operations.js';
import type { Session } from './session.js';

/**
 * The version of the contract this package defines. Adapters state the version they implement in
 * `messenger.specificationVersion`; `createMessenger` refuses adapters of another version.
 */
export const specificationVersion = 'v1';

/**
 * A messenger network. The built-in providers use `'whatsapp'`, `'telegram'` and `'max'`; third-party
 * adapters may name others.
 *
 * @example
 * ```ts
 * const network: Network = 'telegram';
 * ```
 */
export type Network = 'whatsapp' | 'telegram' | 'max' | (string & {});

/**
 * One connected account on one provider (a GREEN-API instance, an SDKWA instance, a Whatsgate
 * session): the whole provider-neutral contract. Every operation group is always present; what the
 * provider cannot do rejects with `UnsupportedError` and is `false` in `capabilities`.
 *
 * @example
 * ```ts
 * import { createMessenger } from '@switchboard/core';
 *
 * const messenger = await createMessenger({
 *   provider: 'green-api',
 *   options: { network: 'whatsapp', idInstance: '1101000001', apiTokenInstance: process.env.GREEN_API_TOKEN },
 * });
 * await messenger.sendText({ phone: '79001234567' }, 'Hello from Switchboard');
 * await messenger.group('120363043968066561@g.us').sendText('Hello, group');
 * console.log(await messenger.session.getState()); // 'authorized'
 * ```
 */
export interface Messenger<Raw = unknown> extends SendOperations {
  /** The contract version, always `'v1'` for this package. */
  readonly specificationVersion: typeof specificationVersion;
  /** The provider name, such as `'green-api'`. */
  readonly provider: string;
  /** The network this account is on. */
  readonly network: Network;
  /** The instance id or session id at the provider. */
  readonly instanceId: string;
  /** What this messenger can do. */
  readonly capabilities: Capabilities;
  /** Reads one capability, for example `messenger.supports('groups.create')`. */
  supports(path: CapabilityPath): boolean;
  /** The adapter's typed low-level client, for what the contract does not cover. */
  readonly raw: Raw;
  /** Operations on existing messages. */
  readonly messages: MessagesOperations;
  /** Receiving by polling or webhook. */
  readonly inbox: InboxOperations;
  /** This account at the provider: state, authorization, settings, logout and reboot. */
  readonly session: Session<Raw>;
  /** Creating groups; `group(chatId)` opens an existing one. */
  readonly groups: GroupsOperations;
  /** One existing group chat by its chat id (no request is made until a method is called). */
  group(chatId: string): Group;
  /** Contacts and chats. */
  readonly contacts: ContactsOperations;
  /** The provider's outgoing and notification queues. */
  readonly queue: QueueOperations;
}
