/** Base64 of a 1×1 PNG, used as the QR code image and as image content. */
export const placeholderPngBase64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** Base64 of a tiny JPEG, used as `jpegThumbnail`. */
export const placeholderJpegBase64 =
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=';

/** Placeholder bytes for a media file of the given MIME type (a real PNG/JPEG for images, text otherwise). */
export function placeholderBytes(mimeType: string, fileName: string): Uint8Array {
  if (mimeType === 'image/png') return new Uint8Array(Buffer.from(placeholderPngBase64, 'base64'));
  if (mimeType.startsWith('image/')) return new Uint8Array(Buffer.from(placeholderJpegBase64, 'base64'));
  return new TextEncoder().encode(`GREEN-API emulator placeholder content of ${fileName} (${mimeType})\n`);
}
