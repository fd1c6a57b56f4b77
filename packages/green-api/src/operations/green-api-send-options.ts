import { createSendOptionsReader, type SendOptionsByMessageType } from '@switchboard/core/adapter';
import * as v from 'valibot';
import { greenApiProvider } from '../green-api-provider.js';

const textSendOptionsSchema = buildTextSendOptionsSchema();
const mediaSendOptionsSchema = buildMediaSendOptionsSchema();

// @__NO_SIDE_EFFECTS__
function buildTextSendOptionsSchema() {
  const text = v.string('must be a string');
  return v.strictObject({
    typePreview: v.optional(v.picklist(['small', 'large'], 'must be small or large')),
    customPreview: v.optional(
      v.strictObject({
        title: text,
        description: v.optional(text),
        link: v.optional(text),
        urlFile: v.optional(text),
        jpegThumbnail: v.optional(text),
      }),
    ),
  });
}

// @__NO_SIDE_EFFECTS__
function buildMediaSendOptionsSchema() {
  const typingTypes = ['text', 'recording', 'video', 'image', 'file'] as const;
  return v.strictObject({
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
  text: GreenApiTextSendOptions;
  media: GreenApiMediaSendOptions;
}>;

/** Reads and checks `providerOptions['green-api']` of a send; an unknown or contract field rejects. */
export const readGreenApiSendOptions = createSendOptionsReader<GreenApiSendOptions>(greenApiProvider, {
  text: textSendOptionsSchema,
  media: mediaSendOptionsSchema,
});
