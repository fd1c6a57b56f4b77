import { parseProviderOptions } from '@switchboard/core/adapter';
import * as v from 'valibot';

/**
 * Whatsgate-only send options, given as `providerOptions: { whatsgate: { … } }`:
 *
 * - `async` (default `false`): `false` waits for WhatsApp and returns the new message id; `true`
 *   queues the message and returns at once with an empty `messageId` (the id arrives with the
 *   `message-sent` event of the `sent` notification).
 * - `type`: the Whatsgate message type for a file, overriding the one derived from its MIME type
 *   (`image` for images and videos, `voice` for `audio/ogg`, `doc` for everything else); use
 *   `sticker` for stickers or `doc` to send a photo as a document.
 *
 * @example
 * ```ts
 * await messenger.sendMedia(chatId, { data, fileName: 'photo.jpg' }, { providerOptions: { whatsgate: { async: true, type: 'doc' } } });
 * ```
 */
export interface WhatsgateSendOptions {
  /** `true` queues the send and returns an empty `messageId`; `false` (the default) waits for the message id. */
  async?: boolean | undefined;
  /** Whatsgate message type of a file, overriding the one derived from its MIME type. */
  type?: 'image' | 'doc' | 'voice' | 'sticker' | undefined;
}

const sendOptionsSchema = v.strictObject({
  async: v.optional(v.boolean('must be a boolean')),
  type: v.optional(v.picklist(['image', 'doc', 'voice', 'sticker'], 'must be image, doc, voice or sticker')),
});

/**
 * Reads and checks `providerOptions.whatsgate` of a send; a wrong or unknown field rejects with
 * `invalid-request` naming it.
 */
export function readWhatsgateSendOptions(
  providerOptions: Record<string, Record<string, unknown>> | undefined,
): WhatsgateSendOptions {
  return parseProviderOptions(sendOptionsSchema, providerOptions, 'whatsgate', 'a send');
}
