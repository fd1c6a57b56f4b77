import * as v from 'valibot';

/** A GREEN-API boolean: the string `"yes"` or `"no"`. */
export type GreenApiYesNo = 'yes' | 'no';

/** The instance settings (`getSettings`); Telegram and MAX return a subset. */
export interface GreenApiSettings {
  wid?: string;
  countryInstance?: string;
  typeAccount?: string;
  webhookUrl?: string;
  webhookUrlToken?: string;
  delaySendMessagesMilliseconds?: number;
  markIncomingMessagesReaded?: GreenApiYesNo;
  markIncomingMessagesReadedOnReply?: GreenApiYesNo;
  sharedSession?: GreenApiYesNo;
  proxyInstance?: string;
  outgoingWebhook?: GreenApiYesNo;
  outgoingMessageWebhook?: GreenApiYesNo;
  outgoingAPIMessageWebhook?: GreenApiYesNo;
  incomingWebhook?: GreenApiYesNo;
  deviceWebhook?: GreenApiYesNo;
  statusInstanceWebhook?: GreenApiYesNo;
  stateWebhook?: GreenApiYesNo;
  enableMessagesHistory?: GreenApiYesNo;
  keepOnlineStatus?: GreenApiYesNo;
  pollMessageWebhook?: GreenApiYesNo;
  incomingBlockWebhook?: GreenApiYesNo;
  incomingCallWebhook?: GreenApiYesNo;
  outgoingCallWebhook?: GreenApiYesNo;
  editedMessageWebhook?: GreenApiYesNo;
  deletedMessageWebhook?: GreenApiYesNo;
  linkPreview?: GreenApiYesNo;
  autoTyping?: number;
  [field: string]: unknown;
}

/** The settings `setSettings` accepts (read-only fields left out). */
export type GreenApiWritableSettings = Omit<GreenApiSettings, 'wid' | 'countryInstance' | 'typeAccount'>;

/** Loose schema of `getSettings`. */
export const settingsSchema = buildSettingsSchema();

// @__NO_SIDE_EFFECTS__
function buildSettingsSchema() {
  return v.pipe(
    v.looseObject({}),
    v.transform((value) => value as GreenApiSettings),
  );
}

/** Schema of `getStateInstance`; the body is `null` while an instance is being created. */
export const stateInstanceSchema = buildStateInstanceSchema();

// @__NO_SIDE_EFFECTS__
function buildStateInstanceSchema() {
  return v.nullable(v.looseObject({ stateInstance: v.optional(v.string()) }));
}

/** Answer of `getStateInstance` (`null` while the instance is created). */
export type StateInstanceResponse = v.InferOutput<typeof stateInstanceSchema>;

/**
 * Schema of `qr`: `type` is `qrCode`, `alreadyLogged`, `error` (Telegram also `already_registered`,
 * `pending_password`).
 */
export const qrSchema = buildQrSchema();

// @__NO_SIDE_EFFECTS__
function buildQrSchema() {
  return v.looseObject({ type: v.string(), message: v.optional(v.string()) });
}

/** Answer of `qr`. */
export type QrResponse = v.InferOutput<typeof qrSchema>;

/** Schema of `getAuthorizationCode` (`null` or `false` on failure are mapped to errors first). */
export const authorizationCodeSchema = buildAuthorizationCodeSchema();

// @__NO_SIDE_EFFECTS__
function buildAuthorizationCodeSchema() {
  return v.looseObject({ status: v.optional(v.boolean()), code: v.string() });
}

/** Answer of `getAuthorizationCode`. */
export type AuthorizationCodeResponse = v.InferOutput<typeof authorizationCodeSchema>;

/** Schema of `getWaSettings` (WhatsApp) and `getAccountSettings` (Telegram, MAX). */
export const accountSettingsSchema = buildAccountSettingsSchema();

// @__NO_SIDE_EFFECTS__
function buildAccountSettingsSchema() {
  return v.looseObject({
    avatar: v.optional(v.nullable(v.string())),
    phone: v.optional(v.nullable(v.union([v.string(), v.number()]))),
    stateInstance: v.optional(v.string()),
    deviceId: v.optional(v.nullable(v.string())),
    chatId: v.optional(v.nullable(v.string())),
  });
}

/** Answer of `getWaSettings` / `getAccountSettings`. */
export type AccountSettingsResponse = v.InferOutput<typeof accountSettingsSchema>;

/** Schema of `setProfilePicture` / `setGroupPicture` answers. */
export const pictureSchema = buildPictureSchema();

// @__NO_SIDE_EFFECTS__
function buildPictureSchema() {
  return v.looseObject({
    urlAvatar: v.optional(v.nullable(v.string())),
    reason: v.optional(v.nullable(v.string())),
  });
}

/** Answer of the picture methods. */
export type PictureResponse = v.InferOutput<typeof pictureSchema> & Record<string, unknown>;
