import type { GrayImage } from './decode-png.js';

const smallestQrModules = 21;
const largestQrModules = 177;

/**
 * Recovers the module grid of a QR code image (`true` = dark module): finds the dark area, measures
 * the module size from the top-left finder pattern (7 modules wide) and samples each module's
 * centre. Returns `undefined` when the image does not look like a QR code (too small, blank).
 *
 * @example
 * ```ts
 * const modules = qrModulesFromImage(decodePng(pngBytes));
 * if (modules) console.log(renderModuleMatrix(modules));
 * ```
 */
export function qrModulesFromImage(image: GrayImage): boolean[][] | undefined {
  const { width, height, pixels } = image;
  const isDark = (x: number, y: number) => (pixels[y * width + x] ?? 255) < 128;
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (!isDark(x, y)) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  if (right < 0) return undefined;
  let finderRun = 0;
  while (left + finderRun <= right && isDark(left + finderRun, top)) finderRun += 1;
  const moduleSize = finderRun / 7;
  if (moduleSize < 1) return undefined;
  const count = Math.round((right - left + 1) / moduleSize);
  const rows = Math.round((bottom - top + 1) / moduleSize);
  if (count < smallestQrModules || count > largestQrModules || Math.abs(rows - count) > 1) return undefined;
  return Array.from({ length: count }, (_, row) =>
    Array.from({ length: count }, (_, column) =>
      isDark(
        Math.min(width - 1, Math.floor(left + (column + 0.5) * moduleSize)),
        Math.min(height - 1, Math.floor(top + (row + 0.5) * moduleSize)),
      ),
    ),
  );
}
