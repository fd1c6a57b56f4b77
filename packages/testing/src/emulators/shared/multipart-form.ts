/**
 * One part of a `multipart/form-data` body.
 *
 * @example
 * const part: MultipartPart = { name: 'chatId', fileName: undefined, contentType: undefined, data: bytes };
 */
export interface MultipartPart {
  /** The `name` of its `Content-Disposition`. */
  name: string;
  /** The `filename*` (RFC 5987, decoded) or `filename` parameter of the Content-Disposition, if any. */
  fileName: string | undefined;
  /** The part's own Content-Type header, if any. */
  contentType: string | undefined;
  /** The part's raw bytes. */
  data: Uint8Array;
}

/**
 * Thrown by {@link parseMultipartForm} when a body is not well-formed `multipart/form-data`.
 *
 * @example
 * if (error instanceof MultipartFormError) return textResponse(500, error.message);
 */
export class MultipartFormError extends Error {
  /**
   * @example
   * throw new MultipartFormError('boundary not found');
   */
  constructor(message: string) {
    super(message);
    this.name = 'MultipartFormError';
  }
}

const decoder = new TextDecoder();

/**
 * Whether a part is a file: it has a file name, or a Content-Type other than `text/plain` (an SDK appending raw
 * bytes without a name sends `application/octet-stream`); every other part is a text field.
 */
function isFilePart(part: MultipartPart): boolean {
  if (part.fileName !== undefined) return true;
  return part.contentType !== undefined && !/^text\/plain\s*(;|$)/i.test(part.contentType);
}

/**
 * A parsed `multipart/form-data` body. Lookups by name take the first matching part.
 *
 * @example
 * const form = parseMultipartForm(request.body, request.headers['content-type'] ?? '');
 * form.field('chatId');
 * form.file('file')?.data;
 */
export class MultipartForm {
  /** Every part, in body order. */
  readonly parts: readonly MultipartPart[];

  /**
   * @example
   * new MultipartForm([{ name: 'chatId', fileName: undefined, contentType: undefined, data: bytes }]);
   */
  constructor(parts: readonly MultipartPart[]) {
    this.parts = parts;
  }

  /**
   * The UTF-8 text of the first text field with this name.
   *
   * @example
   * form.field('caption'); // 'Look'
   */
  field(name: string): string | undefined {
    const part = this.parts.find((candidate) => candidate.name === name && !isFilePart(candidate));
    return part === undefined ? undefined : decoder.decode(part.data);
  }

  /**
   * The first file part with this name.
   *
   * @example
   * form.file('file')?.fileName; // 'photo.jpg'
   */
  file(name: string): MultipartPart | undefined {
    return this.parts.find((candidate) => candidate.name === name && isFilePart(candidate));
  }

  /**
   * Every text field by name (first occurrence wins).
   *
   * @example
   * Object.fromEntries(form.fields());
   */
  fields(): Map<string, string> {
    const fields = new Map<string, string>();
    for (const part of this.parts) {
      if (!isFilePart(part) && !fields.has(part.name)) fields.set(part.name, decoder.decode(part.data));
    }
    return fields;
  }
}

/**
 * Whether a Content-Type header denotes `multipart/form-data`.
 *
 * @example
 * isMultipartForm('multipart/form-data; boundary=x'); // true
 */
export function isMultipartForm(contentType: string | undefined): boolean {
  return /^\s*multipart\/form-data\s*(;|$)/i.test(contentType ?? '');
}

function boundaryOf(contentType: string): string {
  const boundary = headerParameters(contentType).get('boundary');
  if (!isMultipartForm(contentType) || boundary === undefined || boundary === '') {
    throw new MultipartFormError('Content-Type is not multipart/form-data with a boundary');
  }
  return boundary;
}

/** The `; key=value` parameters of a header value, keys lower-cased, quotes removed (first occurrence wins). */
function headerParameters(value: string): Map<string, string> {
  const parameters = new Map<string, string>();
  for (const match of value.matchAll(/;\s*([^\s=;]+)\s*=\s*(?:"([^"]*)"|([^;]*))/g)) {
    const key = match[1]?.toLowerCase() ?? '';
    if (!parameters.has(key)) parameters.set(key, match[2] ?? match[3]?.trim() ?? '');
  }
  return parameters;
}

function decodeExtendedValue(value: string): string {
  try {
    return decodeURIComponent(value.replace(/^[\w-]*'[\w-]*'/, ''));
  } catch {
    throw new MultipartFormError(`malformed filename*: ${value}`);
  }
}

function toPart(headerBlock: string, data: Uint8Array): MultipartPart {
  const headers = new Map<string, string>();
  for (const line of headerBlock.split('\r\n')) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    if (colon > 0 && !headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  const disposition = headerParameters(headers.get('content-disposition') ?? '');
  const name = disposition.get('name');
  if (name === undefined) throw new MultipartFormError('part without a Content-Disposition name');
  const extended = disposition.get('filename*');
  const fileName = extended === undefined ? disposition.get('filename') : decodeExtendedValue(extended);
  return { name, fileName, contentType: headers.get('content-type'), data };
}

/**
 * Parses a `multipart/form-data` body (RFC 7578); throws {@link MultipartFormError} when the Content-Type has no
 * boundary or the body is not well-formed (no opening delimiter, a part without headers or name, no closing
 * delimiter).
 *
 * @example
 * const form = parseMultipartForm(request.body, request.headers['content-type'] ?? '');
 * form.field('chatId');
 */
export function parseMultipartForm(body: Uint8Array, contentType: string): MultipartForm {
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const dashBoundary = `--${boundaryOf(contentType)}`;
  const delimiter = `\r\n${dashBoundary}`;
  let position = buffer.subarray(0, dashBoundary.length).toString('latin1') === dashBoundary ? 0 : -1;
  if (position < 0) {
    const found = buffer.indexOf(delimiter);
    if (found < 0) throw new MultipartFormError('boundary not found');
    position = found + 2;
  }
  const parts: MultipartPart[] = [];
  for (;;) {
    position += dashBoundary.length;
    if (buffer.subarray(position, position + 2).toString('latin1') === '--') return new MultipartForm(parts);
    while (buffer[position] === 0x20 || buffer[position] === 0x09) position += 1;
    if (buffer.subarray(position, position + 2).toString('latin1') !== '\r\n') {
      throw new MultipartFormError('malformed boundary line');
    }
    const headerStart = position + 2;
    const next = buffer.indexOf(delimiter, headerStart);
    if (next < 0) throw new MultipartFormError('truncated multipart body');
    const headerEnd = buffer.indexOf('\r\n\r\n', headerStart);
    if (headerEnd < 0 || headerEnd > next) throw new MultipartFormError('part without a header block');
    const headerBlock = buffer.subarray(headerStart, headerEnd).toString('utf8');
    parts.push(toPart(headerBlock, new Uint8Array(buffer.subarray(Math.min(headerEnd + 4, next), next))));
    position = next + 2;
  }
}
