/**
 * `@switchboard/whatsgate`: the Whatsgate (whatsgate.ru API v1) adapter. One account API key
 * (`X-Api-Key`), many WhatsApp sessions (`WhatsappID`): a core `Messenger` per session, a
 * `SessionManager` for the account, the typed raw client, webhooks answered with
 * `{"result":"OK","id":…}` and polling of `events-get` behind a persistent cursor.
 *
 * @packageDocumentation
 */

import type {
  WhatsgateMessengerOptions,
  WhatsgateSessionManagerOptions,
} from './whatsgate-messenger-options.js';

export { createWhatsgateClient } from './client/create-whatsgate-client.js';
export type {
  WhatsgateChat,
  WhatsgateGroupMetadata,
} from './client/schemas/whatsgate-chat-schema.js';
export {
  whatsgateChatSchema,
  whatsgateGroupMetadataSchema,
  whatsgateParticipantSchema,
} from './client/schemas/whatsgate-chat-schema.js';
export {
  type WhatsgateEventLogEntry,
  whatsgateEventLogEntrySchema,
} from './client/schemas/whatsgate-event-log-entry-schema.js';
export type { WhatsgateMediaFile } from './client/schemas/whatsgate-message-schema.js';
export { whatsgateMediaFileSchema } from './client/schemas/whatsgate-message-schema.js';
export * from './client/schemas/whatsgate-response-schemas.js';
export type { WhatsgateSession } from './client/schemas/whatsgate-session-schema.js';
export { whatsgateSessionSchema } from './client/schemas/whatsgate-session-schema.js';
export { WhatsgateClient } from './client/whatsgate-client.js';
export type { WhatsgateCallOptions } from './client/whatsgate-client-context.js';
export type * from './client/whatsgate-request-types.js';
export { createWhatsgateAccount, type WhatsgateAccount } from './create-whatsgate-account.js';
export { createWhatsgateMessenger } from './create-whatsgate-messenger.js';
export { MemoryCursorStore } from './cursor/memory-cursor-store.js';
export type { WhatsgateCursor, WhatsgateCursorStore } from './cursor/whatsgate-cursor-store.js';
export {
  classifyWhatsgateErrorText,
  createWhatsgateErrorDetector,
  readWhatsgateErrorBody,
  type WhatsgateErrorBody,
} from './errors.js';
export { base64ToBytes, bytesToBase64 } from './mappers/base64.js';
export { mapChat, mapGroupMetadata } from './mappers/map-chat.js';
export { mapDownloadedMedia } from './mappers/map-downloaded-media.js';
export { mapMessageContent } from './mappers/map-message-content.js';
export { mapOutgoingMessage, sendTypeForMimeType } from './mappers/map-outgoing-message.js';
export {
  chatIdFromMessageId,
  isOwnMessageId,
  type MappedWhatsgateMessage,
  mapReceivedMessage,
} from './mappers/map-received-message.js';
export { mapRecipient, recipientChatId } from './mappers/map-recipient.js';
export { mapSession } from './mappers/map-session.js';
export { mapSessionState } from './mappers/map-session-state.js';
export { mapSettings } from './mappers/map-settings.js';
export { parseWhatsgateDate } from './mappers/whatsgate-date.js';
export type { WhatsgateSendOptions } from './mappers/whatsgate-send-options.js';
export {
  createWhatsgateSessionManager,
  type WhatsgateSessionManager,
} from './session/create-whatsgate-session-manager.js';
export type { WhatsgateSessionFilter } from './session/list-whatsgate-sessions.js';
export type { WhatsgateSessionCreateOptions } from './session/whatsgate-session-create-options.js';
export * from './webhook.js';
export {
  type ResolvedWhatsgateAccountOptions,
  type ResolvedWhatsgateReceivingOptions,
  resolveWhatsgateAccountOptions,
  type WhatsgateAccountOptions,
  type WhatsgateReceivingOptions,
} from './whatsgate-account-options.js';
export { defaultWhatsgateBaseUrl, normalizeWhatsgateBaseUrl } from './whatsgate-base-url.js';
export { whatsgateCapabilities } from './whatsgate-capabilities.js';
export {
  resolveWhatsgateMessengerOptions,
  type WhatsgateMessengerOptions,
  type WhatsgateMessengerOverrides,
  type WhatsgateSessionManagerOptions,
  whatsgateMessengerOptionsSchema,
  whatsgateSessionManagerOptionsSchema,
} from './whatsgate-messenger-options.js';
export { whatsgateProvider } from './whatsgate-provider.js';

// A config that names 'whatsgate' gets these options types once this entry's types are loaded
// (an app that loads the adapter only by config adds a type-only import of this package).
declare module '@switchboard/core' {
  interface ProviderOptionsByName {
    whatsgate: WhatsgateMessengerOptions;
  }
  interface SessionManagerOptionsByName {
    whatsgate: WhatsgateSessionManagerOptions;
  }
}
