/**
 * One part of a `multipart/form-data` body.
 *
 * @example
 * const file = parts.find((part) => part.name === 'file');
 */
export interface MultipartPart {
  name: string;
  fileName: string | undefined;
  contentType: string | undefined;
  data: Uint8Array;
}

/**
 * Thrown when a multipart body cannot be parsed (GREEN-API answers 500 then).
 *
 * @example
 * if (error instanceof MultipartFormError) return gatewayResponse(500);
 */
export class MultipartFormError extends Error {
  /**
   * @example
   * throw new MultipartFormError('no boundary');
   */
  constructor(message: string) {
    super(message);
    this.name = 'MultipartFormError';
  }
}

function boundaryOf(contentType: string): string {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (!/^multipart\/form-data/i.test(contentType) || boundary === undefined) {
    throw new MultipartFormError('Content-Type is not multipart/form-data with a boundary');
  }
  return boundary;
}

function parseDisposition(headerBlock: string): { name: string; fileName: string | undefined } {
  const disposition = /content-disposition:([^\r\n]*)/i.exec(headerBlock)?.[1] ?? '';
  const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
  if (name === undefined) throw new MultipartFormError('part without a name');
  const extended = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition)?.[1];
  const plain = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
  return { name, fileName: extended === undefined ? plain : decodeURIComponent(extended.trim()) };
}

/**
 * Parses a `multipart/form-data` body.
 *
 * @example
 * const parts = parseMultipartForm(request.body, request.headers['content-type'] ?? '');
 */
export function parseMultipartForm(body: Uint8Array, contentType: string): MultipartPart[] {
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${boundaryOf(contentType)}`);
  const parts: MultipartPart[] = [];
  let position = buffer.indexOf(delimiter);
  if (position < 0) throw new MultipartFormError('boundary not found');
  for (;;) {
    position += delimiter.length;
    if (buffer.subarray(position, position + 2).toString() === '--') return parts;
    const headerStart = buffer.indexOf('\r\n', position) + 2;
    const headerEnd = buffer.indexOf('\r\n\r\n', headerStart);
    const next = buffer.indexOf(delimiter, headerEnd);
    if (headerStart < 2 || headerEnd < 0 || next < 0)
      throw new MultipartFormError('truncated multipart body');
    const headerBlock = buffer.subarray(headerStart, headerEnd).toString('utf8');
    const { name, fileName } = parseDisposition(headerBlock);
    const contentTypeHeader = /content-type:\s*([^\r\n]*)/i.exec(headerBlock)?.[1]?.trim();
    const dataEnd = buffer[next - 2] === 0x0d && buffer[next - 1] === 0x0a ? next - 2 : next;
    parts.push({
      name,
      fileName,
      contentType: contentTypeHeader,
      data: new Uint8Array(buffer.subarray(headerEnd + 4, dataEnd)),
    });
    position = next;
  }
}

/**
 * Text value of a form field, or `undefined`.
 *
 * @example
 * const chatId = formField(parts, 'chatId');
 */
export function formField(parts: readonly MultipartPart[], name: string): string | undefined {
  const part = parts.find((candidate) => candidate.name === name && candidate.fileName === undefined);
  return part === undefined ? undefined : new TextDecoder().decode(part.data);
}
