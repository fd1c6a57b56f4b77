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
  wid: string;
  countryInstance: string;
  typeAccount: string;
  webhookUrl: string;
  webhookUrlToken: string;
  delaySendMessagesMilliseconds: number;
  markIncomingMessagesReaded: GreenApiYesNo;
  markIncomingMessagesReadedOnReply: GreenApiYesNo;
  sharedSession: GreenApiYesNo;
  proxyInstance: string;
  outgoingWebhook: GreenApiYesNo;
  outgoingMessageWebhook: GreenApiYesNo;
  outgoingAPIMessageWebhook: GreenApiYesNo;
  incomingWebhook: GreenApiYesNo;
  deviceWebhook: GreenApiYesNo;
  statusInstanceWebhook: GreenApiYesNo;
  stateWebhook: GreenApiYesNo;
  enableMessagesHistory: GreenApiYesNo;
  keepOnlineStatus: GreenApiYesNo;
  pollMessageWebhook: GreenApiYesNo;
  incomingBlockWebhook: GreenApiYesNo;
  incomingCallWebhook: GreenApiYesNo;
  outgoingCallWebhook: GreenApiYesNo;
  editedMessageWebhook: GreenApiYesNo;
  deletedMessageWebhook: GreenApiYesNo;
  linkPreview: GreenApiYesNo;
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
  idInstance: number;
  wid: string;
  typeInstance: GreenApiTypeInstance;
}

/**
 * A notification body as pushed to a webhook or wrapped by `receiveNotification`.
 *
 * @example
 * if (body.typeWebhook === 'incomingMessageReceived') handle(body);
 */
export interface GreenApiNotificationBody {
  typeWebhook: string;
  instanceData: GreenApiInstanceData;
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
