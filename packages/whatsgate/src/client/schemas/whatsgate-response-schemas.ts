import * as v from 'valibot';
import { whatsgateChatSchema } from './whatsgate-chat-schema.js';
import { whatsgateEventLogEntrySchema } from './whatsgate-event-log-entry-schema.js';
import { whatsgateMediaFileSchema, whatsgateMessageSchema } from './whatsgate-message-schema.js';
import { whatsgateSessionSchema } from './whatsgate-session-schema.js';
import { wireIntegerSchema, wireListSchema } from './wire-values.js';

/**
 * `{"result":"OK"}` answers (`seen`, `typing`, `set-hook`, …); other fields are kept.
 *
 * @example
 * ```ts
 * v.parse(whatsgateOkResponseSchema, { result: 'OK' });
 * ```
 */
export const whatsgateOkResponseSchema = v.looseObject({ result: v.optional(v.unknown()) });

/**
 * The `send` answer: the message object when sync, `"OK"` when async.
 *
 * @example
 * ```ts
 * v.parse(whatsgateSendResponseSchema, { result: 'OK' });
 * ```
 */
export const whatsgateSendResponseSchema = v.looseObject({
  result: v.union([whatsgateMessageSchema, v.string()]),
});

/**
 * The `get-chats` answer.
 *
 * @example
 * ```ts
 * v.parse(whatsgateChatsResponseSchema, { result: 'OK', data: [] });
 * ```
 */
export const whatsgateChatsResponseSchema = v.looseObject({
  result: v.optional(v.unknown()),
  data: wireListSchema(whatsgateChatSchema),
});

/**
 * The `get-media` / `get-messagemedia` answer.
 *
 * @example
 * ```ts
 * v.parse(whatsgateMediaResponseSchema, { result: 'OK', media: { mimetype: 'text/plain', filename: 'a.txt', data: 'aGk=' } });
 * ```
 */
export const whatsgateMediaResponseSchema = v.looseObject({
  result: v.optional(v.unknown()),
  media: whatsgateMediaFileSchema,
});

/**
 * The `check` answer: `data` is `true` when the number is on WhatsApp (`"true"`/`1` are read too).
 *
 * @example
 * ```ts
 * v.parse(whatsgateCheckResponseSchema, { result: 'OK', data: true }).data; // true
 * ```
 */
export const whatsgateCheckResponseSchema = v.looseObject({
  result: v.optional(v.unknown()),
  data: v.pipe(
    v.nullish(v.unknown()),
    v.transform((value) => value === true || value === 1 || value === 'true' || value === '1'),
  ),
});

const pageEntries = {
  result: v.optional(v.unknown()),
  pages: v.nullish(wireIntegerSchema),
  elements: v.nullish(wireIntegerSchema),
  page: v.nullish(wireIntegerSchema),
};

/**
 * The `events-get` answer: one page of stored events, each validated on its own
 * ({@link whatsgateEventLogEntrySchema}), so an unreadable event does not fail the page.
 *
 * @example
 * ```ts
 * v.parse(whatsgateEventsResponseSchema, { result: 'OK', pages: 1, elements: 0, page: 1, data: [] });
 * ```
 */
export const whatsgateEventsResponseSchema = v.looseObject({
  ...pageEntries,
  data: wireListSchema(whatsgateEventLogEntrySchema),
});

/**
 * The `sessions-get` answer: one page of sessions.
 *
 * @example
 * ```ts
 * v.parse(whatsgateSessionsResponseSchema, { result: 'OK', pages: 1, elements: 0, page: 1, data: [] });
 * ```
 */
export const whatsgateSessionsResponseSchema = v.looseObject({
  ...pageEntries,
  data: wireListSchema(whatsgateSessionSchema),
});

/**
 * Answers that carry one session in `data` (`session-create`, `session-delete`, and `set-name` when
 * it sends one).
 *
 * @example
 * ```ts
 * v.parse(whatsgateSessionResponseSchema, { result: 'OK', data: { unique_id: '6345454545454' } });
 * ```
 */
export const whatsgateSessionResponseSchema = v.looseObject({
  result: v.optional(v.unknown()),
  data: v.optional(whatsgateSessionSchema),
});

/**
 * The `send` answer.
 *
 * @example
 * ```ts
 * const id = (response: WhatsgateSendResponse) => (typeof response.result === 'string' ? undefined : response.result.id);
 * ```
 */
export type WhatsgateSendResponse = v.InferOutput<typeof whatsgateSendResponseSchema>;
/**
 * The `get-chats` answer.
 *
 * @example
 * ```ts
 * const count = (response: WhatsgateChatsResponse) => response.data.length;
 * ```
 */
export type WhatsgateChatsResponse = v.InferOutput<typeof whatsgateChatsResponseSchema>;
/**
 * The `get-media` / `get-messagemedia` answer.
 *
 * @example
 * ```ts
 * const mime = (response: WhatsgateMediaResponse) => response.media.mimetype;
 * ```
 */
export type WhatsgateMediaResponse = v.InferOutput<typeof whatsgateMediaResponseSchema>;
/**
 * The `check` answer.
 *
 * @example
 * ```ts
 * const registered = (response: WhatsgateCheckResponse) => response.data;
 * ```
 */
export type WhatsgateCheckResponse = v.InferOutput<typeof whatsgateCheckResponseSchema>;
/**
 * The `events-get` answer.
 *
 * @example
 * ```ts
 * const ids = (response: WhatsgateEventsResponse) => response.data.map((event) => event.id);
 * ```
 */
export type WhatsgateEventsResponse = v.InferOutput<typeof whatsgateEventsResponseSchema>;
/**
 * The `sessions-get` answer.
 *
 * @example
 * ```ts
 * const ids = (response: WhatsgateSessionsResponse) => response.data.map((session) => session.unique_id);
 * ```
 */
export type WhatsgateSessionsResponse = v.InferOutput<typeof whatsgateSessionsResponseSchema>;
/**
 * An answer with one session.
 *
 * @example
 * ```ts
 * const id = (response: WhatsgateSessionResponse) => response.data?.unique_id;
 * ```
 */
export type WhatsgateSessionResponse = v.InferOutput<typeof whatsgateSessionResponseSchema>;
/**
 * A `{"result":"OK"}` answer.
 *
 * @example
 * ```ts
 * const ok = (response: WhatsgateOkResponse) => response.result === 'OK';
 * ```
 */
export type WhatsgateOkResponse = v.InferOutput<typeof whatsgateOkResponseSchema>;
