import type { Redactor } from '@switchboard/core/adapter';
import { moscowOffsetMinutes } from './whatsgate-date.js';

/** What mapping a Whatsgate event needs besides the payload. */
export interface WhatsgateEventContext {
  /**
   * The receiving session: every event carries it (a payload's `whatsapp_id` is used only when it is
   * not set).
   */
  instanceId?: string | undefined;
  /** The offset of `event_date` from UTC in minutes east; default 180 (Moscow). */
  eventTimeZoneOffsetMinutes?: number | undefined;
  /** Removes the API key and webhook secret from the text of provider-reported errors. */
  redactor?: Redactor | undefined;
}

/** Reads the `event_date` offset of a context, with its default. */
export function eventOffset(context: WhatsgateEventContext): number {
  return context.eventTimeZoneOffsetMinutes ?? moscowOffsetMinutes;
}
