import { type DownloadedMedia, MessengerError } from '@switchboard/core';
import type { WhatsgateMediaFile } from '../client/schemas/whatsgate-message-schema.js';
import { whatsgateProvider } from '../whatsgate-provider.js';
import { base64ToBytes } from './base64.js';

function decodeMediaData(data: string): Uint8Array {
  try {
    return base64ToBytes(data);
  } catch (error) {
    throw new MessengerError('Whatsgate answered a media file whose media.data is not valid base64', {
      code: 'invalid-response',
      provider: whatsgateProvider,
      cause: error,
    });
  }
}

/**
 * Maps the `media` of `get-media` / `get-messagemedia` to downloaded bytes with MIME type and file
 * name. `data` that is not base64 rejects with `invalid-response` naming `media.data`.
 */
export function mapDownloadedMedia(media: WhatsgateMediaFile): DownloadedMedia {
  return {
    data: decodeMediaData(media.data),
    ...(media.mimetype ? { mimeType: media.mimetype } : {}),
    ...(media.filename ? { fileName: media.filename } : {}),
  };
}
