import { MimeTypeTable } from '../shared/index.js';

/** GREEN-API reports `.ogg`/`.opus` files (voice notes) as Opus in Ogg. */
const mimeTypes = new MimeTypeTable({ ogg: 'audio/ogg; codecs=opus', opus: 'audio/ogg; codecs=opus' });

/** The `typeMessage` of a file message. */
export type GreenApiFileTypeMessage = 'imageMessage' | 'videoMessage' | 'audioMessage' | 'documentMessage';

/** File-name and MIME helpers used for uploads and file messages. */
export const mediaTypes: {
  extensionOf(fileName: string): string | undefined;
  mimeTypeOf(fileName: string): string;
  extensionFor(mimeType: string): string;
  typeMessageOf(fileName: string, mimeType?: string): GreenApiFileTypeMessage;
} = {
  /**
   * The extension of a file name, lower case, or `undefined`.
   *
   * @example
   * mediaTypes.extensionOf('a.tar.gz'); // 'gz'
   */
  extensionOf: (fileName) => mimeTypes.extensionOf(fileName),

  /**
   * The MIME type for a file name (`application/octet-stream` when unknown).
   *
   * @example
   * mediaTypes.mimeTypeOf('voice.ogg'); // 'audio/ogg; codecs=opus'
   */
  mimeTypeOf: (fileName) => mimeTypes.mimeTypeOf(fileName),

  /**
   * An extension for a MIME type (`bin` when unknown).
   *
   * @example
   * mediaTypes.extensionFor('image/png'); // 'png'
   */
  extensionFor: (mimeType) => mimeTypes.extensionFor(mimeType),

  /**
   * The message type a file becomes, decided by its MIME type (from the extension when not given).
   *
   * @example
   * mediaTypes.typeMessageOf('clip.mp4'); // 'videoMessage'
   */
  typeMessageOf: (fileName, mimeType) => `${mimeTypes.mediaKindOf(fileName, mimeType)}Message`,
};
