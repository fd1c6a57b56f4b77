import * as v from 'valibot';
import { wireIntegerSchema } from './wire-values.js';

/**
 * A Whatsgate event: a webhook body or an `events-get` item. `id` is the event id to echo in the
 * webhook answer and the polling cursor; `event_date` is `YYYY-MM-DD HH:MM:SS` in the server's local
 * time; `event_data` depends on `event_action` (`{ message }` for message-like events,
 * `{ pushname, number }` for `ready`).
 *
 * @example
 * ```ts
 * const event = v.parse(whatsgateEventSchema, { id: 19, whatsapp_id: '191b80a9238', event_action: 'ready', event_data: {} });
 * ```
 */
export const whatsgateEventSchema = v.looseObject({
  id: wireIntegerSchema,
  whatsapp_id: v.nullish(v.string()),
  event_action: v.string(),
  event_date: v.nullish(v.string()),
  status_code: v.nullish(v.union([v.number(), v.string()])),
  event_data: v.nullish(v.unknown()),
});

/**
 * An event as read by {@link whatsgateEventSchema}.
 *
 * @example
 * ```ts
 * const isReady = (event: WhatsgateEvent) => event.event_action === 'ready';
 * ```
 */
export type WhatsgateEvent = v.InferOutput<typeof whatsgateEventSchema>;

/**
 * The `event_action` values Whatsgate documents.
 *
 * @example
 * ```ts
 * whatsgateEventActions.includes('ack'); // true
 * ```
 */
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

/**
 * One of {@link whatsgateEventActions}.
 *
 * @example
 * ```ts
 * const action: WhatsgateEventAction = 'ack';
 * ```
 */
export type WhatsgateEventAction = (typeof whatsgateEventActions)[number];
