import type { DownloadedMedia } from '@switchboard/core';
import type { WhatsgateMediaFile } from '../client/schemas/whatsgate-message-schema.js';
import { base64ToBytes } from './base64.js';

/**
 * Maps the `media` of `get-media` / `get-messagemedia` to downloaded bytes with MIME type and file name.
 *
 * @example
 * ```ts
 * mapDownloadedMedia({ mimetype: 'text/plain', filename: 'a.txt', data: 'aGk=' }); // { data: Uint8Array [104, 105], … }
 * ```
 */
export function mapDownloadedMedia(media: WhatsgateMediaFile): DownloadedMedia {
  return {
    data: base64ToBytes(media.data),
    ...(media.mimetype ? { mimeType: media.mimetype } : {}),
    ...(media.filename ? { fileName: media.filename } : {}),
  };
}
