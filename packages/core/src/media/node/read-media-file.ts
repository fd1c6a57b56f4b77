import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { setMediaPathReader } from '../media-path-reader.js';
import { mimeTypeForFileName } from '../mime-type-for-file-name.js';

const defaultMimeType = 'application/octet-stream';

/**
 * Reads a local file into a media source with bytes, file name and MIME type (from the extension),
 * ready for `messenger.sendMedia`. Node only.
 *
 * @example
 * ```ts
 * import { readMediaFile } from '@switchboard/core/node';
 *
 * await messenger.sendMedia(chatId, await readMediaFile('./invoices/42.pdf'), { caption: 'Invoice 42' });
 * ```
 */
export async function readMediaFile(
  path: string,
  options: { fileName?: string; mimeType?: string } = {},
): Promise<{ data: Uint8Array; fileName: string; mimeType: string }> {
  const fileName = options.fileName ?? basename(path);
  const data = new Uint8Array(await readFile(path));
  return { data, fileName, mimeType: options.mimeType ?? mimeTypeForFileName(fileName) ?? defaultMimeType };
}

/**
 * Lets every messenger accept `{ path }` media sources (template 3) by installing a Node file reader.
 * Call it once at start-up.
 *
 * @example
 * ```ts
 * import { enableMediaPaths } from '@switchboard/core/node';
 *
 * enableMediaPaths();
 * await messenger.sendMedia(chatId, { path: './photo.jpg', fileName: 'photo.jpg' });
 * ```
 */
export function enableMediaPaths(): void {
  setMediaPathReader(async (path) => new Uint8Array(await readFile(path)));
}
