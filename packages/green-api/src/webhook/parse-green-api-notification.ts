import type { MessengerEvent } from '@switchboard/core';
import {
  type GreenApiNotificationContext,
  mapGreenApiNotificationSafely,
} from '@switchboard/green-api-protocol';

/**
 * Parses one GREEN-API notification body, pushed by webhook or taken from `receiveNotification`, into a
 * core event. Never throws: bodies it cannot map become `unknown` events with the body in `raw`. A
 * redelivered notification gets the same event `id`.
 *
 * @example
 * ```ts
 * import { parseGreenApiNotification } from '@switchboard/green-api/webhook';
 *
 * const event = parseGreenApiNotification(item.body, { idInstance: '4100000000', network: 'telegram' });
 * ```
 */
export function parseGreenApiNotification(
  body: unknown,
  context: GreenApiNotificationContext = {},
): MessengerEvent {
  return mapGreenApiNotificationSafely(body, context);
}
