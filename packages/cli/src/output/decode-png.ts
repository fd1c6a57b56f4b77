import { inflateSync } from 'node:zlib';

/**
 * A decoded image as one lightness value (0 black … 255 white) per pixel, row by row. Transparent
 * pixels count as white.
 *
 * @example
 * ```ts
 * const image: GrayImage = { width: 2, height: 1, pixels: Uint8Array.from([0, 255]) };
 * ```
 */
export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const channelsByColorType: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  palette: Uint8Array;
  data: Uint8Array;
}

function readChunks(bytes: Uint8Array): PngHeader {
  if (bytes.length < 8 || signature.some((value, index) => bytes[index] !== value)) {
    throw new Error('not a PNG image');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header: PngHeader = {
    width: 0,
    height: 0,
    bitDepth: 0,
    colorType: 0,
    palette: new Uint8Array(),
    data: new Uint8Array(),
  };
  const parts: Uint8Array[] = [];
  for (let offset = 8; offset + 8 <= bytes.length; ) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      header.width = view.getUint32(offset + 8);
      header.height = view.getUint32(offset + 12);
      header.bitDepth = body[8] ?? 0;
      header.colorType = body[9] ?? 0;
      if ((body[12] ?? 0) !== 0) throw new Error('interlaced PNG images are not supported');
    } else if (type === 'PLTE') header.palette = body;
    else if (type === 'IDAT') parts.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  header.data = inflateSync(Buffer.concat(parts));
  return header;
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/** Reverses the per-row filters in place and returns the raw rows without their filter bytes. */
function unfilter(data: Uint8Array, rowBytes: number, height: number, pixelBytes: number): Uint8Array {
  const rows = new Uint8Array(rowBytes * height);
  for (let row = 0; row < height; row += 1) {
    const filter = data[row * (rowBytes + 1)] ?? 0;
    const source = data.subarray(row * (rowBytes + 1) + 1, (row + 1) * (rowBytes + 1));
    const target = rows.subarray(row * rowBytes, (row + 1) * rowBytes);
    const previous =
      row === 0 ? new Uint8Array(rowBytes) : rows.subarray((row - 1) * rowBytes, row * rowBytes);
    for (let index = 0; index < rowBytes; index += 1) {
      const left = index >= pixelBytes ? (target[index - pixelBytes] ?? 0) : 0;
      const up = previous[index] ?? 0;
      const upLeft = index >= pixelBytes ? (previous[index - pixelBytes] ?? 0) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter] ?? 0;
      target[index] = ((source[index] ?? 0) + predictor) & 0xff;
    }
  }
  return rows;
}

/**
 * Decodes a non-interlaced PNG (grayscale, RGB, palette, with or without alpha; 1–16 bits) into
 * lightness values, enough to redraw a QR code image in a terminal. Throws for other images.
 *
 * @example
 * ```ts
 * const image = decodePng(Buffer.from(qr.imageBase64, 'base64'));
 * console.log(image.width, image.height);
 * ```
 */
export function decodePng(bytes: Uint8Array): GrayImage {
  const { width, height, bitDepth, colorType, palette, data } = readChunks(bytes);
  const channels = channelsByColorType[colorType];
  if (channels === undefined || width === 0 || height === 0) throw new Error('unsupported PNG image');
  const bitsPerPixel = channels * bitDepth;
  const rowBytes = Math.ceil((width * bitsPerPixel) / 8);
  const rows = unfilter(data, rowBytes, height, Math.max(1, bitsPerPixel >> 3));
  const pixels = new Uint8Array(width * height);
  const sample = (row: number, index: number): number => {
    const base = row * rowBytes;
    if (bitDepth === 16) return rows[base + index * 2] ?? 0;
    if (bitDepth === 8) return rows[base + index] ?? 0;
    const bit = index * bitDepth;
    const value = ((rows[base + (bit >> 3)] ?? 0) >> (8 - bitDepth - (bit & 7))) & ((1 << bitDepth) - 1);
    return colorType === 3 ? value : Math.round((value * 255) / ((1 << bitDepth) - 1));
  };
  for (let row = 0; row < height; row += 1) {
    for (let column = 0; column < width; column += 1) {
      const values = Array.from({ length: channels }, (_, channel) =>
        sample(row, column * channels + channel),
      );
      let [red, green, blue] = channels >= 3 ? values : [values[0], values[0], values[0]];
      if (colorType === 3) {
        const entry = (values[0] ?? 0) * 3;
        [red, green, blue] = [palette[entry], palette[entry + 1], palette[entry + 2]];
      }
      const alpha = colorType === 4 || colorType === 6 ? (values[channels - 1] ?? 255) : 255;
      const lightness = 0.299 * (red ?? 0) + 0.587 * (green ?? 0) + 0.114 * (blue ?? 0);
      pixels[row * width + column] = Math.round((lightness * alpha + 255 * (255 - alpha)) / 255);
    }
  }
  return { width, height, pixels };
}
