/**
 * The SDKWA (sdkwa.pro) emulator: `startSdkwaEmulator()` and its types.
 *
 * Where the reference's sources conflict [C], the emulator accepts every variant:
 * - URL scheme: the current `/{whatsapp|telegram}/{idInstance}/{method}` + `Authorization: Bearer` (all SDKs);
 *   also the basis-api legacy `/waInstance{id}/{method}/{token}[/{param}]` (tokenless `downloadFile/{idMessage}`)
 *   and the Postman typo `/whatsapp{id}/{method}`. Method names are case-insensitive (`GetContactInfo`,
 *   `SendButtons`), trailing slashes are ignored (`sendRegistrationCode/`).
 * - `requestRegistrationCode` (SDKs) and `requestAuthorizationCode` (Postman/OpenAPI alias, answers
 *   `{result, message}` plus the WhatsApp fields).
 * - `getContactInfo`: GET with a JSON body, GET with `?chatId=`, or POST. `downloadFile`: POST `{chatId}` or GET.
 * - `uploadFile`: raw bytes or a multipart `file`. `sendFileByUpload`: name from `fileName`, else the part filename.
 * - `getAuthorizationCode` answers `{status, code}`; `getPairingCode` (S1 only) `{result, data:{pairingCode}}`.
 * - User API failures: HTTP 400 `{result:false, error:"…"}` for credentials/parameters (OpenAPI) and HTTP 200
 *   `{result:false, data:{}, error:{code, description}}` for business failures (Postman); `instances/list` spells
 *   `idInstance` as a number (Postman) unless `listIdInstanceAs: 'string'` (OpenAPI).
 * - `createByOrder` answers the OpenAPI order object plus Postman's `idInstance` + `apiTokenInstance`.
 *
 * Inferred behaviour [I]: 401 missing/unknown token, 403 another instance's token or a deleted instance, 404 unknown
 * instance, NestJS 404 `Cannot GET …` for unknown methods or wrong verbs; `too_recent` refusals; webhook auth as
 * `Authorization: Bearer <webhookUrlToken>`; notifications go to the webhook when `webhookUrl` is set, else to the
 * `receiveNotification` queue; GREEN-API shapes for reactions, polls, edits, deletions, calls and contact arrays.
 *
 * @example
 * import { startSdkwaEmulator } from '@switchboard/testing';
 * const emulator = await startSdkwaEmulator();
 * emulator.control.injectIncomingMessage(emulator.instances[0]!.idInstance, { type: 'text', text: 'hi' });
 * await emulator.close();
 * @module
 */
export { sdkwaControlActions } from './control-http-handler.js';
export { SdkwaUnknownInstanceError } from './create-sdkwa-control.js';
export type {
  SdkwaInjectedMessage,
  SdkwaInjectedMessageInput,
  SdkwaMessageEnvelope,
} from './deliver-message.js';
export { sdkwaMethodNames } from './instance-api-handler.js';
export type { SdkwaChatPreferences } from './sdkwa-chat-book.js';
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
