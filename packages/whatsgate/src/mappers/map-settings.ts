import type { MessengerSettings } from '@switchboard/core';
import { splitWhatsgateWebhookUrl } from '../webhook/whatsgate-webhook-url.js';

/**
 * Maps a session's `callback` to settings: the webhook URL and, when the URL carries the shared
 * secret parameter, that secret as `webhookToken`. Whatsgate has no other session settings.
 */
export function mapSettings(callback: string | null | undefined, secretParameter: string): MessengerSettings {
  if (callback === null || callback === undefined || callback === '') return { webhookUrl: '' };
  const { url, secret } = splitWhatsgateWebhookUrl(callback, secretParameter);
  return secret === undefined ? { webhookUrl: url } : { webhookUrl: url, webhookToken: secret };
}
