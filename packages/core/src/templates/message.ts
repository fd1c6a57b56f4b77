import * as v from 'valibot';
import { contactCardSchema } from './contact-card.js';
import { locationSchema } from './location.js';
import { mediaFileSchema } from './media-file.js';
import { parseTemplate } from './parse-template.js';
import { pollSchema } from './poll.js';

/**
 * Template 2, the message: what is sent, independent of who receives it. A discriminated union on
 * `type`: `text`, `media` (a {@link MediaFile} with an optional caption), `location`, `contact` or
 * `poll`.
 */
export const messageSchema = buildMessageSchema();

// @__NO_SIDE_EFFECTS__
function buildMessageSchema() {
  return v.variant('type', [
    v.strictObject({
      /** Plain text. */
      type: v.literal('text'),
      /** The text, 1–20 000 characters; formatting marks pass through as the network reads them. */
      text: v.pipe(v.string(), v.nonEmpty('text must not be empty'), v.maxLength(20_000)),
      /** Whether a link in the text gets a preview, where the provider lets the sender choose. */
      linkPreview: v.optional(v.boolean()),
    }),
    v.strictObject({
      /** A file. */
      type: v.literal('media'),
      /** The file and where it comes from. */
      media: mediaFileSchema,
      /** Text shown under the file, up to 20 000 characters. */
      caption: v.optional(v.pipe(v.string(), v.maxLength(20_000))),
    }),
    v.strictObject({
      /** A place on the map. */
      type: v.literal('location'),
      /** Its coordinates, name and address. */
      location: locationSchema,
    }),
    v.strictObject({
      /** A contact card. */
      type: v.literal('contact'),
      /** The card to share. */
      contact: contactCardSchema,
    }),
    v.strictObject({
      /** A poll. */
      type: v.literal('poll'),
      /** Its question and options. */
      poll: pollSchema,
    }),
  ]);
}

/** A validated message body, see {@link messageSchema}. */
export type Message = v.InferOutput<typeof messageSchema>;
/** What {@link createMessage} accepts. */
export type MessageInput = v.InferInput<typeof messageSchema>;
/** The kinds of message Switchboard can send: `'text' | 'media' | 'location' | 'contact' | 'poll'`. */
export type MessageType = Message['type'];

/**
 * Builds a complete {@link Message} or throws an `invalid-request` error naming the bad field.
 *
 * @example
 * ```ts
 * createMessage({ type: 'poll', poll: { question: 'Lunch?', options: ['Pizza', 'Sushi'] } });
 * ```
 */
export function createMessage(input: MessageInput): Message {
  return parseTemplate(messageSchema, input, 'message');
}
