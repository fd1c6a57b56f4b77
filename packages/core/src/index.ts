/**
 * `@switchboard/core`: the provider-neutral messenger contract (specification v1) and the runtime
 * pieces every adapter shares. Import an adapter (`@switchboard/green-api`, `@switchboard/sdkwa`,
 * `@switchboard/whatsgate`) or use `createMessenger` to pick one from config.
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
export * from './capabilities/capabilities.js';
export * from './capabilities/every-operation.js';
export * from './capabilities/operation-names.js';
export * from './errors/messenger-error.js';
export * from './errors/messenger-error-code.js';
export * from './errors/unsupported-error.js';
export * from './events/chat-reference.js';
export * from './events/create-event-id.js';
export * from './events/hash-payload.js';
export * from './events/message-content.js';
export * from './events/message-status.js';
export * from './events/messenger-event.js';
export * from './events/timestamp-from-seconds.js';
export * from './identity/chat-id.js';
export * from './media/media-path-reader.js';
export * from './media/mime-type-for-file-name.js';
export * from './messenger/contacts-operations.js';
export * from './messenger/define-messenger.js';
export * from './messenger/define-session-manager.js';
export * from './messenger/groups-operations.js';
export * from './messenger/inbox-operations.js';
export * from './messenger/messages-operations.js';
export * from './messenger/messenger.js';
export * from './messenger/queue-operations.js';
export * from './messenger/results.js';
export * from './messenger/send-operations.js';
export * from './messenger/session-manager.js';
export * from './messenger/session-operations.js';
export * from './objects/is-record.js';
export * from './objects/omit-undefined.js';
export * from './options/default-timeout-milliseconds.js';
export * from './options/ignored-option-entries.js';
export * from './options/parse-provider-options.js';
export * from './options/parse-redacted-options.js';
export * from './options/parse-with-schema.js';
export * from './options/secret-text.js';
export * from './options/transport-options.js';
export * from './receiving/index.js';
export * from './receiving/wait-for-delay.js';
export * from './redaction/redactor.js';
export * from './registry/index.js';
export * from './security/constant-time-equal.js';
export * from './templates/chat-contact.js';
export * from './templates/chat-group.js';
export * from './templates/contact-card.js';
export * from './templates/group-metadata.js';
export * from './templates/group-participant.js';
export * from './templates/location.js';
export * from './templates/media-file.js';
export * from './templates/message.js';
export * from './templates/messenger-settings.js';
export * from './templates/outgoing-message.js';
export * from './templates/parse-template.js';
export * from './templates/poll.js';
export * from './templates/qr-code.js';
export * from './templates/recipient.js';
export * from './templates/session-info.js';
export * from './templates/session-state.js';
export * from './transport/index.js';
