import type { QrCode } from '@switchboard/core';
import { encode } from 'uqr';
import { decodePng } from './decode-png.js';
import { qrModulesFromImage } from './qr-modules-from-image.js';
import { renderModuleMatrix } from './render-module-matrix.js';

/**
 * A QR code made ready for the terminal: the drawing (when one could be made) and a note for the
 * user (the link to open, or why the image cannot be drawn).
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
  /** What the user gets: the code drawn, only a link to a page showing it, or nothing usable. */
  shown: 'drawing' | 'link' | 'nothing';
}

/**
 * Turns a `session.getQrCode()` answer into text: the encoded `value` is drawn with uqr; a PNG
 * image (GREEN-API, SDKWA) is decoded and redrawn module by module; a `link` alone (a web page
 * showing the code) is printed for the user to open.
 *
 * @example
 * ```ts
 * const rendered = renderQrCode({ status: 'pending', value: '2@abc…' });
 * process.stdout.write(`${rendered.drawing}\n`);
 * ```
 */
export function renderQrCode(qr: QrCode): RenderedQrCode {
  if (qr.status === 'authorized') return { drawing: undefined, note: 'already authorized', shown: 'nothing' };
  const link = qr.link === undefined ? undefined : `or open ${qr.link}`;
  if (qr.value !== undefined && qr.value !== '') {
    return {
      drawing: renderModuleMatrix(encode(qr.value, { border: 0 }).data),
      note: link,
      shown: 'drawing',
    };
  }
  if (qr.imageBase64 !== undefined && qr.imageBase64 !== '') {
    try {
      const image = decodePng(new Uint8Array(Buffer.from(qr.imageBase64, 'base64')));
      const modules = qrModulesFromImage(image);
      if (modules !== undefined)
        return { drawing: renderModuleMatrix(modules), note: link, shown: 'drawing' };
      return {
        drawing: undefined,
        note: `the provider's QR image (${image.width}×${image.height} px) holds no drawable code${link ? `; ${link}` : ''}`,
        shown: link === undefined ? 'nothing' : 'link',
      };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        drawing: undefined,
        note: `the provider's QR image cannot be drawn (${reason})${link ? `; ${link}` : ''}`,
        shown: link === undefined ? 'nothing' : 'link',
      };
    }
  }
  if (qr.link === undefined)
    return { drawing: undefined, note: 'the provider gave no QR code', shown: 'nothing' };
  return { drawing: undefined, note: `open ${qr.link} to see the QR code`, shown: 'link' };
}
