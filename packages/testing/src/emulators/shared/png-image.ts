import { crc32, deflateSync } from 'node:zlib';

const signature = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typeAndData) >>> 0);
  return Buffer.concat([length, typeAndData, checksum]);
}

/**
 * Encodes an 8-bit grayscale image (one byte per pixel, row by row) as a PNG file.
 *
 * @example
 * const png = encodeGrayscalePng(2, 1, Uint8Array.from([0, 255]));
 */
export function encodeGrayscalePng(width: number, height: number, pixels: Uint8Array): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 0;
  const rows = Buffer.alloc((width + 1) * height);
  for (let row = 0; row < height; row += 1) {
    rows[row * (width + 1)] = 0;
    rows.set(pixels.subarray(row * width, (row + 1) * width), row * (width + 1) + 1);
  }
  return new Uint8Array(
    Buffer.concat([
      signature,
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(rows)),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

/**
 * A QR-looking PNG (random modules derived from `content`, with the three finder squares), 4 px per module.
 * It is a real, decodable PNG image, not a scannable QR code.
 *
 * @example
 * const base64 = Buffer.from(qrLikePng('login-token')).toString('base64');
 */
export function qrLikePng(content: string, modules = 29, scale = 4): Uint8Array {
  let hash = 2166136261;
  for (const character of content) hash = Math.imul(hash ^ (character.codePointAt(0) ?? 0), 16777619) >>> 0;
  const isFinder = (row: number, column: number): boolean | undefined => {
    for (const [top, left] of [
      [0, 0],
      [0, modules - 7],
      [modules - 7, 0],
    ] as const) {
      const y = row - top;
      const x = column - left;
      if (y < 0 || y > 6 || x < 0 || x > 6) continue;
      const ring = Math.min(y, x, 6 - y, 6 - x);
      return ring !== 1;
    }
    return undefined;
  };
  const size = modules * scale;
  const pixels = new Uint8Array(size * size).fill(255);
  for (let row = 0; row < modules; row += 1) {
    for (let column = 0; column < modules; column += 1) {
      hash = Math.imul(hash ^ (row * modules + column), 2654435761) >>> 0;
      const dark = isFinder(row, column) ?? (hash >>> 16) % 2 === 0;
      if (!dark) continue;
      for (let y = 0; y < scale; y += 1) {
        pixels.fill(
          0,
          (row * scale + y) * size + column * scale,
          (row * scale + y) * size + (column + 1) * scale,
        );
      }
    }
  }
  return encodeGrayscalePng(size, size, pixels);
}
