import { PNG } from 'pngjs';
import { encode } from 'uqr';

/**
 * A scannable QR code of `payload` as a grayscale PNG: encoded by uqr (with the standard 4-module quiet zone),
 * written by pngjs, `scale` pixels per module. What the emulators hand out as QR images, avatars and sample images.
 *
 * @example
 * const base64 = Buffer.from(qrCodePng('2@login-token')).toString('base64');
 */
export function qrCodePng(payload: string, scale = 4): Uint8Array {
  const { data, size } = encode(payload, { border: 4 });
  const width = size * scale;
  const image = new PNG({ width, height: width });
  for (let y = 0; y < width; y += 1) {
    const row = data[Math.floor(y / scale)] ?? [];
    for (let x = 0; x < width; x += 1) {
      const shade = row[Math.floor(x / scale)] === true ? 0 : 255;
      image.data.fill(shade, (y * width + x) * 4, (y * width + x) * 4 + 3);
      image.data[(y * width + x) * 4 + 3] = 255;
    }
  }
  return new Uint8Array(PNG.sync.write(image, { colorType: 0 }));
}
