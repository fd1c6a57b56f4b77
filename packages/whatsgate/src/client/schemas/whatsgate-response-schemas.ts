import * as v from 'valibot';
import { whatsgateChatSchema } from './whatsgate-chat-schema.js';
import { whatsgateEventLogEntrySchema } from './whatsgate-event-log-entry-schema.js';
import { whatsgateMediaFileSchema, whatsgateMessageSchema } from './whatsgate-message-schema.js';
import { whatsgateSessionSchema } from './whatsgate-session-schema.js';
import { wireIntegerSchema, wireListSchema } from './wire-values.js';

/** `{"result":"OK"}` answers (`seen`, `typing`, `set-hook`, …); other fields are kept. */
export const whatsgateOkResponseSchema = v.looseObject({
  // `"OK"` on success.
  result: v.optional(v.unknown()),
});

/** The `send` answer: the message object when sync, `"OK"` when async. */
export const whatsgateSendResponseSchema = v.looseObject({
  // The sent message object (sync send), or `"OK"` (async send, the message follows as a `sent` event).
  result: v.union([whatsgateMessageSchema, v.string()]),
});

/** The `get-chats` answer. */
export const whatsgateChatsResponseSchema = v.looseObject({
  // `"OK"` on success.
  result: v.optional(v.unknown()),
  // The session's active chats: contacts and groups.
  data: wireListSchema(whatsgateChatSchema),
});

/** The `get-media` / `get-messagemedia` answer. */
export const whatsgateMediaResponseSchema = v.looseObject({
  // `"OK"` on success.
  result: v.optional(v.unknown()),
  // The file: base64 contents, MIME type and name.
  media: whatsgateMediaFileSchema,
});

/** The `check` answer: `data` is `true` when the number is on WhatsApp (`"true"`/`1` are read too). */
export const whatsgateCheckResponseSchema = v.looseObject({
  // `"OK"` on success.
  result: v.optional(v.unknown()),
  // `true` when the number is registered on WhatsApp.
  data: v.pipe(
    v.nullish(v.unknown()),
    v.transform((value) => value === true || value === 1 || value === 'true' || value === '1'),
  ),
});

const pageEntries = {
  // `"OK"` on success.
  result: v.optional(v.unknown()),
  // Number of pages for the request's `page_cnt`.
  pages: v.nullish(wireIntegerSchema),
  // Number of items over all pages.
  elements: v.nullish(wireIntegerSchema),
  // Number of this page, from 1.
  page: v.nullish(wireIntegerSchema),
};

/**
 * The `events-get` answer: one page of stored events, each validated on its own
 * ({@link whatsgateEventLogEntrySchema}), so an unreadable event does not fail the page.
 */
export const whatsgateEventsResponseSchema = v.looseObject({
  ...pageEntries,
  // The page's events, oldest first.
  data: wireListSchema(whatsgateEventLogEntrySchema),
});

/** The `sessions-get` answer: one page of sessions. */
export const whatsgateSessionsResponseSchema = v.looseObject({
  ...pageEntries,
  // The page's sessions.
  data: wireListSchema(whatsgateSessionSchema),
});

/**
 * Answers that carry one session in `data` (`session-create`, `session-delete`, and `set-name` when
 * it sends one).
 */
export const whatsgateSessionResponseSchema = v.looseObject({
  // `"OK"` on success.
  result: v.optional(v.unknown()),
  // The session created, deleted (`status: "DESTROYING"`) or renamed; `set-name` may omit it.
  data: v.optional(whatsgateSessionSchema),
});

/** The `send` answer. */
export type WhatsgateSendResponse = v.InferOutput<typeof whatsgateSendResponseSchema>;
/** The `get-chats` answer. */
export type WhatsgateChatsResponse = v.InferOutput<typeof whatsgateChatsResponseSchema>;
/** The `get-media` / `get-messagemedia` answer. */
export type WhatsgateMediaResponse = v.InferOutput<typeof whatsgateMediaResponseSchema>;
/** The `check` answer. */
export type WhatsgateCheckResponse = v.InferOutput<typeof whatsgateCheckResponseSchema>;
/** The `events-get` answer. */
export type WhatsgateEventsResponse = v.InferOutput<typeof whatsgateEventsResponseSchema>;
/** The `sessions-get` answer. */
export type WhatsgateSessionsResponse = v.InferOutput<typeof whatsgateSessionsResponseSchema>;
/** An answer with one session. */
export type WhatsgateSessionResponse = v.InferOutput<typeof whatsgateSessionResponseSchema>;
/** A `{"result":"OK"}` answer. */
export type WhatsgateOkResponse = v.InferOutput<typeof whatsgateOkResponseSchema>;
