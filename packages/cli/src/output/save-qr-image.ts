import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Saves a provider's QR image that cannot be drawn to a new temporary folder and returns the file's
 * path, for the user to open (the fallback of `renderQrCode`).
 *
 * @example
 * ```ts
 * renderQrCode(qr, { saveImage: saveQrImage });
 * ```
 */
export function saveQrImage(png: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'switchboard-qr-')), 'qr.png');
  writeFileSync(path, png);
  return path;
}
