/**
 * `@switchboard/green-api-protocol`: the GREEN-API wire protocol shared by the adapters of
 * GREEN-API-compatible gateways (GREEN-API itself and SDKWA): loose schemas of its answers and the
 * mappers from its notification bodies, journal entries, settings and states to the Switchboard
 * contract. Adapters pass their own provider name in the mapping context.
 *
 * @packageDocumentation
 */
export * from './client/green-api-method-call.js';
export * from './client/multipart-form.js';
export * from './client/read-journal-entries.js';
export * from './errors/confirmation-fields.js';
export * from './green-api-network.js';
export * from './mappers/field-readers.js';
export * from './mappers/map-chat.js';
export * from './mappers/map-chat-reference.js';
export * from './mappers/map-contact-card.js';
export * from './mappers/map-contact-info.js';
export * from './mappers/map-green-api-notification.js';
export * from './mappers/map-green-api-notification-safely.js';
export * from './mappers/map-group-metadata.js';
export * from './mappers/map-history-message.js';
export * from './mappers/map-message-content.js';
export * from './mappers/map-message-notification.js';
export * from './mappers/map-message-status.js';
export * from './mappers/map-session-state.js';
export * from './mappers/map-settings.js';
export * from './mappers/notification-base.js';
export * from './messenger/create-green-api-family-messenger.js';
export * from './messenger/messenger-only-option-names.js';
export * from './messenger/provider-label.js';
export * from './messenger/resolved-green-api-family-messenger-options.js';
export * from './operations/create-green-api-family-inbox.js';
export * from './operations/create-green-api-group-operations.js';
export * from './operations/create-green-api-session-basics.js';
export * from './operations/green-api-family-operation-context.js';
export * from './schemas/account-schemas.js';
export * from './schemas/created-group-schema.js';
export * from './schemas/group-data-schema.js';
export * from './schemas/instance-credential-entries.js';
export * from './schemas/path-token-schema.js';
export * from './schemas/response-schemas.js';
export * from './webhook/bearer-webhook-limits.js';
export * from './webhook/bearer-webhook-option-entries.js';
export * from './webhook/parse-bearer-webhook.js';
export * from './webhook/verify-bearer-webhook.js';
