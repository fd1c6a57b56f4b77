import * as v from 'valibot';
import { parseTemplate } from './parse-template.js';

/**
 * Template 3, a media file: an attachment to send or one that was received. Exactly one source is
 * needed: `url` (the provider fetches it), `data` (bytes as `Uint8Array` or `Blob`, uploaded), `path`
 * (a local file, read by the Node subpath `@switchboard/core/node`) or `mediaKey` (a provider's key for
 * stored media). `fileName` must carry an extension: several providers derive the message kind from it.
 */
export const mediaFileSchema = buildMediaFileSchema();

// @__NO_SIDE_EFFECTS__
function buildMediaFileSchema() {
  const binarySchema = v.custom<Uint8Array | Blob>(
    (value) => value instanceof Uint8Array || (typeof Blob !== 'undefined' && value instanceof Blob),
    'expected Uint8Array or Blob',
  );
  return v.pipe(
    v.strictObject({
      /** The file name with an extension, such as `invoice.pdf`; several providers derive the message kind from it. */
      fileName: v.pipe(
        v.string(),
        v.regex(/\.[A-Za-z0-9]{1,8}$/, 'fileName must end with an extension such as .jpg'),
      ),
      /** The MIME type, such as `image/jpeg`; derived from `fileName` when absent. */
      mimeType: v.optional(
        v.pipe(v.string(), v.regex(/^[\w.+-]+\/[\w.+-]+/, 'mimeType must look like type/subtype')),
      ),
      /** An absolute URL the provider fetches the file from. */
      url: v.optional(v.pipe(v.string(), v.url('url must be an absolute URL'))),
      /** The file's bytes, uploaded with the message. */
      data: v.optional(binarySchema),
      /** A local file to upload, read on Node through `@switchboard/core/node`. */
      path: v.optional(v.pipe(v.string(), v.nonEmpty())),
      /** A provider's key for media it already stores (Whatsgate). */
      mediaKey: v.optional(v.pipe(v.string(), v.nonEmpty())),
      /** The size in bytes, when known. */
      size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    }),
    v.check(
      (file) =>
        [file.url, file.data, file.path, file.mediaKey].filter((source) => source !== undefined).length === 1,
      'give exactly one of url, data, path or mediaKey',
    ),
  );
}

/** A validated media file, see {@link mediaFileSchema}. */
export type MediaFile = v.InferOutput<typeof mediaFileSchema>;
/** What {@link createMediaFile} accepts. */
export type MediaFileInput = v.InferInput<typeof mediaFileSchema>;

/**
 * Builds a complete {@link MediaFile} or throws an `invalid-request` error naming the bad field.
 *
 * @example
 * ```ts
 * createMediaFile({ url: 'https://example.com/cat.jpg', fileName: 'cat.jpg' });
 * ```
 */
export function createMediaFile(input: MediaFileInput): MediaFile {
  return parseTemplate(mediaFileSchema, input, 'media file');
}
