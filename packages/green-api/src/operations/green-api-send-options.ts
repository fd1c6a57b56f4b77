import { createSendOptionsReader, type SendOptionsByMessageType } from '@switchboard/core/adapter';
import * as v from 'valibot';
import { greenApiProvider } from '../green-api-provider.js';

const textSendOptionsSchema = buildTextSendOptionsSchema();
const mediaSendOptionsSchema = buildMediaSendOptionsSchema();

// @__NO_SIDE_EFFECTS__
function buildTextSendOptionsSchema() {
  const text = v.string('must be a string');
  return v.strictObject({
    /** The size of the link preview GREEN-API generates for the first link in the text. */
    typePreview: v.optional(v.picklist(['small', 'large'], 'must be small or large')),
    /** A preview of your own instead of the generated one (GREEN-API `customPreview`). */
    customPreview: v.optional(
      v.strictObject({
        /** The preview's title. */
        title: text,
        /** The preview's description line. */
        description: v.optional(text),
        /** The URL the preview opens. */
        link: v.optional(text),
        /** URL of the preview image. */
        urlFile: v.optional(text),
        /** The preview image as base64 JPEG, instead of `urlFile`. */
        jpegThumbnail: v.optional(text),
      }),
    ),
  });
}

// @__NO_SIDE_EFFECTS__
function buildMediaSendOptionsSchema() {
  const typingTypes = ['text', 'recording', 'video', 'image', 'file'] as const;
  return v.strictObject({
    /** What the chat shows before the file arrives (`recording` for voice notes, …); GREEN-API `typingType`. */
    typingType: v.optional(v.picklist(typingTypes, `must be one of ${typingTypes.join(', ')}`)),
  });
}

/**
 * `providerOptions['green-api']` of a text send: the link preview's size or a custom preview.
 *
 * @useDeclaredType
 */
export type GreenApiTextSendOptions = v.InferOutput<typeof textSendOptionsSchema>;

/**
 * `providerOptions['green-api']` of a file send: what the typing indicator shows before it.
 *
 * @useDeclaredType
 */
export type GreenApiMediaSendOptions = v.InferOutput<typeof mediaSendOptionsSchema>;

/** The GREEN-API provider options of each send, by message type (location, contact and poll take none). */
export type GreenApiSendOptions = SendOptionsByMessageType<{
  /** The options of a text send. */
  text: GreenApiTextSendOptions;
  /** The options of a file send. */
  media: GreenApiMediaSendOptions;
}>;

/** Reads and checks `providerOptions['green-api']` of a send; an unknown or contract field rejects. */
export const readGreenApiSendOptions = createSendOptionsReader<GreenApiSendOptions>(greenApiProvider, {
  text: textSendOptionsSchema,
  media: mediaSendOptionsSchema,
});
