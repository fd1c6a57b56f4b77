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
  /** The account's JID, e.g. `79001234567@c.us`; read only. */
  wid?: string;
  /** Country code of the instance, e.g. `ru`. */
  countryInstance?: string;
  /** `WA_DESKTOP` or `WA_MOBILE`. */
  typeAccount?: string;
  /** `STABLE` or `LATEST`. */
  releaseType?: string;
  /** URL notifications are posted to; `""` for none. */
  webhookUrl?: string;
  /** Token for the webhook server, sent as `Authorization: Bearer <token>` by GREEN-API heritage. */
  webhookUrlToken?: string;
  /** Pause between sends from the queue, in milliseconds. */
  delaySendMessagesMilliseconds?: number;
  /** Upper bound of a randomised pause between sends, in milliseconds. */
  delaySendMessagesMaxMs?: number;
  /** `yes` marks incoming messages read on arrival. */
  markIncomingMessagesReaded?: SdkwaYesNo;
  /** `yes` marks a chat's messages read when the instance replies in it. */
  markIncomingMessagesReadedOnReply?: SdkwaYesNo;
  /** `yes` sends `outgoingMessageStatus` notifications. */
  outgoingWebhook?: SdkwaYesNo;
  /** `yes` notifies messages sent from the phone (`outgoingMessageReceived`). */
  outgoingMessageWebhook?: SdkwaYesNo;
  /** `yes` notifies messages sent through the API (`outgoingAPIMessageReceived`). */
  outgoingAPIMessageWebhook?: SdkwaYesNo;
  /** `yes` sends `stateInstanceChanged` notifications. */
  stateWebhook?: SdkwaYesNo;
  /** `yes` sends `incomingMessageReceived` notifications. */
  incomingWebhook?: SdkwaYesNo;
  /** `yes` sends `deviceInfo` notifications. */
  deviceWebhook?: SdkwaYesNo;
  /** `yes` sends `statusInstanceChanged` (online/offline) notifications. */
  statusInstanceWebhook?: SdkwaYesNo;
  /** `yes` keeps the account shown as online. */
  keepOnlineStatus?: SdkwaYesNo;
  /** `ip:port:login:password`; `getSettings` shows `"system proxy"`. */
  proxyInstance?: string;
  /** `"HH:MM"`, set together with `sendToUTC`. */
  sendFromUTC?: string;
  /** `"HH:MM"`, end of the daily sending window, set together with `sendFromUTC`. */
  sendToUTC?: string;
  /** `yes` shares the session with other devices (Postman collection only). */
  sharedSession?: SdkwaYesNo;
  /** `yes` keeps the message journals (Postman collection only). */
  enableMessagesHistory?: SdkwaYesNo;
  [field: string]: unknown;
}

const settingsSchema = v.looseObject({}) as unknown as v.GenericSchema<unknown, SdkwaSettings>;

const warmingSchema = v.looseObject({
  // `USER_AND_WORKERS_PHONES` or `USER_PHONES`.
  warmingType: v.optional(v.string()),
  // Warming progress as a fraction, e.g. `0.88`.
  status: v.optional(v.number()),
  // `STARTED` or `NOT_STARTED`.
  isWarmingRunning: v.optional(v.string()),
  // Number of phones taking part in the warming.
  forWarming: v.optional(v.number()),
  // Number of phones not warmed yet.
  notWarmed: v.optional(v.number()),
  // Number of phones warmed.
  warmed: v.optional(v.number()),
});

/**
 * Answer of `getWarmingPhoneStatus`.
 *
 * @useDeclaredType
 */
export type SdkwaWarmingStatus = v.InferOutput<typeof warmingSchema>;

const pictureSchema = v.looseObject({
  /** URL of the new picture. */
  urlAvatar: v.optional(v.nullable(v.string())),
  /** Why the picture was not set; `""` on success. */
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
  /** `true` when the app was created. */
  result: v.optional(v.boolean()),
  /** The new app. */
  data: v.optional(
    v.looseObject({
      /** Id of the created Telegram mini app. */
      appId: v.optional(v.union([v.number(), v.string()])),
    }),
  ),
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
    input: {
      /** The profile name shown to contacts. */
      name: string;
    },
    options?: SdkwaCallOptions,
  ): Promise<unknown> {
    return callPost(this, 'setProfileName', { name: input.name }, emptyOrObjectSchema, options);
  },

  /** `POST setProfileStatus {status}` (the "about" text). */
  setProfileStatus(
    this: SdkwaClientCore,
    input: {
      /** The "about" text. */
      status: string;
    },
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
    input: {
      /** Title of the app. */
      title: string;
      /** Short name, used in the app's link. */
      shortName: string;
      /** URL of the web app. */
      url: string;
      /** Description shown to users. */
      description: string;
    },
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
