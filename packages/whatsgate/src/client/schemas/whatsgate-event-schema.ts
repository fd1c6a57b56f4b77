import * as v from 'valibot';
import { wireIntegerSchema } from './wire-values.js';

/**
 * A Whatsgate event: a webhook body or an `events-get` item. `id` is the event id to echo in the
 * webhook answer and the polling cursor; `event_date` is `YYYY-MM-DD HH:MM:SS` in the server's local
 * time; `event_data` depends on `event_action` (`{ message }` for message-like events,
 * `{ pushname, number }` for `ready`).
 */
export const whatsgateEventSchema = v.looseObject({
  // Event id, increasing; echo it in the webhook answer, and it is the polling cursor.
  id: wireIntegerSchema,
  // `WhatsappID` of the session the event belongs to.
  whatsapp_id: v.nullish(v.string()),
  // `message`, `ack`, `media`, `sent`, `create`, `error`, `disconnect` or `ready` (see {@link whatsgateEventActions}).
  event_action: v.string(),
  // Event time as `YYYY-MM-DD HH:MM:SS` in the server's local time.
  event_date: v.nullish(v.string()),
  // `null` for normal events; presumably an error code on `error` events.
  status_code: v.nullish(v.union([v.number(), v.string()])),
  // `{ message }` for message-like events, `{ pushname, number }` for `ready`, `{}` or a text otherwise.
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
