import type { MessengerSettings, MessengerSettingsInput } from '@switchboard/core';
import type {
  GreenApiSettings,
  GreenApiWritableSettings,
  GreenApiYesNo,
} from '../schemas/account-schemas.js';

type FlagName = Exclude<
  keyof MessengerSettings,
  'webhookUrl' | 'webhookToken' | 'sendDelayMilliseconds' | 'notifications'
>;
type NotificationName = keyof NonNullable<MessengerSettings['notifications']>;

/** Core boolean settings and the GREEN-API `"yes"`/`"no"` fields they are stored in. */
const flagFields: Readonly<Record<FlagName, keyof GreenApiSettings>> = {
  markIncomingAsRead: 'markIncomingMessagesReaded',
  markIncomingAsReadOnReply: 'markIncomingMessagesReadedOnReply',
  keepOnline: 'keepOnlineStatus',
  linkPreview: 'linkPreview',
  messageHistory: 'enableMessagesHistory',
};

/** Core notification switches and the GREEN-API webhook flags that produce them. */
const notificationFields: Readonly<Record<NotificationName, keyof GreenApiSettings>> = {
  incomingMessages: 'incomingWebhook',
  outgoingMessages: 'outgoingMessageWebhook',
  outgoingApiMessages: 'outgoingAPIMessageWebhook',
  messageStatuses: 'outgoingWebhook',
  stateChanges: 'stateWebhook',
  incomingCalls: 'incomingCallWebhook',
  pollVotes: 'pollMessageWebhook',
  editedMessages: 'editedMessageWebhook',
  deletedMessages: 'deletedMessageWebhook',
};

/**
 * Reads GREEN-API settings as core settings: `"yes"`/`"no"` become booleans, names become the core
 * names (`delaySendMessagesMilliseconds` → `sendDelayMilliseconds`, `incomingWebhook` →
 * `notifications.incomingMessages`, …). Fields the instance does not report are left out.
 */
export function mapSettingsFromGreenApi(settings: GreenApiSettings): MessengerSettings {
  const result: Record<string, unknown> = {};
  if (typeof settings.webhookUrl === 'string') result.webhookUrl = settings.webhookUrl;
  if (typeof settings.webhookUrlToken === 'string') result.webhookToken = settings.webhookUrlToken;
  if (typeof settings.delaySendMessagesMilliseconds === 'number') {
    result.sendDelayMilliseconds = settings.delaySendMessagesMilliseconds;
  }
  for (const [name, field] of Object.entries(flagFields)) {
    const flag = fromYesNo(settings[field]);
    if (flag !== undefined) result[name] = flag;
  }
  const notifications: Record<string, boolean> = {};
  for (const [name, field] of Object.entries(notificationFields)) {
    const flag = fromYesNo(settings[field]);
    if (flag !== undefined) notifications[name] = flag;
  }
  if (Object.keys(notifications).length > 0) result.notifications = notifications;
  return result as MessengerSettings;
}

/**
 * Writes core settings as a GREEN-API `setSettings` body: booleans become `"yes"`/`"no"`, names the
 * GREEN-API names. Only the given fields are written.
 */
export function mapSettingsToGreenApi(settings: MessengerSettingsInput): GreenApiWritableSettings {
  const result: GreenApiWritableSettings = {};
  if (settings.webhookUrl !== undefined) result.webhookUrl = settings.webhookUrl;
  if (settings.webhookToken !== undefined) result.webhookUrlToken = settings.webhookToken;
  if (settings.sendDelayMilliseconds !== undefined) {
    result.delaySendMessagesMilliseconds = settings.sendDelayMilliseconds;
  }
  for (const [name, field] of Object.entries(flagFields)) {
    const flag = settings[name as FlagName];
    if (flag !== undefined) result[field] = toYesNo(flag);
  }
  for (const [name, field] of Object.entries(notificationFields)) {
    const flag = settings.notifications?.[name as NotificationName];
    if (flag !== undefined) result[field] = toYesNo(flag);
  }
  return result;
}

function fromYesNo(value: unknown): boolean | undefined {
  if (value === 'yes' || value === true) return true;
  if (value === 'no' || value === false) return false;
  return undefined;
}

function toYesNo(value: boolean): GreenApiYesNo {
  return value ? 'yes' : 'no';
}
