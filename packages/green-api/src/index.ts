/**
 * `@switchboard/green-api`: the GREEN-API adapter of Switchboard for WhatsApp, Telegram and MAX
 * instances, the Partner API, and GREEN-API webhooks.
 *
 * @packageDocumentation
 */

import type { GreenApiMessengerOptions } from './green-api-messenger-options.js';
import type { GreenApiSessionManagerOptions } from './session/green-api-session-manager-options.js';

export type {
  AccountSettingsResponse,
  AuthorizationCodeResponse,
  AuthorizationStepResponse,
  ConfirmationResponse,
  EmptyOrObjectResponse,
  GreenApiJournalEntry,
  GreenApiNotificationContext,
  GreenApiSettings,
  GreenApiWritableSettings,
  GreenApiYesNo,
  IdMessageResponse,
  PictureResponse,
  QrResponse,
  StateInstanceResponse,
} from '@switchboard/green-api-protocol';
export {
  type GreenApiNetwork,
  greenApiNetworks,
  networkFromTypeInstance,
} from '@switchboard/green-api-protocol';
export type { GreenApiUploadFile } from './client/account-methods.js';
export { createGreenApiClient, type GreenApiClient } from './client/green-api-client.js';
export type {
  GreenApiCall,
  GreenApiCallOptions,
  GreenApiClientCore,
  GreenApiClientOptions,
} from './client/green-api-client-core.js';
export {
  type CreateInstanceInput,
  GreenApiPartnerClient,
  type GreenApiPartnerInstance,
} from './client/green-api-partner-client.js';
export type { GroupParticipantInput } from './client/group-methods.js';
export type { GreenApiQueuedMessage } from './client/queue-methods.js';
export type { GreenApiChatEntry, GreenApiNotificationEnvelope } from './client/receiving-methods.js';
export type {
  GreenApiContact,
  GreenApiTyping,
  LegacyMessageInput,
  SendFileByUploadInput,
  SendFileByUrlInput,
  SendInteractiveButtonsInput,
  SendLocationInput,
  SendMessageInput,
  SendPollInput,
} from './client/sending-types.js';
export type {
  AddressBookContactInput,
  GreenApiContactEntry,
  GreenApiContactInfo,
} from './client/service-methods.js';
export type { StatusAudience } from './client/status-methods.js';
export { createGreenApiMessenger } from './create-green-api-messenger.js';
export { createGreenApiErrorDetector, type GreenApiResponseForDetection } from './errors.js';
export { greenApiCapabilities } from './green-api-capabilities.js';
export { greenApiDefaultUrls, greenApiPartnerUrl } from './green-api-default-urls.js';
export {
  type GreenApiMessengerOptions,
  type GreenApiRetryOptions,
  type GreenApiTransportOptions,
  greenApiMessengerOptionsSchema,
  mediaUrlForApiUrl,
} from './green-api-messenger-options.js';
export { greenApiProvider } from './green-api-provider.js';
export type {
  GreenApiMediaSendOptions,
  GreenApiSendOptions,
  GreenApiTextSendOptions,
} from './operations/green-api-send-options.js';
export {
  createGreenApiSessionManager,
  type GreenApiSessionManager,
  partnerInstanceToSession,
} from './session/create-green-api-session-manager.js';
export type { GreenApiSessionManagerOptions } from './session/green-api-session-manager-options.js';
export { parseGreenApiNotification } from './webhook/parse-green-api-notification.js';
export { type GreenApiWebhookOptions, parseGreenApiWebhook } from './webhook/parse-green-api-webhook.js';
export {
  type GreenApiWebhookVerification,
  verifyGreenApiWebhook,
} from './webhook/verify-green-api-webhook.js';

// A config that names 'green-api' gets these options types once this entry's types are loaded
// (an app that loads the adapter only by config adds a type-only import of this package).
declare module '@switchboard/core' {
  interface ProviderOptionsByName {
    'green-api': GreenApiMessengerOptions;
  }
  interface SessionManagerOptionsByName {
    'green-api': GreenApiSessionManagerOptions;
  }
}
