import type { MessengerEvent } from '@switchboard/core';
import { hashPayload, limitNesting } from '@switchboard/core/adapter';
import { mapGreenApiNotification } from './map-green-api-notification.js';
import { type GreenApiNotificationContext, notificationBase } from './notification-base.js';

/**
 * {@link mapGreenApiNotification} behind a last line of defence: should the mapping throw on a body
 * nobody foresaw, the body becomes an `unknown` event (the body in `raw`, the error in `reason`) whose
 * id is a stable hash of the body, so a redelivery still deduplicates. Never throws.
 */
export function mapGreenApiNotificationSafely(
  body: unknown,
  context: GreenApiNotificationContext,
): MessengerEvent {
  try {
    return mapGreenApiNotification(body, context);
  } catch (error) {
    const base = notificationBase({}, context, ['unparsed', hashPayload(body)], { id: '', type: 'unknown' });
    return {
      ...base,
      raw: limitNesting(body),
      type: 'unknown',
      reason: `the notification could not be parsed: ${String(error)}`,
    };
  }
}
