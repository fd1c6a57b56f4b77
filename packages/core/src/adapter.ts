/**
 * `@switchboard/core/adapter`: the adapter author's kit — `defineMessenger` and `defineSessionManager`
 * (core builds the user-facing objects from plain operation functions), the HTTP transport, the
 * `Redactor`, event-id and timestamp helpers, template validation, option parsing helpers and the
 * `ProviderDefinition` a provider module exports. Applications import `@switchboard/core` instead.
 * @packageDocumentation
 */
export {
  type CapabilityDeclaration,
  createCapabilities,
  supportsCapability,
} from './capabilities/capabilities.js';
export { everyOperation } from './capabilities/every-operation.js';
export { type OperationGroup, type OperationName, operationNames } from './capabilities/operation-names.js';
export { createEventId } from './events/create-event-id.js';
export { hashPayload } from './events/hash-payload.js';
export { limitNesting, maximumRawDepth, nestingPlaceholder } from './events/limit-nesting.js';
export { timestampFromSeconds } from './events/timestamp-from-seconds.js';
export { stripDeviceSuffix } from './identity/chat-id.js';
export {
  downloadMediaSafely,
  type HostResolver,
  type SafelyDownloadedMedia,
  type SafeMediaDownloadOptions,
} from './media/download-media-safely.js';
export { isAddressLiteral, isPublicAddress } from './media/is-public-address.js';
export {
  defaultMaxMediaBytes,
  type MediaDownloadOptions,
  mediaDownloadOptionsEntries,
} from './media/media-download-options.js';
export { type MediaPathReader, resolveMediaPath, setMediaPathReader } from './media/media-path-reader.js';
export { mimeTypeForFileName, mimeTypesByExtension } from './media/mime-type-for-file-name.js';
export {
  defineMessenger,
  type MessengerDefinition,
  type MessengerSection,
} from './messenger/define-messenger.js';
export { defineSessionManager, type SessionManagerDefinition } from './messenger/define-session-manager.js';
export type { GroupsDefinition } from './messenger/groups-definition.js';
export { isRecord } from './objects/is-record.js';
export { omitUndefined } from './objects/omit-undefined.js';
export { ownValue } from './objects/own-value.js';
export { defaultTimeoutMilliseconds } from './options/default-timeout-milliseconds.js';
export { ignoredOptionEntries } from './options/ignored-option-entries.js';
export {
  createSendOptionsReader,
  parseProviderOptions,
  type SendOptionsByMessageType,
} from './options/parse-provider-options.js';
export { parseRedactedOptions } from './options/parse-redacted-options.js';
export {
  describeOptionIssue,
  parseWithSchema,
  type SchemaParseContext,
} from './options/parse-with-schema.js';
export { secretText } from './options/secret-text.js';
export { pickTransportOptions, transportOptionsEntries } from './options/transport-options.js';
export { readWebhookBody, type WebhookBodySource, webhookBodyItems } from './receiving/read-webhook-body.js';
export { waitForDelay } from './receiving/wait-for-delay.js';
export { Redactor } from './redaction/redactor.js';
export type { ProviderDefinition, ProviderOptions } from './registry/provider-definition.js';
export { constantTimeEqual } from './security/constant-time-equal.js';
export { parseTemplate } from './templates/parse-template.js';
export { trimTrailing } from './text/trim-trailing.js';
export { vcardField } from './text/vcard-field.js';
export { buildRequestUrl } from './transport/build-request-url.js';
export { createHttpTransport } from './transport/create-http-transport.js';
export type {
  HttpHost,
  HttpMethod,
  HttpRequest,
  HttpResponseType,
  HttpSearchParams,
} from './transport/http-request.js';
export type {
  HttpErrorDetectorInput,
  HttpTransport,
  HttpTransportOptions,
} from './transport/http-transport.js';
export { type HttpFailure, mapHttpError } from './transport/map-http-error.js';
