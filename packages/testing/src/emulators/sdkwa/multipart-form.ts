/**
 * One file part of a `multipart/form-data` body.
 *
 * @example
 * const file: MultipartFile = { fileName: 'a.png', contentType: 'image/png', bytes: new Uint8Array([1]) };
 */
export interface MultipartFile {
  /** The `filename` of the part's Content-Disposition (empty when absent). */
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/**
 * A parsed `multipart/form-data` body: text fields and file parts by field name (first occurrence wins).
 *
 * @example
 * const form: MultipartForm = { fields: new Map([['chatId', '1@c.us']]), files: new Map() };
 */
export interface MultipartForm {
  fields: Map<string, string>;
  files: Map<string, MultipartFile>;
}

const decoder = new TextDecoder();

function boundaryOf(contentType: string): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

function headerParameter(header: string, name: string): string | undefined {
  const match = new RegExp(`${name}="([^"]*)"|${name}=([^;\\s]+)`, 'i').exec(header);
  return match?.[1] ?? match?.[2];
}

/**
 * Whether a Content-Type header denotes `multipart/form-data`.
 *
 * @example
 * isMultipartForm('multipart/form-data; boundary=x'); // true
 */
export function isMultipartForm(contentType: string | undefined): boolean {
  return contentType?.toLowerCase().startsWith('multipart/form-data') === true;
}

/**
 * Parses a `multipart/form-data` body; returns `undefined` when the boundary is missing or the body is not
 * well-formed.
 *
 * @example
 * const form = parseMultipartForm(request.body, request.headers['content-type'] ?? '');
 * form?.fields.get('chatId');
 */
export function parseMultipartForm(body: Uint8Array, contentType: string): MultipartForm | undefined {
  const boundary = boundaryOf(contentType);
  if (boundary === undefined) return undefined;
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${boundary}`);
  const form: MultipartForm = { fields: new Map(), files: new Map() };
  let position = buffer.indexOf(delimiter);
  if (position < 0) return undefined;
  for (;;) {
    position += delimiter.length;
    if (buffer.subarray(position, position + 2).toString() === '--') return form;
    const headerStart = position + 2;
    const headerEnd = buffer.indexOf('\r\n\r\n', headerStart);
    if (headerEnd < 0) return undefined;
    const next = buffer.indexOf(delimiter, headerEnd + 4);
    if (next < 0) return undefined;
    const headers = buffer.subarray(headerStart, headerEnd).toString('utf8');
    const content = new Uint8Array(buffer.subarray(headerEnd + 4, Math.max(headerEnd + 4, next - 2)));
    addPart(form, headers, content);
    position = next;
  }
}

function addPart(form: MultipartForm, headers: string, content: Uint8Array): void {
  const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? '';
  const name = headerParameter(disposition, 'name');
  if (name === undefined) return;
  const fileName = headerParameter(disposition, 'filename');
  const partType = /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1]?.trim();
  if (fileName === undefined && partType === undefined) {
    if (!form.fields.has(name)) form.fields.set(name, decoder.decode(content));
    return;
  }
  if (!form.files.has(name)) {
    form.files.set(name, {
      fileName: fileName ?? '',
      contentType: partType ?? 'application/octet-stream',
      bytes: content,
    });
  }
}
