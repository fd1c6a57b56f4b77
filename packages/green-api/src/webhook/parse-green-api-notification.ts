import type { MessengerEvent } from '@switchboard/core';
import {
  type GreenApiNotificationContext,
  mapGreenApiNotification,
  notificationBase,
  stableHash,
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
  try {
    return mapGreenApiNotification(body, context);
  } catch (error) {
    const base = notificationBase({}, context, ['unparsed', hashOf(body)], { id: '', type: 'unknown' });
    return {
      ...base,
      raw: body,
      type: 'unknown',
      reason: `the notification could not be parsed: ${String(error)}`,
    };
  }
}

function hashOf(body: unknown): string {
  try {
    return stableHash(body);
  } catch {
    return 'unhashable';
  }
}
