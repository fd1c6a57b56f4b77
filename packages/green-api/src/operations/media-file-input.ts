import { createMediaFile, type MediaFile, type MediaFileInput, MessengerError } from '@switchboard/core';
import { greenApiProvider } from '../green-api-provider.js';

/**
 * Validates a media input that must be uploaded (bytes or a path): a URL or media key is refused
 * with `invalid-request` naming the field.
 *
 * @example
 * ```ts
 * const picture = createMediaFileOrThrow({ data: jpegBytes, fileName: 'logo.jpg' }, 'picture');
 * ```
 */
export function createMediaFileOrThrow(input: MediaFileInput, field: string): MediaFile {
  const media = createMediaFile(input);
  if (media.data === undefined && media.path === undefined) {
    throw new MessengerError(`${field} must be given as data or path: GREEN-API uploads it`, {
      code: 'invalid-request',
      provider: greenApiProvider,
    });
  }
  return media;
}
