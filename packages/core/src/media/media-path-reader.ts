import { isMessengerError, MessengerError } from '../errors/messenger-error.js';
import type { MediaFile } from '../templates/media-file.js';

/** Reads a local file into bytes; installed by `enableMediaPaths()` from `@switchboard/core/node`. */
export type MediaPathReader = (path: string) => Promise<Uint8Array>;

let installedReader: MediaPathReader | undefined;

/**
 * Installs the function that reads `media.path` sources. Core itself never touches the file system
 * (it runs in Workers too); `enableMediaPaths()` from `@switchboard/core/node` installs a Node reader.
 *
 * @example
 * ```ts
 * setMediaPathReader(async (path) => new Uint8Array(await Deno.readFile(path)));
 * ```
 */
export function setMediaPathReader(reader: MediaPathReader | undefined): void {
  installedReader = reader;
}

/**
 * Turns a `path` media source into a `data` source; other sources are returned unchanged. Adapters
 * call it before uploading. Every failure of the reader is a `MessengerError` (`not-found`,
 * `invalid-request`).
 *
 * @example
 * ```ts
 * const media = await resolveMediaPath(outgoing.message.media);
 * ```
 */
export async function resolveMediaPath(media: MediaFile): Promise<MediaFile> {
  if (media.path === undefined) return media;
  if (installedReader === undefined) {
    throw new MessengerError(
      "media.path needs a file reader: import { enableMediaPaths } from '@switchboard/core/node' and call it once with a root folder, or pass data instead",
      { code: 'invalid-request' },
    );
  }
  const { path, ...rest } = media;
  try {
    return { ...rest, data: await installedReader(path) };
  } catch (error) {
    if (isMessengerError(error)) throw error;
    throw new MessengerError('media.path could not be read', { code: 'invalid-request', cause: error });
  }
}
