import type { QrCode } from '@switchboard/core';
import { renderUnicodeCompact } from 'uqr';
import { readQrImage } from './read-qr-image.js';

/**
 * A QR code made ready for the terminal: the drawing (when one could be made), a note for the user
 * (the link to open, the file holding the image, or why nothing can be shown) and the code's payload.
 *
 * @example
 * ```ts
 * const { drawing, note } = renderQrCode(await messenger.session.getQrCode());
 * ```
 */
export interface RenderedQrCode {
  /** The code drawn with block characters, or `undefined`. */
  drawing: string | undefined;
  /** A line to show with (or instead of) the drawing. */
  note: string | undefined;
  /** What the user gets: the code drawn, a link or file to open, or nothing usable. */
  shown: 'drawing' | 'link' | 'file' | 'nothing';
  /** The text the QR code encodes, when known (it tells whether the code changed). */
  payload: string | undefined;
}

/**
 * How {@link renderQrCode} may fall back when an image cannot be drawn: `saveImage` stores the
 * provider's PNG and returns where (a file path the user can open).
 *
 * @example
 * ```ts
 * const options: RenderQrCodeOptions = { saveImage: (png) => writeTemporaryFile('qr.png', png) };
 * ```
 */
export interface RenderQrCodeOptions {
  /** Stores a PNG that cannot be drawn and returns the path of the file holding it. */
  saveImage?: (png: Uint8Array) => string;
}

/** Draws a payload with uqr: two module rows per line, light modules as blocks (for dark terminals). */
function draw(payload: string): string {
  return renderUnicodeCompact(payload, { border: 2 });
}

/**
 * Turns a `session.getQrCode()` answer into text: an encoded `value` is drawn with uqr; a PNG image
 * (GREEN-API, SDKWA) is read with pngjs and jsQR and its payload drawn the same way; when the image
 * holds no readable code, the provider's link is offered, else the image saved by `saveImage`.
 *
 * @example
 * ```ts
 * const rendered = renderQrCode({ status: 'pending', value: '2@abc…' });
 * process.stdout.write(`${rendered.drawing}\n`);
 * ```
 */
export function renderQrCode(qr: QrCode, options: RenderQrCodeOptions = {}): RenderedQrCode {
  if (qr.status === 'authorized') {
    return { drawing: undefined, note: 'already authorized', shown: 'nothing', payload: undefined };
  }
  const alsoLink = qr.link === undefined ? undefined : `or open ${qr.link}`;
  if (qr.value !== undefined && qr.value !== '') {
    return { drawing: draw(qr.value), note: alsoLink, shown: 'drawing', payload: qr.value };
  }
  if (qr.imageBase64 !== undefined && qr.imageBase64 !== '') {
    const png = new Uint8Array(Buffer.from(qr.imageBase64, 'base64'));
    const reading = readQrImage(png);
    if (reading.payload !== undefined) {
      return { drawing: draw(reading.payload), note: alsoLink, shown: 'drawing', payload: reading.payload };
    }
    const problem = `the provider's QR image cannot be drawn (${reading.reason})`;
    if (qr.link !== undefined) {
      return { drawing: undefined, note: `${problem}; open ${qr.link}`, shown: 'link', payload: undefined };
    }
    const file = options.saveImage?.(png);
    if (file !== undefined) {
      return { drawing: undefined, note: `${problem}; open ${file}`, shown: 'file', payload: undefined };
    }
    return { drawing: undefined, note: problem, shown: 'nothing', payload: undefined };
  }
  if (qr.link === undefined) {
    return { drawing: undefined, note: 'the provider gave no QR code', shown: 'nothing', payload: undefined };
  }
  return {
    drawing: undefined,
    note: `open ${qr.link} to see the QR code`,
    shown: 'link',
    payload: undefined,
  };
}
