import jsqr from 'jsqr';
import { PNG } from 'pngjs';

/**
 * What a provider's QR image holds: the payload of the QR code in it, or why none could be read.
 *
 * @example
 * ```ts
 * const read: QrImageReading = { payload: '2@abc…', width: 264, height: 264 };
 * ```
 */
export type QrImageReading =
  | { payload: string; width: number; height: number }
  | { payload: undefined; reason: string };

/**
 * Reads the QR code in a PNG image as a phone camera would: pngjs decodes the pixels, jsQR finds and
 * decodes the code.
 *
 * @example
 * ```ts
 * const reading = readQrImage(Buffer.from(qr.imageBase64, 'base64'));
 * if (reading.payload !== undefined) console.log(reading.payload);
 * ```
 */
export function readQrImage(bytes: Uint8Array): QrImageReading {
  let image: PNG;
  try {
    image = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    return { payload: undefined, reason: `not a readable PNG image: ${(error as Error).message}` };
  }
  // jsQR is CommonJS: its function is the module's `default` export under NodeNext.
  const code = jsqr.default(new Uint8ClampedArray(image.data), image.width, image.height);
  if (code === null || code.data === '') {
    return { payload: undefined, reason: `the image (${image.width}×${image.height} px) holds no QR code` };
  }
  return { payload: code.data, width: image.width, height: image.height };
}
