import type { Redactor } from '@switchboard/core/adapter';
import { moscowOffsetMinutes } from './whatsgate-date.js';

/**
 * What mapping a Whatsgate event needs besides the payload.
 *
 * @example
 * ```ts
 * const context: WhatsgateEventContext = { instanceId: '191b80a9238', eventTimeZoneOffsetMinutes: 180 };
 * ```
 */
export interface WhatsgateEventContext {
  /** The session to report when a payload has no `whatsapp_id`. */
  instanceId?: string | undefined;
  /** The offset of `event_date` from UTC in minutes east; default 180 (Moscow). */
  eventTimeZoneOffsetMinutes?: number | undefined;
  /** Removes the API key and webhook secret from the text of provider-reported errors. */
  redactor?: Redactor | undefined;
}

/**
 * Reads the `event_date` offset of a context, with its default.
 *
 * @example
 * ```ts
 * eventOffset({}); // 180
 * ```
 */
export function eventOffset(context: WhatsgateEventContext): number {
  return context.eventTimeZoneOffsetMinutes ?? moscowOffsetMinutes;
}
