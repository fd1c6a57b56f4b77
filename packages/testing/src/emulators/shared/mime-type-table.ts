import { mimeTypesByExtension } from '@switchboard/core/adapter';
/**
 * The kind of message a file becomes in WhatsApp, decided by its MIME type.
 *
 * @example
 * const kind: FileMediaKind = 'image';
 */
export type FileMediaKind = 'image' | 'video' | 'audio' | 'document';

/**
 * File-extension ↔ MIME-type lookups over core's `mimeTypesByExtension` (images, video, audio, office documents), with optional
 * per-provider overrides.
 *
 * @example
 * const mimeTypes = new MimeTypeTable({ ogg: 'audio/ogg; codecs=opus' });
 * mimeTypes.mimeTypeOf('photo.JPG'); // 'image/jpeg'
 */
export class MimeTypeTable {
  readonly #byExtension: Readonly<Record<string, string>>;

  /**
   * @example
   * new MimeTypeTable();
   */
  constructor(overrides: Readonly<Record<string, string>> = {}) {
    this.#byExtension = { ...mimeTypesByExtension, ...overrides };
  }

  /**
   * The extension of a file name, lower case, or `undefined`.
   *
   * @example
   * mimeTypes.extensionOf('a.tar.GZ'); // 'gz'
   */
  extensionOf(fileName: string): string | undefined {
    return /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1]?.toLowerCase();
  }

  /**
   * The MIME type for a file name (`application/octet-stream` when unknown).
   *
   * @example
   * mimeTypes.mimeTypeOf('voice.ogg'); // 'audio/ogg'
   */
  mimeTypeOf(fileName: string): string {
    const extension = this.extensionOf(fileName);
    return (extension === undefined ? undefined : this.#byExtension[extension]) ?? 'application/octet-stream';
  }

  /**
   * An extension for a MIME type, parameters ignored (`bin` when unknown).
   *
   * @example
   * mimeTypes.extensionFor('image/png'); // 'png'
   */
  extensionFor(mimeType: string): string {
    const base = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
    for (const [extension, candidate] of Object.entries(this.#byExtension)) {
      if (candidate.split(';')[0] === base) return extension;
    }
    return 'bin';
  }

  /**
   * The message kind of a file, by its MIME type (from the file name when not given).
   *
   * @example
   * mimeTypes.mediaKindOf('clip.mp4'); // 'video'
   */
  mediaKindOf(fileName: string, mimeType = this.mimeTypeOf(fileName)): FileMediaKind {
    if (mimeType.startsWith('image/')) return 'image';
    if (mimeType.startsWith('video/')) return 'video';
    if (mimeType.startsWith('audio/')) return 'audio';
    return 'document';
  }
}
