import { GreenApiHttpError } from './green-api-http-error.js';
import type { GreenApiSettings, GreenApiTypeInstance, GreenApiWritableSettings } from './green-api-types.js';

const yesNoFields = [
  'markIncomingMessagesReaded',
  'markIncomingMessagesReadedOnReply',
  'sharedSession',
  'outgoingWebhook',
  'outgoingMessageWebhook',
  'outgoingAPIMessageWebhook',
  'incomingWebhook',
  'deviceWebhook',
  'statusInstanceWebhook',
  'stateWebhook',
  'enableMessagesHistory',
  'keepOnlineStatus',
  'pollMessageWebhook',
  'incomingBlockWebhook',
  'incomingCallWebhook',
  'outgoingCallWebhook',
  'editedMessageWebhook',
  'deletedMessageWebhook',
  'linkPreview',
] as const;

/**
 * Settings of a freshly created instance: every notification switch is `"no"` ("after creating an instance, all
 * settings are turned off by default"), polling (empty `webhookUrl`), 1 s between queued messages [I].
 *
 * @example
 * const settings = defaultGreenApiSettings();
 */
export function defaultGreenApiSettings(): GreenApiSettings {
  return {
    wid: '',
    countryInstance: 'ru',
    typeAccount: 'trial',
    webhookUrl: '',
    webhookUrlToken: '',
    delaySendMessagesMilliseconds: 1000,
    markIncomingMessagesReaded: 'no',
    markIncomingMessagesReadedOnReply: 'no',
    sharedSession: 'no',
    proxyInstance: '',
    outgoingWebhook: 'no',
    outgoingMessageWebhook: 'no',
    outgoingAPIMessageWebhook: 'no',
    incomingWebhook: 'no',
    deviceWebhook: 'no',
    statusInstanceWebhook: 'no',
    stateWebhook: 'no',
    enableMessagesHistory: 'yes',
    keepOnlineStatus: 'no',
    pollMessageWebhook: 'no',
    incomingBlockWebhook: 'no',
    incomingCallWebhook: 'no',
    outgoingCallWebhook: 'no',
    editedMessageWebhook: 'no',
    deletedMessageWebhook: 'no',
    linkPreview: 'yes',
    autoTyping: 0,
  };
}

/**
 * Every notification switched on, for tests and demos that want to see everything.
 *
 * @example
 * await startGreenApiEmulator({ settings: greenApiAllWebhooksOn });
 */
export const greenApiAllWebhooksOn: GreenApiWritableSettings = {
  outgoingWebhook: 'yes',
  outgoingMessageWebhook: 'yes',
  outgoingAPIMessageWebhook: 'yes',
  incomingWebhook: 'yes',
  stateWebhook: 'yes',
  statusInstanceWebhook: 'yes',
  incomingCallWebhook: 'yes',
  pollMessageWebhook: 'yes',
  editedMessageWebhook: 'yes',
  deletedMessageWebhook: 'yes',
};

const validation = (detail: string) => GreenApiHttpError.validation(detail);

/**
 * Validates a `setSettings` body and returns the accepted patch (unknown fields are ignored, read-only ones too).
 */
export function parseSettingsPatch(body: Record<string, unknown>): GreenApiWritableSettings {
  const patch: Record<string, unknown> = {};
  for (const field of yesNoFields) {
    const value = body[field];
    if (value === undefined) continue;
    if (value !== 'yes' && value !== 'no') throw validation(`'${field}' must be one of [yes, no]`);
    patch[field] = value;
  }
  for (const field of ['webhookUrl', 'webhookUrlToken', 'proxyInstance'] as const) {
    const value = body[field];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw validation(`'${field}' must be a string`);
    patch[field] = value;
  }
  if (typeof patch.webhookUrl === 'string' && patch.webhookUrl !== '' && !URL.canParse(patch.webhookUrl)) {
    throw validation(`'webhookUrl' must be a valid uri`);
  }
  const delay = body.delaySendMessagesMilliseconds;
  if (delay !== undefined) {
    if (typeof delay !== 'number' || !Number.isInteger(delay)) {
      throw validation(`'delaySendMessagesMilliseconds' must be an integer`);
    }
    if (delay < 500) throw validation(`'delaySendMessagesMilliseconds' must be greater than or equal to 500`);
    if (delay > 600_000)
      throw validation(`'delaySendMessagesMilliseconds' must be less than or equal to 600000`);
    patch.delaySendMessagesMilliseconds = delay;
  }
  const autoTyping = body.autoTyping;
  if (autoTyping !== undefined) {
    if (typeof autoTyping !== 'number' || !Number.isInteger(autoTyping) || autoTyping < 0 || autoTyping > 4) {
      throw validation(`'autoTyping' must be an integer from 0 to 4`);
    }
    patch.autoTyping = autoTyping;
  }
  return patch as GreenApiWritableSettings;
}

/** The `getSettings` answer: WhatsApp gets the full object, Telegram/MAX a subset with `typeInstance`. */
export function settingsView(
  settings: GreenApiSettings,
  typeInstance: GreenApiTypeInstance,
): Record<string, unknown> {
  if (typeInstance === 'whatsapp') return { ...settings };
  const view: Record<string, unknown> = { wid: settings.wid, typeInstance };
  for (const [field, value] of Object.entries(settings)) {
    if (!whatsappOnlyFields.has(field)) view[field] = value;
  }
  return view;
}

const whatsappOnlyFields = new Set([
  'countryInstance',
  'typeAccount',
  'sharedSession',
  'proxyInstance',
  'deviceWebhook',
]);
