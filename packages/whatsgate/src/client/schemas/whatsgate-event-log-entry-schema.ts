import * as v from 'valibot';
import { whatsgateEventSchema } from './whatsgate-event-schema.js';
import { wireIntegerSchema } from './wire-values.js';

/**
 * One item of an `events-get` page, validated on its own: a {@link whatsgateEventSchema} event, or,
 * when the item does not fit it (a `status_code` that is an object, an `event_action` that is not a
 * string, …), the item as it came, read only for its `id`. Polling delivers such an item as an
 * `unknown` event with the item as `raw` (as a webhook does) and moves the cursor past it, so one
 * unreadable event never fails the whole page.
 */
export const whatsgateEventLogEntrySchema = v.union([
  whatsgateEventSchema,
  v.looseObject({
    // Event id of the unreadable item, so the polling cursor can move past it.
    id: wireIntegerSchema,
  }),
]);

/**
 * An `events-get` item as read by {@link whatsgateEventLogEntrySchema}: a `WhatsgateEvent`, or an
 * unreadable item of which only `id` is known.
 */
export type WhatsgateEventLogEntry = v.InferOutput<typeof whatsgateEventLogEntrySchema>;
