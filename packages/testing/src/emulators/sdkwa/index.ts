export { sdkwaControlActions } from './control-http-handler.js';
export { SdkwaUnknownInstanceError } from './create-sdkwa-control.js';
export type {
  SdkwaInjectedMessage,
  SdkwaInjectedMessageInput,
  SdkwaMessageEnvelope,
} from './deliver-message.js';
export { sdkwaMethodNames } from './instance-api-handler.js';
export type {
  SdkwaEmulatorControl,
  SdkwaInstanceCredentials,
  SdkwaInstanceId,
  SdkwaInstanceSnapshot,
} from './sdkwa-emulator-control.js';
export type { SdkwaEmulatorOptions } from './sdkwa-emulator-options.js';
export type { SdkwaInstanceAccount, SdkwaSentRequest } from './sdkwa-instance.js';
export type { SdkwaInstanceSeed } from './sdkwa-instance-registry.js';
export type { SdkwaJournalEntry } from './sdkwa-journal.js';
export type { SdkwaMediaContent, SdkwaMediaKind, SdkwaMessageContent } from './sdkwa-message-content.js';
export type { SdkwaEmitOutcome } from './sdkwa-notifier.js';
export type { SdkwaRegistrationAnswer, SdkwaRegistrationMethod } from './sdkwa-registration.js';
export type { SdkwaSettings, SdkwaYesNo } from './sdkwa-settings.js';
export { defaultSdkwaTimings, type SdkwaTimings } from './sdkwa-timings.js';
export type {
  SdkwaInstanceData,
  SdkwaMessageData,
  SdkwaMessageStatus,
  SdkwaNetwork,
  SdkwaStateInstance,
  SdkwaWebhookBody,
} from './sdkwa-types.js';
export type { SdkwaOrder } from './sdkwa-user-account.js';
export { type SdkwaEmulator, startSdkwaEmulator } from './start-sdkwa-emulator.js';
