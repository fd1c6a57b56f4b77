import { type FileHandle, open, readFile, realpath } from 'node:fs/promises';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { MessengerError } from '../../errors/messenger-error.js';
import { defaultMaxMediaBytes } from '../media-download-options.js';
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
): Promise<{
  /** The file's bytes, read whole. */
  data: Uint8Array;
  /** `options.fileName`, else the path's last segment. */
  fileName: string;
  /** `options.mimeType`, else guessed from the file name's extension, else `application/octet-stream`. */
  mimeType: string;
}> {
  const fileName = options.fileName ?? basename(path);
  const data = new Uint8Array(await readFile(path));
  return { data, fileName, mimeType: options.mimeType ?? mimeTypeForFileName(fileName) ?? defaultMimeType };
}

/**
 * Options of {@link enableMediaPaths}.
 *
 * @example
 * ```ts
 * const options: MediaPathOptions = { root: '/srv/app/uploads', maxFileBytes: 20_000_000 };
 * ```
 */
export interface MediaPathOptions {
  /** The folder `{ path }` sources must lie in (after following symbolic links); required. */
  root: string;
  /** The largest file read, in bytes; default 104,857,600 (100 MiB). */
  maxFileBytes?: number | undefined;
}

/**
 * Lets every messenger accept `{ path }` media sources (template 3) by installing a Node file reader
 * confined to `root`: a relative path is taken from `root`, the real path (symbolic links followed)
 * must lie inside the real `root`, it must be a regular file of at most `maxFileBytes`. Every refusal
 * is a `MessengerError`: `invalid-request` for a path outside the root, a folder or a file too large,
 * `not-found` for a missing file. Call it once at start-up.
 *
 * @example
 * ```ts
 * import { enableMediaPaths } from '@switchboard/core/node';
 *
 * enableMediaPaths({ root: './uploads' });
 * await messenger.sendMedia(chatId, { path: 'photo.jpg', fileName: 'photo.jpg' });
 * ```
 */
export function enableMediaPaths(options: MediaPathOptions): void {
  if (typeof options?.root !== 'string' || options.root === '') {
    throw new MessengerError('enableMediaPaths needs a root folder: enableMediaPaths({ root })', {
      code: 'invalid-request',
    });
  }
  const maximumBytes = options.maxFileBytes ?? defaultMaxMediaBytes;
  const root = resolve(options.root);
  let realRoot: Promise<string> | undefined;
  setMediaPathReader(async (path) => {
    if (typeof path !== 'string' || path === '' || path.includes('\0')) {
      throw new MessengerError('media.path must be a non-empty file path', { code: 'invalid-request' });
    }
    realRoot ??= realpath(root).catch((error: unknown) => {
      realRoot = undefined;
      throw readFailure(error, 'the media root');
    });
    return readContainedFile(await realRoot, resolve(root, path), maximumBytes);
  });
}

async function readContainedFile(root: string, path: string, maximumBytes: number): Promise<Uint8Array> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    throw readFailure(error, 'the media file');
  }
  const inside = relative(root, real);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new MessengerError('media.path lies outside the media root', { code: 'invalid-request' });
  }
  let handle: FileHandle | undefined;
  try {
    handle = await open(real, 'r');
    const stats = await handle.stat();
    if (!stats.isFile())
      throw new MessengerError('media.path is not a regular file', { code: 'invalid-request' });
    if (stats.size > maximumBytes) {
      throw new MessengerError(`media.path is larger than ${maximumBytes} bytes`, {
        code: 'invalid-request',
      });
    }
    const data = new Uint8Array(stats.size);
    const { bytesRead } = stats.size === 0 ? { bytesRead: 0 } : await handle.read(data, 0, stats.size, 0);
    return bytesRead === stats.size ? data : data.subarray(0, bytesRead);
  } catch (error) {
    if (error instanceof MessengerError) throw error;
    throw readFailure(error, 'the media file');
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** A file-system failure as a `MessengerError` that names no path: `not-found` or `invalid-request`. */
function readFailure(error: unknown, what: string): MessengerError {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new MessengerError(`${what} does not exist`, { code: 'not-found' });
  }
  return new MessengerError(`${what} could not be read${typeof code === 'string' ? ` (${code})` : ''}`, {
    code: 'invalid-request',
  });
}
