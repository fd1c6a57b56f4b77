/**
 * `@switchboard/core`: the provider-neutral messenger contract (specification v1) for applications —
 * the `Messenger` interface and its operation groups, templates, events, errors, capabilities,
 * `createMessenger` and config reading, and receiving (poller, webhook handler, idempotency store).
 * Adapter authors find their kit in `@switchboard/core/adapter`; Node-only helpers are in
 * `@switchboard/core/node`.
 *
 * @example
 * ```ts
 * import { createMessenger } from '@switchboard/core';
 *
 * const messenger = await createMessenger({ provider: 'green-api', options: { network: 'telegram', idInstance, apiTokenInstance } });
 * await messenger.sendText('10000000', 'Hello');
 * ```
 * @packageDocumentation
 */
export { type Capabilities, listCapabilities } from './capabilities/capabilities.js';
export type { CapabilityPath } from './capabilities/operation-names.js';
export { isMessengerError, MessengerError, type MessengerErrorOptions } from './errors/messenger-error.js';
export type { MessengerErrorCode } from './errors/messenger-error-code.js';
export { UnsupportedError } from './errors/unsupported-error.js';
export type { ChatReference, Sender } from './events/chat-reference.js';
export type { MessageContent, MessageContentType, ReceivedMediaFile } from './events/message-content.js';
export type { MessageStatus } from './events/message-status.js';
export type {
  EventBase,
  MessengerEvent,
  MessengerEventOf,
  MessengerEventType,
  ReceivedMessage,
} from './events/messenger-event.js';
export { isGroupChatId, normalizePhone, phoneFromChatId, whatsAppChatId } from './identity/chat-id.js';
export type { ContactsOperations } from './messenger/contacts-operations.js';
export type { Group } from './messenger/group.js';
export type { GroupsOperations } from './messenger/groups-operations.js';
export type { InboxItem, InboxOperations, ParsedWebhook } from './messenger/inbox-operations.js';
export type { MessagesOperations } from './messenger/messages-operations.js';
export { type Messenger, type Network, specificationVersion } from './messenger/messenger.js';
export type { QueueOperations } from './messenger/queue-operations.js';
export type * from './messenger/results.js';
export type { Destination, SendOperations, SendOptions } from './messenger/send-operations.js';
export { sendsRetriedByTransport } from './messenger/sends-retried-by-transport.js';
export type { Session } from './messenger/session.js';
export type { ManagedSession, SessionCreateInput, SessionManager } from './messenger/session-manager.js';
export type { SessionOperations } from './messenger/session-operations.js';
export type { TransportOptions } from './options/transport-options.js';
export { type DeduplicationOwner, deduplicationKey } from './receiving/claim-event.js';
export {
  createMemoryIdempotencyStore,
  type MemoryIdempotencyStoreOptions,
} from './receiving/create-memory-idempotency-store.js';
export { createWebhookHandler } from './receiving/create-webhook-handler.js';
export type { IdempotencyStore } from './receiving/idempotency-store.js';
export type * from './receiving/polling-options.js';
export type { RetryOptions } from './receiving/retry-options.js';
export { startPolling } from './receiving/start-polling.js';
export type * from './receiving/webhook-handler-options.js';
export { createMessenger } from './registry/create-messenger.js';
export { createSessionManager } from './registry/create-session-manager.js';
export { listProviders } from './registry/list-providers.js';
export {
  type EnvironmentConfigOptions,
  loadMessengerConfigFromEnvironment,
  providerEnvironmentVariable,
  providerModuleEnvironmentVariable,
} from './registry/load-messenger-config-from-environment.js';
export { loadProviderOptionSpecs } from './registry/load-provider-option-specs.js';
export { type MessengerConfigLayer, mergeMessengerConfig } from './registry/merge-messenger-config.js';
export type {
  MessengerConfig,
  ProviderOptionsByName,
  SessionManagerConfig,
  SessionManagerOptionsByName,
} from './registry/messenger-config.js';
export { type MessengerConfigFile, parseMessengerConfigFile } from './registry/messenger-config-file.js';
export type { ModuleImporter } from './registry/module-importer.js';
export { parseMessengerConfig } from './registry/parse-messenger-config.js';
export type { ProviderResolutionOptions } from './registry/prepare-provider.js';
export {
  type CatalogProviderName,
  findCatalogEntry,
  type ProviderCatalogEntry,
  providerCatalog,
  transportOptionSpecs,
} from './registry/provider-catalog.js';
export {
  isOptionRequired,
  type ProviderOptionSpec,
  type ProviderOptionType,
  type ProviderPurpose,
} from './registry/provider-option-spec.js';
export { createProviderRegistry, type ProviderRegistry } from './registry/provider-registry.js';
export { telemetryAttributes, telemetryNames } from './telemetry/telemetry-names.js';
export {
  type ChatContact,
  type ChatContactInput,
  chatContactSchema,
  createChatContact,
} from './templates/chat-contact.js';
export * from './templates/chat-group.js';
export * from './templates/contact-card.js';
export * from './templates/group-metadata.js';
export * from './templates/group-participant.js';
export * from './templates/location.js';
export * from './templates/media-file.js';
export * from './templates/message.js';
export * from './templates/messenger-settings.js';
export * from './templates/outgoing-message.js';
export * from './templates/poll.js';
export * from './templates/qr-code.js';
export * from './templates/recipient.js';
export * from './templates/session-info.js';
export * from './templates/session-state.js';
export type { HttpLogEntry } from './transport/http-log-entry.js';
export type { HttpRetryOptions } from './transport/http-transport.js';
