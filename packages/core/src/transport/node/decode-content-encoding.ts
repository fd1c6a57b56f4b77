import { pipeline, type Readable, type Transform } from 'node:stream';
import { constants, createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/** Lenient like fetch: a gzip stream cut short still yields what arrived. */
const lenientFlush = { flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH };

const decoders: Readonly<Record<string, () => Transform>> = {
  gzip: () => createGunzip(lenientFlush),
  'x-gzip': () => createGunzip(lenientFlush),
  deflate: () => createInflate(lenientFlush),
  br: () => createBrotliDecompress(),
};

/**
 * Undoes the `Content-Encoding` of a response body (gzip, deflate, br, applied in the listed order),
 * as `fetch` does. Bodies with no encoding, `identity` or an unknown one are returned untouched.
 *
 * @example
 * ```ts
 * const decoded = decodeContentEncoding(response.body, response.headers['content-encoding']);
 * ```
 */
export function decodeContentEncoding(body: Readable, contentEncoding: string | null): Readable {
  if (contentEncoding === null || contentEncoding === '') return body;
  const codings = contentEncoding
    .toLowerCase()
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding !== '' && coding !== 'identity')
    .reverse();
  if (codings.length === 0 || !codings.every((coding) => coding in decoders)) return body;
  return codings.reduce<Readable>(
    (source, coding) => pipeline(source, (decoders[coding] as () => Transform)(), () => undefined),
    body,
  );
}
