import {
  type ConfirmationResponse,
  confirmationSchema,
  emptyOrObjectSchema,
  multipartForm,
} from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import {
  callGet,
  callPost,
  type SdkwaCallOptions,
  type SdkwaClientCore,
  type SdkwaUploadFile,
} from './sdkwa-client-core.js';

/** A `"yes"`/`"no"` switch of the settings object. */
export type SdkwaYesNo = 'yes' | 'no';

/**
 * The settings object of `getSettings`/`setSettings` (reference §3.7). Every field is optional in
 * `setSettings` (at least one is needed); the instance reboots after a change.
 */
export interface SdkwaSettings {
  wid?: string;
  countryInstance?: string;
  typeAccount?: string;
  releaseType?: string;
  webhookUrl?: string;
  webhookUrlToken?: string;
  delaySendMessagesMilliseconds?: number;
  delaySendMessagesMaxMs?: number;
  markIncomingMessagesReaded?: SdkwaYesNo;
  markIncomingMessagesReadedOnReply?: SdkwaYesNo;
  outgoingWebhook?: SdkwaYesNo;
  outgoingMessageWebhook?: SdkwaYesNo;
  outgoingAPIMessageWebhook?: SdkwaYesNo;
  stateWebhook?: SdkwaYesNo;
  incomingWebhook?: SdkwaYesNo;
  deviceWebhook?: SdkwaYesNo;
  statusInstanceWebhook?: SdkwaYesNo;
  keepOnlineStatus?: SdkwaYesNo;
  /** `ip:port:login:password`; `getSettings` shows `"system proxy"`. */
  proxyInstance?: string;
  /** `"HH:MM"`, set together with `sendToUTC`. */
  sendFromUTC?: string;
  sendToUTC?: string;
  sharedSession?: SdkwaYesNo;
  enableMessagesHistory?: SdkwaYesNo;
  [field: string]: unknown;
}

const settingsSchema = v.looseObject({}) as unknown as v.GenericSchema<unknown, SdkwaSettings>;

const warmingSchema = v.looseObject({
  warmingType: v.optional(v.string()),
  status: v.optional(v.number()),
  isWarmingRunning: v.optional(v.string()),
  forWarming: v.optional(v.number()),
  notWarmed: v.optional(v.number()),
  warmed: v.optional(v.number()),
});

/**
 * Answer of `getWarmingPhoneStatus`.
 *
 * @useDeclaredType
 */
export type SdkwaWarmingStatus = v.InferOutput<typeof warmingSchema>;

const pictureSchema = v.looseObject({
  urlAvatar: v.optional(v.nullable(v.string())),
  reason: v.optional(v.nullable(v.string())),
});

/**
 * Answer of `setProfilePicture` / `setGroupPicture`: the flag, the new avatar URL and a `reason` on
 * failure.
 *
 * @useDeclaredType
 */
export type SdkwaPictureResponse = v.InferOutput<typeof pictureSchema> & Record<string, unknown>;

const createAppSchema = v.looseObject({
  result: v.optional(v.boolean()),
  data: v.optional(v.looseObject({ appId: v.optional(v.union([v.number(), v.string()])) })),
});

/** Settings, profile and device methods. */
export const sdkwaAccountMethods = {
  /** `GET getSettings`: the settings object. */
  getSettings(this: SdkwaClientCore, options?: SdkwaCallOptions): Promise<SdkwaSettings> {
    return callGet(this, 'getSettings', settingsSchema, options);
  },

  /** `POST setSettings`: changes some settings (`{saveSettings: true}`); the instance reboots. */
  setSettings(
    this: SdkwaClientCore,
    settings: SdkwaSettings,
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'saveSettings'>> {
    return callPost(this, 'setSettings', settings, confirmationSchema('saveSettings'), options);
  },

  /** `GET getWarmingPhoneStatus`: progress of SDKWA's number warming. */
  getWarmingPhoneStatus(this: SdkwaClientCore, options?: SdkwaCallOptions): Promise<SdkwaWarmingStatus> {
    return callGet(this, 'getWarmingPhoneStatus', warmingSchema, options);
  },

  /** `POST setProfileName {name}`. */
  setProfileName(
    this: SdkwaClientCore,
    input: { name: string },
    options?: SdkwaCallOptions,
  ): Promise<unknown> {
    return callPost(this, 'setProfileName', { name: input.name }, emptyOrObjectSchema, options);
  },

  /** `POST setProfileStatus {status}` (the "about" text). */
  setProfileStatus(
    this: SdkwaClientCore,
    input: { status: string },
    options?: SdkwaCallOptions,
  ): Promise<unknown> {
    return callPost(this, 'setProfileStatus', { status: input.status }, emptyOrObjectSchema, options);
  },

  /** `POST setProfilePicture` (multipart `file`, a JPEG). */
  setProfilePicture(
    this: SdkwaClientCore,
    file: SdkwaUploadFile,
    options?: SdkwaCallOptions,
  ): Promise<SdkwaPictureResponse> {
    return this.call('setProfilePicture', {
      verb: 'POST',
      body: multipartForm(file, {}),
      schema: pictureSchema,
      ...options,
    });
  },

  /** `POST createApp {title, shortName, url, description}` (Telegram): creates a Telegram mini app. */
  createApp(
    this: SdkwaClientCore,
    input: { title: string; shortName: string; url: string; description: string },
    options?: SdkwaCallOptions,
  ): Promise<v.InferOutput<typeof createAppSchema>> {
    return callPost(this, 'createApp', input, createAppSchema, options);
  },

  /**
   * `GET getDeviceInfo`: the linked phone's device data. Only the basis-api era 1C library calls it;
   * it is not in SDKWA's OpenAPI.
   */
  getDeviceInfo(this: SdkwaClientCore, options?: SdkwaCallOptions): Promise<Record<string, unknown>> {
    return callGet(this, 'getDeviceInfo', v.looseObject({}), options);
  },
};

/** The type of {@link sdkwaAccountMethods}. */
export type SdkwaAccountMethods = typeof sdkwaAccountMethods;
