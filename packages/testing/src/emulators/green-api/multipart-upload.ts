import { type EmulatorRequest, type MultipartPart, parseMultipartForm } from '../shared/index.js';

/** A parsed upload request: its text fields and its `file` part. */
export interface MultipartUpload {
  field(name: string): string | undefined;
  file: MultipartPart | undefined;
}

/** Parses a multipart upload; throws `MultipartFormError` on a malformed body. */
export function readMultipartUpload(request: EmulatorRequest): MultipartUpload {
  const form = parseMultipartForm(request.body, request.headers['content-type'] ?? '');
  return { field: (name) => form.field(name), file: form.file('file') };
}

/** Like {@link readMultipartUpload} but `undefined` for a malformed body. */
export function tryReadMultipartUpload(request: EmulatorRequest): MultipartUpload | undefined {
  try {
    return readMultipartUpload(request);
  } catch {
    return undefined;
  }
}
