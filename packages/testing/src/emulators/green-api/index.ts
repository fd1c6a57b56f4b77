export type { GreenApiContact } from './contact-directory.js';
export { greenApiControlActions } from './control-router.js';
export { GreenApiEmulatorControl } from './green-api-control.js';
export { type GreenApiEmulator, startGreenApiEmulator } from './green-api-emulator.js';
export {
  defaultGreenApiTimings,
  type GreenApiEmulatorOptions,
  type GreenApiEmulatorTimings,
  type GreenApiInstanceOptions,
} from './green-api-emulator-options.js';
export type { GreenApiSentMessage } from './green-api-instance.js';
export type {
  GreenApiInstanceData,
  GreenApiNotificationBody,
  GreenApiOutgoingStatus,
  GreenApiSettings,
  GreenApiStateInstance,
  GreenApiTypeInstance,
  GreenApiWebhookSetting,
  GreenApiWritableSettings,
  GreenApiYesNo,
  JsonObject,
} from './green-api-types.js';
export type { GreenApiGroupInput } from './group-store.js';
export type { GreenApiInjection } from './incoming-injector.js';
export type {
  GreenApiIncomingContent,
  GreenApiIncomingEnvelope,
  GreenApiIncomingMessageInput,
} from './incoming-message-input.js';
export type { GreenApiEmulatorInstance } from './instance-registry.js';
export { defaultGreenApiSettings, greenApiAllWebhooksOn } from './instance-settings.js';
export type { GreenApiJournalEntry } from './message-journal.js';
export type { GreenApiQuota } from './quota-meter.js';
