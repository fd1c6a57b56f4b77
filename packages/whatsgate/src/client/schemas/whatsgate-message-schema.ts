import * as v from 'valibot';
import { wireIdSchema } from './wire-values.js';

/**
 * A Whatsgate message object (sync `send` result, `event_data.message` of webhooks and `events-get`),
 * validated loosely: only `id` is required, unknown fields are kept. `id` is the long id
 * `<fromMe>_<chatJid>_<shortId>` used for quoting and `get-messagemedia`; `_id` is the short id.
 */
export const whatsgateMessageSchema = v.looseObject({
  // Short message id, e.g. `3EB0436AE1E682FF3A37`.
  _id: v.nullish(v.string()),
  // Long id `<fromMe>_<chatJid>_<shortId>` (`false_79999999999@c.us_3EB0…`), used for `quote` and `get-messagemedia`.
  id: wireIdSchema,
  // Delivery state as in whatsapp-web.js: -1 error, 0 pending, 1 sent, 2 delivered, 3 read, 4 played.
  ack: v.nullish(v.number()),
  // `true` when the message carries a file (fetch it with `get-messagemedia`).
  hasMedia: v.nullish(v.boolean()),
  // Key of the file for the deprecated `get-media`; `""` when there is none.
  mediaKey: v.nullish(v.string()),
  // Text of the message, or the caption of a file.
  body: v.nullish(v.string()),
  // whatsapp-web.js message type: `chat` for text, `image`, `video`, `audio`, `ptt` (voice), `document`, `sticker`, `location`, `vcard`, …
  type: v.nullish(v.string()),
  // Send time in unix seconds.
  timestamp: v.nullish(v.number()),
  // Sender JID (`79991112233@c.us`, or `…@g.us` for a group).
  from: v.nullish(wireIdSchema),
  // Recipient JID (`79999999999@c.us`, or `…@g.us` for a group).
  to: v.nullish(wireIdSchema),
  // `true` when the message was forwarded.
  isForwarded: v.nullish(v.boolean()),
  // Sender's display name, seen in sync `send` answers.
  from_name: v.nullish(v.string()),
  // In a group, the JID of the participant who wrote the message; absent in one-to-one chats.
  author: v.nullish(wireIdSchema),
  // `true` when the message replies to another one.
  hasQuotedMsg: v.nullish(v.boolean()),
  // Long id of the message replied to, when `hasQuotedMsg`.
  quotedMsgId: v.nullish(wireIdSchema),
  // Coordinates of a `location` message.
  location: v.nullish(
    v.looseObject({
      // Latitude in decimal degrees.
      latitude: v.number(),
      // Longitude in decimal degrees.
      longitude: v.number(),
      // Name or address of the place, when the sender gave one.
      description: v.nullish(v.string()),
    }),
  ),
  // vCard texts of a `vcard` / `multi_vcard` message.
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
    // MIME type of the file, e.g. `image/jpeg`.
    mimetype: v.nullish(v.string()),
    // File contents in base64, without a `data:` prefix.
    data: v.string(),
    // File name, e.g. `image.jpg`.
    filename: v.nullish(v.string()),
    // Size in bytes, sent by some answers only.
    filesize: v.nullish(v.number()),
  });
}

/** A media file as read by {@link whatsgateMediaFileSchema}. */
export type WhatsgateMediaFile = v.InferOutput<typeof whatsgateMediaFileSchema>;
