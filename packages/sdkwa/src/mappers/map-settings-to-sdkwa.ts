import { MessengerError, type MessengerSettingsInput } from '@switchboard/core';
import { mapSettingsToGreenApi } from '@switchboard/green-api-protocol';
import type { SdkwaSettings } from '../client/account-methods.js';
import { sdkwaProvider } from '../sdkwa-provider.js';

/** The settings SDKWA's `setSettings` documents (reference §3.7); `wid`, `countryInstance`, `typeAccount` are read-only. */
const sdkwaWritableSettings = new Set([
  'webhookUrl',
  'webhookUrlToken',
  'delaySendMessagesMilliseconds',
  'delaySendMessagesMaxMs',
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
  'proxyInstance',
  'sendFromUTC',
  'sendToUTC',
  'sharedSession',
  'enableMessagesHistory',
  'releaseType',
]);

/**
 * Writes core settings as an SDKWA `setSettings` body (the GREEN-API names and `"yes"`/`"no"`, through
 * the shared protocol mapping). Core settings SDKWA has no field for (`linkPreview`,
 * `notifications.incomingCalls`, `pollVotes`, `editedMessages`, `deletedMessages`) are refused with
 * `invalid-request` instead of being sent and silently ignored.
 */
export function mapSettingsToSdkwa(settings: MessengerSettingsInput): SdkwaSettings {
  const mapped = mapSettingsToGreenApi(settings) as Record<string, unknown>;
  const unknown = Object.keys(mapped).filter((field) => !sdkwaWritableSettings.has(field));
  if (unknown.length > 0) {
    throw new MessengerError(`SDKWA has no setting for ${unknown.join(', ')}`, {
      code: 'invalid-request',
      provider: sdkwaProvider,
      details: { fields: unknown },
    });
  }
  return mapped as SdkwaSettings;
}
