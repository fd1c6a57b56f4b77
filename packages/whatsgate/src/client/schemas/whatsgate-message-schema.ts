import * as v from 'valibot';
import { wireIdSchema } from './wire-values.js';

/**
 * A Whatsgate message object (sync `send` result, `event_data.message` of webhooks and `events-get`),
 * validated loosely: only `id` is required, unknown fields are kept. `id` is the long id
 * `<fromMe>_<chatJid>_<shortId>` used for quoting and `get-messagemedia`; `_id` is the short id.
 */
export const whatsgateMessageSchema = v.looseObject({
  _id: v.nullish(v.string()),
  id: wireIdSchema,
  ack: v.nullish(v.number()),
  hasMedia: v.nullish(v.boolean()),
  mediaKey: v.nullish(v.string()),
  body: v.nullish(v.string()),
  type: v.nullish(v.string()),
  timestamp: v.nullish(v.number()),
  from: v.nullish(wireIdSchema),
  to: v.nullish(wireIdSchema),
  isForwarded: v.nullish(v.boolean()),
  from_name: v.nullish(v.string()),
  author: v.nullish(wireIdSchema),
  hasQuotedMsg: v.nullish(v.boolean()),
  quotedMsgId: v.nullish(wireIdSchema),
  location: v.nullish(
    v.looseObject({ latitude: v.number(), longitude: v.number(), description: v.nullish(v.string()) }),
  ),
  vCards: v.nullish(v.array(v.string())),
});

/** A message object as read by {@link whatsgateMessageSchema}. */
export type WhatsgateMessage = v.InferOutput<typeof whatsgateMessageSchema>;

/**
 * A media file of `get-media` / `get-messagemedia` answers: base64 `data` (no `data:` prefix),
 * `mimetype`, `filename` and sometimes `filesize`.
 */
export const whatsgateMediaFileSchema = buildWhatsgateMediaFileSchema();

// @__NO_SIDE_EFFECTS__
function buildWhatsgateMediaFileSchema() {
  return v.looseObject({
    mimetype: v.nullish(v.string()),
    data: v.string(),
    filename: v.nullish(v.string()),
    filesize: v.nullish(v.number()),
  });
}

/** A media file as read by {@link whatsgateMediaFileSchema}. */
export type WhatsgateMediaFile = v.InferOutput<typeof whatsgateMediaFileSchema>;
