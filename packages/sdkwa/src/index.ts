/**
 * `@switchboard/sdkwa`: the SDKWA (sdkwa.pro) adapter of Switchboard for WhatsApp and Telegram
 * instances: QR, pairing-code and SMS/voice registration, sending, polling and webhooks, history,
 * contacts, groups, settings, and the user-level instance API as a session manager.
 *
 * @packageDocumentation
 */

import type { SdkwaMessengerOptions } from './sdkwa-messenger-options.js';
import type { SdkwaSessionManagerOptions } from './session/sdkwa-session-manager-options.js';

export type {
  SdkwaPictureResponse,
  SdkwaSettings,
  SdkwaWarmingStatus,
  SdkwaYesNo,
} from './client/account-methods.js';
export type {
  PhoneNumberInput,
  SdkwaAuthorizationCodeResponse,
  SdkwaPairingCodeResponse,
  SdkwaRegistrationResponse,
} from './client/authorization-methods.js';
export type {
  SdkwaAvatarResponse,
  SdkwaChatEntry,
  SdkwaContactEntry,
  SdkwaContactInfo,
} from './client/chat-methods.js';
export type { SdkwaParticipantInput } from './client/group-methods.js';
export type { SdkwaQueuedMessage } from './client/journal-methods.js';
export type { SdkwaNotificationEnvelope } from './client/receiving-methods.js';
export type { ResultMessageResponse, TypeMessageResponse } from './client/response-schemas.js';
export { createSdkwaClient, type SdkwaClient } from './client/sdkwa-client.js';
export type {
  SdkwaCall,
  SdkwaCallOptions,
  SdkwaClientCore,
  SdkwaClientOptions,
  SdkwaUploadFile,
} from './client/sdkwa-client-core.js';
export {
  type SdkwaOrder,
  type SdkwaOrderInput,
  SdkwaUserClient,
  type SdkwaUserInstance,
} from './client/sdkwa-user-client.js';
export type { SdkwaUploadEncoding } from './client/sending-methods.js';
export type {
  SdkwaButton,
  SdkwaContact,
  SdkwaSendTarget,
  SendButtonsInput,
  SendContactInput,
  SendFileByUploadInput,
  SendFileByUrlInput,
  SendListMessageInput,
  SendLocationInput,
  SendMessageInput,
  SendTemplateButtonsInput,
} from './client/sending-types.js';
export { createSdkwaMessenger } from './create-sdkwa-messenger.js';
export { createSdkwaErrorDetector, sdkwaMethodOfPath } from './errors.js';
export { mapCodeRequest, mapRegistrationRefusal } from './mappers/map-code-request.js';
export type { SdkwaNotificationContext } from './mappers/map-sdkwa-notification.js';
export { mapUserInstance } from './mappers/map-user-instance.js';
export type { SdkwaArchivingSendOptions, SdkwaSendOptions } from './operations/sdkwa-send-options.js';
export { sdkwaCapabilities } from './sdkwa-capabilities.js';
export {
  type ResolvedSdkwaMessengerOptions,
  type SdkwaMessengerOptions,
  sdkwaMessengerOptionsSchema,
} from './sdkwa-messenger-options.js';
export { type SdkwaNetwork, sdkwaDefaultHost, sdkwaNetworks } from './sdkwa-network.js';
export { sdkwaProvider } from './sdkwa-provider.js';
export type { SdkwaRetryOptions, SdkwaTransportOptions } from './sdkwa-transport-options.js';
export {
  createSdkwaSessionManager,
  type SdkwaSessionManager,
} from './session/create-sdkwa-session-manager.js';
export {
  type SdkwaSessionManagerOptions,
  sdkwaSessionManagerOptionsSchema,
} from './session/sdkwa-session-manager-options.js';
export { parseSdkwaNotification } from './webhook/parse-sdkwa-notification.js';
export { parseSdkwaWebhook, type SdkwaWebhookOptions } from './webhook/parse-sdkwa-webhook.js';
export { type SdkwaWebhookVerification, verifySdkwaWebhook } from './webhook/verify-sdkwa-webhook.js';

// A config that names 'sdkwa' gets these options types once this entry's types are loaded
// (an app that loads the adapter only by config adds a type-only import of this package).
declare module '@switchboard/core' {
  interface ProviderOptionsByName {
    sdkwa: SdkwaMessengerOptions;
  }
  interface SessionManagerOptionsByName {
    sdkwa: SdkwaSessionManagerOptions;
  }
}
