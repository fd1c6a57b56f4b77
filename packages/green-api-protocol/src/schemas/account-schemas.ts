import * as v from 'valibot';

/** A GREEN-API boolean: the string `"yes"` or `"no"`. */
export type GreenApiYesNo = 'yes' | 'no';

/** The instance settings (`getSettings`); Telegram and MAX return a subset. */
export interface GreenApiSettings {
  /** The account's own chat id, e.g. `79001234567@c.us`; read only. */
  wid?: string;
  /** Country of the instance, e.g. `ru`; read only. */
  countryInstance?: string;
  /** Kind of the account, e.g. `trial`; read only. */
  typeAccount?: string;
  /** URL notifications are pushed to; `""` means they are read by HTTP polling. */
  webhookUrl?: string;
  /** Token GREEN-API sends as `Authorization: Bearer <token>` with every push. */
  webhookUrlToken?: string;
  /** Pause between sends from the queue in milliseconds, at least 500. */
  delaySendMessagesMilliseconds?: number;
  /** `yes` marks incoming messages read on arrival. */
  markIncomingMessagesReaded?: GreenApiYesNo;
  /** `yes` marks a chat read when the instance replies; wins over `markIncomingMessagesReaded`. */
  markIncomingMessagesReadedOnReply?: GreenApiYesNo;
  /** `yes` shares the session with other linked devices. */
  sharedSession?: GreenApiYesNo;
  /** Proxy of the instance, as GREEN-API reports it. */
  proxyInstance?: string;
  /** `yes` sends `outgoingMessageStatus`; `failed` and `noAccount` are sent even when `no`. */
  outgoingWebhook?: GreenApiYesNo;
  /** `yes` notifies messages sent from the phone (`outgoingMessageReceived`). */
  outgoingMessageWebhook?: GreenApiYesNo;
  /** `yes` notifies messages sent through the API (`outgoingAPIMessageReceived`). */
  outgoingAPIMessageWebhook?: GreenApiYesNo;
  /** `yes` sends `incomingMessageReceived` for incoming messages and files. */
  incomingWebhook?: GreenApiYesNo;
  /** `yes` sends `deviceInfo` (documented as temporarily not working). */
  deviceWebhook?: GreenApiYesNo;
  /** `yes` sends `statusInstanceChanged` (socket online/offline). */
  statusInstanceWebhook?: GreenApiYesNo;
  /** `yes` sends `stateInstanceChanged` (authorization state). */
  stateWebhook?: GreenApiYesNo;
  /** `yes` keeps the message journals. */
  enableMessagesHistory?: GreenApiYesNo;
  /** `yes` shows the account as online (the phone then gets no push notifications). */
  keepOnlineStatus?: GreenApiYesNo;
  /** `yes` notifies poll votes (`pollUpdateMessage`). */
  pollMessageWebhook?: GreenApiYesNo;
  /** `yes` sends `incomingBlock` (documented as deprecated). */
  incomingBlockWebhook?: GreenApiYesNo;
  /** `yes` sends `incomingCall`. */
  incomingCallWebhook?: GreenApiYesNo;
  /** `yes` notifies outgoing calls. */
  outgoingCallWebhook?: GreenApiYesNo;
  /** `yes` notifies edited messages (`editedMessage`). */
  editedMessageWebhook?: GreenApiYesNo;
  /** `yes` notifies deleted messages (`deletedMessage`). */
  deletedMessageWebhook?: GreenApiYesNo;
  /** `yes` makes link previews the default of `sendMessage`. */
  linkPreview?: GreenApiYesNo;
  /** 0–4, presumably seconds of "typing…" shown before each send. */
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
  return v.nullable(
    v.looseObject({
      // `notAuthorized`, `authorized`, `blocked`, `sleepMode`, `starting`, `yellowCard`, `suspended`, `pendingCode` or `pendingPassword`.
      stateInstance: v.optional(v.string()),
    }),
  );
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
  return v.looseObject({
    // `qrCode`, `alreadyLogged` or `error` (Telegram also `already_registered`, `pending_password`).
    type: v.string(),
    // The base64 PNG of a `qrCode` answer (no `data:` prefix), otherwise the provider's text.
    message: v.optional(v.string()),
  });
}

/** Answer of `qr`. */
export type QrResponse = v.InferOutput<typeof qrSchema>;

/** Schema of `getAuthorizationCode` (`null` or `false` on failure are mapped to errors first). */
export const authorizationCodeSchema = buildAuthorizationCodeSchema();

// @__NO_SIDE_EFFECTS__
function buildAuthorizationCodeSchema() {
  return v.looseObject({
    // `true` when a code was issued.
    status: v.optional(v.boolean()),
    // Code to enter in WhatsApp → Linked devices → Link with phone number, e.g. `8G9VR9QT`.
    code: v.string(),
  });
}

/** Answer of `getAuthorizationCode`. */
export type AuthorizationCodeResponse = v.InferOutput<typeof authorizationCodeSchema>;

/** Schema of `getWaSettings` (WhatsApp) and `getAccountSettings` (Telegram, MAX). */
export const accountSettingsSchema = buildAccountSettingsSchema();

// @__NO_SIDE_EFFECTS__
function buildAccountSettingsSchema() {
  return v.looseObject({
    // URL of the account's picture.
    avatar: v.optional(v.nullable(v.string())),
    // The account's phone number, e.g. `79001234567`.
    phone: v.optional(v.nullable(v.union([v.string(), v.number()]))),
    // Authorization state, e.g. `authorized`.
    stateInstance: v.optional(v.string()),
    // Id of the linked device (WhatsApp).
    deviceId: v.optional(v.nullable(v.string())),
    // The account's own chat id, e.g. `79001234567@c.us`.
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
    // URL of the new picture.
    urlAvatar: v.optional(v.nullable(v.string())),
    // Why the picture was not set; `""` on success.
    reason: v.optional(v.nullable(v.string())),
  });
}

/** Answer of the picture methods. */
export type PictureResponse = v.InferOutput<typeof pictureSchema> & Record<string, unknown>;
