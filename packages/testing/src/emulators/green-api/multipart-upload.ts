import type { EmulatorRequest } from '../shared/index.js';
import { formField, type MultipartPart, parseMultipartForm } from './multipart-form.js';

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
  const parts = parseMultipartForm(request.body, request.headers['content-type'] ?? '');
  return {
    field: (name) => formField(parts, name),
    file: parts.find((part) => part.name === 'file' && part.fileName !== undefined),
  };
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
