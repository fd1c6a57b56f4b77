/** A file to upload: bytes or a `Blob`, with a name (extension included) and a MIME type. */
export interface MultipartFile {
  /** The file's bytes. */
  data: Uint8Array | Blob;
  /** Name given to the multipart part; `file` when absent. */
  fileName?: string | undefined;
  /** Content type of the part; `application/octet-stream` for bytes when absent. */
  mimeType?: string | undefined;
}

/**
 * Builds the multipart body of the GREEN-API-family upload methods (`sendFileByUpload`,
 * `uploadFile`, `setGroupPicture`, `setProfilePicture`): the file under `file` (with its name and
 * MIME type) and the other fields as text (objects as JSON); `undefined` and `null` fields are left out.
 */
export function multipartForm(file: MultipartFile, fields: Record<string, unknown>): FormData {
  const form = new FormData();
  form.append('file', toBlob(file.data, file.mimeType), file.fileName ?? 'file');
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    form.append(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  return form;
}

/**
 * Wraps bytes in a `Blob` with a MIME type (`application/octet-stream` when none is given); a `Blob`
 * keeps its own type unless another one is given.
 */
export function toBlob(data: Uint8Array | Blob, mimeType?: string | undefined): Blob {
  if (data instanceof Uint8Array) {
    return new Blob([new Uint8Array(data)], { type: mimeType ?? 'application/octet-stream' });
  }
  return mimeType === undefined || data.type === mimeType ? data : new Blob([data], { type: mimeType });
}
