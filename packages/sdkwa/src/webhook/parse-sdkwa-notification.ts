import type { MessengerEvent } from '@switchboard/core';
import { mapSdkwaNotification, type SdkwaNotificationContext } from '../mappers/map-sdkwa-notification.js';

/**
 * Parses one SDKWA notification body, pushed by webhook or taken from `receiveNotification`, into a
 * core event with `provider: 'sdkwa'`. SDKWA notifications are GREEN-API notifications, so this uses
 * the shared `@switchboard/green-api-protocol` mapping. Never throws: bodies it cannot map become
 * `unknown` events with the body in `raw`. A redelivered notification gets the same event `id`.
 *
 * @example
 * ```ts
 * import { parseSdkwaNotification } from '@switchboard/sdkwa/webhook';
 *
 * const event = parseSdkwaNotification(envelope.body, { idInstance: '1101000001', network: 'whatsapp' });
 * ```
 */
export function parseSdkwaNotification(
  body: unknown,
  context: SdkwaNotificationContext = {},
): MessengerEvent {
  return mapSdkwaNotification(body, context);
}
