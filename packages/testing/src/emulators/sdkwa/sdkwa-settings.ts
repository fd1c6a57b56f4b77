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
  /** The account's own chat id; `''` until authorized. */
  wid: string;
  /** Read-only country code of the instance, e.g. `ru`. */
  countryInstance: string;
  /** Read-only client kind, e.g. `WA_DESKTOP` or `WA_MOBILE`. */
  typeAccount: string;
  /** `STABLE` or `LATEST`. */
  releaseType: string;
  /** Where notifications are pushed; `''` means polling only. */
  webhookUrl: string;
  /** Sent back as `Authorization: Bearer <token>` on every push; `''` means none. */
  webhookUrlToken: string;
  /** Pause between two sends from the outgoing queue. */
  delaySendMessagesMilliseconds: number;
  /** Upper bound in milliseconds of a randomised pause between sends. */
  delaySendMessagesMaxMs: number;
  /** Marks every incoming message read on arrival. */
  markIncomingMessagesReaded: SdkwaYesNo;
  /** Marks a chat read when the instance replies. */
  markIncomingMessagesReadedOnReply: SdkwaYesNo;
  /** Pushes `outgoingMessageStatus` notifications. */
  outgoingWebhook: SdkwaYesNo;
  /** Pushes `outgoingMessageReceived` for messages sent from the phone. */
  outgoingMessageWebhook: SdkwaYesNo;
  /** Pushes `outgoingAPIMessageReceived` for messages sent through the API. */
  outgoingAPIMessageWebhook: SdkwaYesNo;
  /** Pushes `stateInstanceChanged` (authorization state). */
  stateWebhook: SdkwaYesNo;
  /** Pushes `incomingMessageReceived`. */
  incomingWebhook: SdkwaYesNo;
  /** Pushes `deviceInfo`. */
  deviceWebhook: SdkwaYesNo;
  /** Pushes `statusInstanceChanged` (online/offline). */
  statusInstanceWebhook: SdkwaYesNo;
  /** Shows the account as online. */
  keepOnlineStatus: SdkwaYesNo;
  /** The proxy as `ip:port:login:password`; `system proxy` when none is set. */
  proxyInstance: string;
  /** Start of the daily sending window, `HH:MM` UTC. */
  sendFromUTC: string;
  /** End of the daily sending window, `HH:MM` UTC. */
  sendToUTC: string;
  /** Read-only: whether the phone session is shared with other clients. */
  sharedSession: SdkwaYesNo;
  /** Keeps the message journals. */
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
