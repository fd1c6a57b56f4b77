import { type EmulatorRequest, type MultipartPart, parseMultipartForm } from '../shared/index.js';

/**
 * A parsed upload request: its text fields and its `file` part.
 *
 * @example
 * const upload = readMultipartUpload(request);
 * upload.field('chatId');
 */
export interface MultipartUpload {
  field(name: string): string | undefined;
  file: MultipartPart | undefined;
}

/**
 * Parses a multipart upload; throws `MultipartFormError` on a malformed body.
 *
 * @example
 * const { file } = readMultipartUpload(request);
 */
export function readMultipartUpload(request: EmulatorRequest): MultipartUpload {
  const form = parseMultipartForm(request.body, request.headers['content-type'] ?? '');
  return { field: (name) => form.field(name), file: form.file('file') };
}

/**
 * Like {@link readMultipartUpload} but `undefined` for a malformed body.
 *
 * @example
 * const upload = tryReadMultipartUpload(request);
 */
export function tryReadMultipartUpload(request: EmulatorRequest): MultipartUpload | undefined {
  try {
    return readMultipartUpload(request);
  } catch {
    return undefined;
  }
}
