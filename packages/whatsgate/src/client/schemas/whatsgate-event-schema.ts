import * as v from 'valibot';
import { wireIntegerSchema } from './wire-values.js';

/**
 * A Whatsgate event: a webhook body or an `events-get` item. `id` is the event id to echo in the
 * webhook answer and the polling cursor; `event_date` is `YYYY-MM-DD HH:MM:SS` in the server's local
 * time; `event_data` depends on `event_action` (`{ message }` for message-like events,
 * `{ pushname, number }` for `ready`).
 */
export const whatsgateEventSchema = v.looseObject({
  id: wireIntegerSchema,
  whatsapp_id: v.nullish(v.string()),
  event_action: v.string(),
  event_date: v.nullish(v.string()),
  status_code: v.nullish(v.union([v.number(), v.string()])),
  event_data: v.nullish(v.unknown()),
});

/** An event as read by {@link whatsgateEventSchema}. */
export type WhatsgateEvent = v.InferOutput<typeof whatsgateEventSchema>;

/** The `event_action` values Whatsgate documents. */
export const whatsgateEventActions = [
  'message',
  'ack',
  'media',
  'sent',
  'create',
  'error',
  'disconnect',
  'ready',
] as const;

/** One of {@link whatsgateEventActions}. */
export type WhatsgateEventAction = (typeof whatsgateEventActions)[number];
