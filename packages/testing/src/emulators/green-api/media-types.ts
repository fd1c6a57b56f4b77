const mimeByExtension: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  '3gp': 'video/3gpp',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg; codecs=opus',
  oga: 'audio/ogg',
  m4a: 'audio/mp4',
  wav: 'audio/wav',
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  zip: 'application/zip',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The `typeMessage` of a file message.
 *
 * @example
 * const kind: GreenApiFileTypeMessage = 'imageMessage';
 */
export type GreenApiFileTypeMessage = 'imageMessage' | 'videoMessage' | 'audioMessage' | 'documentMessage';

/**
 * File-name and MIME helpers used for uploads and file messages.
 *
 * @example
 * mediaTypes.mimeTypeOf('photo.JPG'); // 'image/jpeg'
 */
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
  extensionOf(fileName: string): string | undefined {
    const match = /\.([A-Za-z0-9]{1,8})$/.exec(fileName);
    return match?.[1]?.toLowerCase();
  },

  /**
   * The MIME type for a file name (`application/octet-stream` when unknown).
   *
   * @example
   * mediaTypes.mimeTypeOf('voice.ogg'); // 'audio/ogg; codecs=opus'
   */
  mimeTypeOf(fileName: string): string {
    const extension = mediaTypes.extensionOf(fileName);
    return (extension === undefined ? undefined : mimeByExtension[extension]) ?? 'application/octet-stream';
  },

  /**
   * An extension for a MIME type (`bin` when unknown).
   *
   * @example
   * mediaTypes.extensionFor('image/png'); // 'png'
   */
  extensionFor(mimeType: string): string {
    const base = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
    for (const [extension, candidate] of Object.entries(mimeByExtension)) {
      if (candidate.split(';')[0] === base) return extension;
    }
    return 'bin';
  },

  /**
   * The message type a file becomes, decided by its MIME type (from the extension when not given).
   *
   * @example
   * mediaTypes.typeMessageOf('clip.mp4'); // 'videoMessage'
   */
  typeMessageOf(fileName: string, mimeType = mediaTypes.mimeTypeOf(fileName)): GreenApiFileTypeMessage {
    if (mimeType.startsWith('image/')) return 'imageMessage';
    if (mimeType.startsWith('video/')) return 'videoMessage';
    if (mimeType.startsWith('audio/')) return 'audioMessage';
    return 'documentMessage';
  },
};
