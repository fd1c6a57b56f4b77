/**
 * Messenger of an instance as GREEN-API names it in `instanceData.typeInstance` (`v3` = MAX).
 *
 * @example
 * const network: GreenApiTypeInstance = 'v3';
 */
export type GreenApiTypeInstance = 'whatsapp' | 'telegram' | 'v3';

/**
 * `stateInstance` values (reference §3.7).
 *
 * @example
 * const state: GreenApiStateInstance = 'authorized';
 */
export type GreenApiStateInstance =
  | 'notAuthorized'
  | 'authorized'
  | 'blocked'
  | 'sleepMode'
  | 'starting'
  | 'yellowCard'
  | 'suspended'
  | 'pendingCode'
  | 'pendingPassword';

/**
 * GREEN-API booleans are the strings `"yes"` / `"no"`.
 *
 * @example
 * const flag: GreenApiYesNo = 'yes';
 */
export type GreenApiYesNo = 'yes' | 'no';

/**
 * The settings object of `getSettings` (reference §4.3).
 *
 * @example
 * const hook = settings.webhookUrl;
 */
export interface GreenApiSettings {
  /** The account's own chat id; `''` until authorized. */
  wid: string;
  /** Read-only country code of the instance, e.g. `ru`. */
  countryInstance: string;
  /** Read-only tariff kind, e.g. `trial`. */
  typeAccount: string;
  /** Where notifications are pushed; `''` means polling only. */
  webhookUrl: string;
  /** Sent back as `Authorization: Bearer <token>` on every push; `''` means none. */
  webhookUrlToken: string;
  /** Pause between two sends from the outgoing queue (minimum 500). */
  delaySendMessagesMilliseconds: number;
  /** Marks every incoming message read on arrival. */
  markIncomingMessagesReaded: GreenApiYesNo;
  /** Marks a chat read when the instance replies; wins over `markIncomingMessagesReaded`. */
  markIncomingMessagesReadedOnReply: GreenApiYesNo;
  /** Read-only: whether the phone session is shared with other clients. */
  sharedSession: GreenApiYesNo;
  /** Read-only proxy description; `''` when none. */
  proxyInstance: string;
  /** Pushes `outgoingMessageStatus` notifications. */
  outgoingWebhook: GreenApiYesNo;
  /** Pushes `outgoingMessageReceived` for messages sent from the phone. */
  outgoingMessageWebhook: GreenApiYesNo;
  /** Pushes `outgoingAPIMessageReceived` for messages sent through the API. */
  outgoingAPIMessageWebhook: GreenApiYesNo;
  /** Pushes `incomingMessageReceived` (and incoming calls on older accounts). */
  incomingWebhook: GreenApiYesNo;
  /** Pushes `deviceInfo` (documented as temporarily not working). */
  deviceWebhook: GreenApiYesNo;
  /** Pushes `statusInstanceChanged` (socket online/offline). */
  statusInstanceWebhook: GreenApiYesNo;
  /** Pushes `stateInstanceChanged` (authorization state). */
  stateWebhook: GreenApiYesNo;
  /** Keeps the journals `getChatHistory`, `lastIncomingMessages` and `lastOutgoingMessages` read. */
  enableMessagesHistory: GreenApiYesNo;
  /** Shows the account as online, which silences the phone's push notifications. */
  keepOnlineStatus: GreenApiYesNo;
  /** Pushes poll creations and votes. */
  pollMessageWebhook: GreenApiYesNo;
  /** Pushes `incomingBlock` when a contact blocks the account (deprecated). */
  incomingBlockWebhook: GreenApiYesNo;
  /** Pushes `incomingCall`. */
  incomingCallWebhook: GreenApiYesNo;
  /** Pushes calls made from the phone. */
  outgoingCallWebhook: GreenApiYesNo;
  /** Pushes `editedMessage` notifications. */
  editedMessageWebhook: GreenApiYesNo;
  /** Pushes `deletedMessage` notifications. */
  deletedMessageWebhook: GreenApiYesNo;
  /** Sends links with a preview. */
  linkPreview: GreenApiYesNo;
  /** Seconds of "typing…" shown before each send, 0 to 4. */
  autoTyping: number;
}

/**
 * Settings a client may write with `setSettings`.
 *
 * @example
 * const patch: GreenApiWritableSettings = { incomingWebhook: 'yes' };
 */
export type GreenApiWritableSettings = Partial<
  Omit<GreenApiSettings, 'wid' | 'countryInstance' | 'typeAccount'>
>;

/**
 * Names of the `"yes"`/`"no"` settings that switch notifications on.
 *
 * @example
 * const gate: GreenApiWebhookSetting = 'incomingWebhook';
 */
export type GreenApiWebhookSetting =
  | 'incomingWebhook'
  | 'outgoingWebhook'
  | 'outgoingMessageWebhook'
  | 'outgoingAPIMessageWebhook'
  | 'stateWebhook'
  | 'statusInstanceWebhook'
  | 'deviceWebhook'
  | 'incomingCallWebhook'
  | 'outgoingCallWebhook'
  | 'pollMessageWebhook'
  | 'incomingBlockWebhook'
  | 'editedMessageWebhook'
  | 'deletedMessageWebhook';

/**
 * `instanceData` of every notification.
 *
 * @example
 * const data: GreenApiInstanceData = { idInstance: 1101000001, wid: '', typeInstance: 'whatsapp' };
 */
export interface GreenApiInstanceData {
  /** 7103… WhatsApp, 4100… Telegram, 3100… MAX. */
  idInstance: number;
  /** The account's own chat id; `''` while not authorized. */
  wid: string;
  /** The messenger: `whatsapp`, `telegram`, or `v3` for MAX. */
  typeInstance: GreenApiTypeInstance;
}

/**
 * A notification body as pushed to a webhook or wrapped by `receiveNotification`.
 *
 * @example
 * if (body.typeWebhook === 'incomingMessageReceived') handle(body);
 */
export interface GreenApiNotificationBody {
  /** Which notification it is (`incomingMessageReceived`, `outgoingMessageStatus`, …). */
  typeWebhook: string;
  /** The instance the notification belongs to. */
  instanceData: GreenApiInstanceData;
  /** Unix seconds. */
  timestamp: number;
  [field: string]: unknown;
}

/**
 * `outgoingMessageStatus.status` values (reference §3.5).
 *
 * @example
 * const status: GreenApiOutgoingStatus = 'delivered';
 */
export type GreenApiOutgoingStatus =
  | 'pending'
  | 'sent'
  | 'delivered'
  | 'read'
  | 'failed'
  | 'noAccount'
  | 'notInGroup'
  | 'yellowCard';

/**
 * A JSON object as received or produced by the emulator.
 *
 * @example
 * const body: JsonObject = { chatId: '79001234567@c.us' };
 */
export type JsonObject = Record<string, unknown>;
