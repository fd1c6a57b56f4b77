// Where the bytes of the core + GREEN-API messenger bundle go: each part is replaced by a stub in turn
// and the gzip bytes the bundle loses are printed (bench/README.md, "Why core + GREEN-API stays above 20 KB").
//   node bench/size-attribution.mjs

import { formatKilobytes, printTable } from './lib/format.mjs';
import { attributeGreenApiBundle } from './lib/size-attribution.mjs';

const { wholeGzipBytes, parts } = await attributeGreenApiBundle();
printTable(
  `Size attribution: core + green-api createGreenApiMessenger, ${formatKilobytes(wholeGzipBytes)} min+gzip (from the sources)`,
  ['part replaced by a stub', 'gzip bytes saved', 'share'],
  parts.map((part) => [
    part.name,
    formatKilobytes(part.savedGzipBytes),
    `${((part.savedGzipBytes / wholeGzipBytes) * 100).toFixed(1)}%`,
  ]),
  ['parts overlap where they share code, so the shares do not add up to 100%'],
);
