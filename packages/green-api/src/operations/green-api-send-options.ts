import { type OutgoingMessage, parseProviderOptions } from '@switchboard/core';
import * as v from 'valibot';
import { greenApiProvider } from '../errors.js';

const textSendOptionsSchema = buildTextSendOptionsSchema();
const mediaSendOptionsSchema = buildMediaSendOptionsSchema();
const noSendOptionsSchema = /* @__PURE__ */ v.strictObject({});

// @__NO_SIDE_EFFECTS__
function buildTextSendOptionsSchema() {
  return v.strictObject({
    typePreview: v.optional(v.picklist(['small', 'large'], 'must be small or large')),
    customPreview: v.optional(
      v.strictObject({
        title: v.string('must be a string'),
        description: v.optional(v.string('must be a string')),
        link: v.optional(v.string('must be a string')),
        urlFile: v.optional(v.string('must be a string')),
        jpegThumbnail: v.optional(v.string('must be a string')),
      }),
    ),
  });
}

// @__NO_SIDE_EFFECTS__
function buildMediaSendOptionsSchema() {
  return v.strictObject({
    typingType: v.optional(
      v.picklist(
        ['text', 'recording', 'video', 'image', 'file'],
        'must be text, recording, video, image or file',
      ),
    ),
  });
}

/** `providerOptions['green-api']` of a text send: the link preview's size or a custom preview. */
export type GreenApiTextSendOptions = v.InferOutput<typeof textSendOptionsSchema>;

/** `providerOptions['green-api']` of a file send: what the typing indicator shows before it. */
export type GreenApiMediaSendOptions = v.InferOutput<typeof mediaSendOptionsSchema>;

/** The GREEN-API provider options of each send, by message type (location, contact and poll take none). */
export interface GreenApiSendOptions {
  text: GreenApiTextSendOptions;
  media: GreenApiMediaSendOptions;
  location: Record<string, never>;
  contact: Record<string, never>;
  poll: Record<string, never>;
}

/**
 * Reads and checks `providerOptions['green-api']` of a send against its message type; an unknown
 * field (a contract field such as `chatId` included) rejects with `invalid-request` naming it.
 */
export function readGreenApiSendOptions<Type extends keyof GreenApiSendOptions>(
  type: Type,
  providerOptions: OutgoingMessage['providerOptions'],
): GreenApiSendOptions[Type] {
  const schema =
    type === 'text' ? textSendOptionsSchema : type === 'media' ? mediaSendOptionsSchema : noSendOptionsSchema;
  return parseProviderOptions(
    schema,
    providerOptions,
    greenApiProvider,
    `a ${type} send`,
  ) as GreenApiSendOptions[Type];
}
