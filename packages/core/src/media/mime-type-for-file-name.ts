import { ownValue } from '../objects/own-value.js';
/**
 * The MIME types of common file extensions (lower case, without the dot): images, video, audio and
 * office documents. {@link mimeTypeForFileName} reads it; emulators and adapters share it.
 *
 * @example
 * ```ts
 * mimeTypesByExtension.pdf; // 'application/pdf'
 * ```
 */
export const mimeTypesByExtension: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  mp4: 'video/mp4',
  '3gp': 'video/3gpp',
  mov: 'video/quicktime',
  avi: 'video/x-msvideo',
  mkv: 'video/x-matroska',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  wav: 'audio/wav',
  amr: 'audio/amr',
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  zip: 'application/zip',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/**
 * Guesses a MIME type from a file name's extension; `undefined` when unknown.
 *
 * @example
 * ```ts
 * mimeTypeForFileName('report.PDF'); // 'application/pdf'
 * ```
 */
export function mimeTypeForFileName(fileName: string): string | undefined {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : ownValue(mimeTypesByExtension, extension);
}
