import type { SdkwaNetwork } from './sdkwa-types.js';

/**
 * `"yes"` / `"no"` switch values of the settings object.
 *
 * @example
 * const value: SdkwaYesNo = 'yes';
 */
export type SdkwaYesNo = 'yes' | 'no';

/**
 * The instance settings object of `getSettings`/`setSettings` (reference §3.7).
 *
 * @example
 * const settings: Partial<SdkwaSettings> = { webhookUrl: 'http://127.0.0.1:9000/hook', incomingWebhook: 'yes' };
 */
export interface SdkwaSettings {
  wid: string;
  countryInstance: string;
  typeAccount: string;
  releaseType: string;
  webhookUrl: string;
  webhookUrlToken: string;
  delaySendMessagesMilliseconds: number;
  delaySendMessagesMaxMs: number;
  markIncomingMessagesReaded: SdkwaYesNo;
  markIncomingMessagesReadedOnReply: SdkwaYesNo;
  outgoingWebhook: SdkwaYesNo;
  outgoingMessageWebhook: SdkwaYesNo;
  outgoingAPIMessageWebhook: SdkwaYesNo;
  stateWebhook: SdkwaYesNo;
  incomingWebhook: SdkwaYesNo;
  deviceWebhook: SdkwaYesNo;
  statusInstanceWebhook: SdkwaYesNo;
  keepOnlineStatus: SdkwaYesNo;
  proxyInstance: string;
  sendFromUTC: string;
  sendToUTC: string;
  sharedSession: SdkwaYesNo;
  enableMessagesHistory: SdkwaYesNo;
}

const yesNoFields = [
  'markIncomingMessagesReaded',
  'markIncomingMessagesReadedOnReply',
  'outgoingWebhook',
  'outgoingMessageWebhook',
  'outgoingAPIMessageWebhook',
  'stateWebhook',
  'incomingWebhook',
  'deviceWebhook',
  'statusInstanceWebhook',
  'keepOnlineStatus',
  'sharedSession',
  'enableMessagesHistory',
] as const;

const numberFields = ['delaySendMessagesMilliseconds', 'delaySendMessagesMaxMs'] as const;

const stringFields = [
  'countryInstance',
  'releaseType',
  'webhookUrl',
  'webhookUrlToken',
  'proxyInstance',
  'sendFromUTC',
  'sendToUTC',
] as const;

/**
 * Default settings of a new instance. Webhook switches default to `"yes"` except `deviceWebhook` and
 * `statusInstanceWebhook` [I: SDKWA documents no defaults]; `delaySendMessagesMilliseconds` comes from the options.
 *
 * @example
 * defaultSdkwaSettings('whatsapp', 0).incomingWebhook; // 'yes'
 */
export function defaultSdkwaSettings(
  network: SdkwaNetwork,
  delaySendMessagesMilliseconds: number,
): SdkwaSettings {
  return {
    wid: '',
    countryInstance: 'ru',
    typeAccount: network === 'telegram' ? 'TG_DESKTOP' : 'WA_DESKTOP',
    releaseType: 'STABLE',
    webhookUrl: '',
    webhookUrlToken: '',
    delaySendMessagesMilliseconds,
    delaySendMessagesMaxMs: delaySendMessagesMilliseconds,
    markIncomingMessagesReaded: 'no',
    markIncomingMessagesReadedOnReply: 'no',
    outgoingWebhook: 'yes',
    outgoingMessageWebhook: 'yes',
    outgoingAPIMessageWebhook: 'yes',
    stateWebhook: 'yes',
    incomingWebhook: 'yes',
    deviceWebhook: 'no',
    statusInstanceWebhook: 'no',
    keepOnlineStatus: 'no',
    proxyInstance: 'system proxy',
    sendFromUTC: '',
    sendToUTC: '',
    sharedSession: 'no',
    enableMessagesHistory: 'no',
  };
}

const timeOfDay = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Validates a `setSettings` body and returns the accepted changes, or the validation problem as text.
 * Unknown fields are ignored; at least one known field is required; `sendFromUTC`/`sendToUTC` go together.
 *
 * @example
 * parseSettingsChanges({ incomingWebhook: 'maybe' }); // { problem: "'incomingWebhook' must be 'yes' or 'no'" }
 */
export function parseSettingsChanges(
  body: Record<string, unknown>,
): { changes: Partial<SdkwaSettings> } | { problem: string } {
  const changes: Record<string, unknown> = {};
  for (const field of yesNoFields) {
    const value = body[field];
    if (value === undefined) continue;
    if (value !== 'yes' && value !== 'no') return { problem: `'${field}' must be 'yes' or 'no'` };
    changes[field] = value;
  }
  for (const field of numberFields) {
    const value = body[field];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      return { problem: `'${field}' must be a non-negative integer` };
    }
    changes[field] = value;
  }
  for (const field of stringFields) {
    const value = body[field];
    if (value === undefined) continue;
    if (typeof value !== 'string') return { problem: `'${field}' must be a string` };
    changes[field] = value;
  }
  if (Object.keys(changes).length === 0) return { problem: 'at least one setting must be given' };
  const webhookUrl = changes.webhookUrl;
  if (typeof webhookUrl === 'string' && webhookUrl !== '' && !/^https?:\/\//i.test(webhookUrl)) {
    return { problem: "'webhookUrl' must be an http(s) URL or an empty string" };
  }
  const hasFrom = changes.sendFromUTC !== undefined;
  if (hasFrom !== (changes.sendToUTC !== undefined)) {
    return { problem: "'sendFromUTC' and 'sendToUTC' must be set together" };
  }
  for (const field of ['sendFromUTC', 'sendToUTC'] as const) {
    const value = changes[field];
    if (typeof value === 'string' && value !== '' && !timeOfDay.test(value)) {
      return { problem: `'${field}' must be HH:MM` };
    }
  }
  return { changes: changes as Partial<SdkwaSettings> };
}

function minutesOf(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/**
 * Whether `now` lies inside the `sendFromUTC`..`sendToUTC` window (always true when unset; wraps midnight).
 *
 * @example
 * isWithinSendWindow({ sendFromUTC: '09:00', sendToUTC: '18:00' }, new Date('2025-01-01T12:00:00Z')); // true
 */
export function isWithinSendWindow(
  settings: Pick<SdkwaSettings, 'sendFromUTC' | 'sendToUTC'>,
  now: Date = new Date(),
): boolean {
  if (settings.sendFromUTC === '' || settings.sendToUTC === '') return true;
  const current = now.getUTCHours() * 60 + now.getUTCMinutes();
  const from = minutesOf(settings.sendFromUTC);
  const to = minutesOf(settings.sendToUTC);
  return from <= to ? current >= from && current < to : current >= from || current < to;
}
