import { describe, expect, it } from 'vitest';
import {
  isMultipartForm,
  MultipartFormError,
  parseMultipartForm,
} from '../../../src/emulators/shared/index.js';

const encoder = new TextEncoder();
const contentType = 'multipart/form-data; boundary=b0';

/** A body from CRLF-joined lines. */
function body(...lines: string[]): Uint8Array {
  return encoder.encode(lines.join('\r\n'));
}

/** Serializes a FormData the way fetch does, with its content type. */
async function serialize(form: FormData): Promise<{ bytes: Uint8Array; contentType: string }> {
  const request = new Request('http://127.0.0.1/', { method: 'POST', body: form });
  return {
    bytes: new Uint8Array(await request.arrayBuffer()),
    contentType: request.headers.get('content-type') ?? '',
  };
}

describe('parseMultipartForm', () => {
  it('reads what the web-standard FormData serializer writes, binary bytes included', async () => {
    const fileBytes = Uint8Array.from([0, 13, 10, 45, 45, 255, 13, 10, 13, 10, 1]);
    const form = new FormData();
    form.append('chatId', '79001234567@c.us');
    form.append('caption', 'Привет\r\nмир');
    form.append('file', new Blob([fileBytes], { type: 'image/jpeg' }), 'фото 1.jpg');
    const serialized = await serialize(form);
    const parsed = parseMultipartForm(serialized.bytes, serialized.contentType);
    expect(parsed.field('chatId')).toBe('79001234567@c.us');
    expect(parsed.field('caption')).toBe('Привет\r\nмир');
    expect(parsed.file('file')).toEqual({
      name: 'file',
      fileName: 'фото 1.jpg',
      contentType: 'image/jpeg',
      data: fileBytes,
    });
    expect(parsed.field('file')).toBeUndefined();
    expect(parsed.file('chatId')).toBeUndefined();
    expect(parsed.parts.map((part) => part.name)).toEqual(['chatId', 'caption', 'file']);
  });

  it('counts text/plain parts without a file name as fields and other typed parts as files', () => {
    const parsed = parseMultipartForm(
      body(
        '--b0',
        'Content-Disposition: form-data; name="chatId"',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'first',
        '--b0',
        'Content-Disposition: form-data; name="chatId"',
        '',
        'second',
        '--b0',
        'Content-Disposition: form-data; name="file"',
        'Content-Type: application/octet-stream',
        '',
        'raw',
        '--b0',
        'Content-Disposition: form-data; name="notes"; filename="notes.txt"',
        'Content-Type: text/plain',
        '',
        'a text file',
        '--b0--',
        '',
      ),
      contentType,
    );
    expect(parsed.field('chatId')).toBe('first');
    expect(parsed.fields()).toEqual(new Map([['chatId', 'first']]));
    expect(parsed.file('file')).toMatchObject({
      fileName: undefined,
      contentType: 'application/octet-stream',
    });
    expect(new TextDecoder().decode(parsed.file('file')?.data)).toBe('raw');
    expect(parsed.file('notes')?.fileName).toBe('notes.txt');
    expect(parsed.field('notes')).toBeUndefined();
  });

  it('reads parameters in any order, unquoted, and prefers an RFC 5987 filename*', () => {
    const parsed = parseMultipartForm(
      body(
        '--b0',
        'content-disposition: form-data; filename="fallback.pdf"; NAME=doc; filename*=UTF-8\'\'%D0%BE%D1%82%D1%87%D1%91%D1%82.pdf',
        '',
        '%PDF',
        '--b0',
        'Content-Disposition: form-data; filename=plain.png; name="picture"',
        '',
        'png',
        '--b0--',
      ),
      'Multipart/Form-Data; charset=utf-8; boundary="b0"',
    );
    expect(parsed.file('doc')?.fileName).toBe('отчёт.pdf');
    expect(parsed.file('picture')?.fileName).toBe('plain.png');
  });

  it('skips a preamble, transport padding and an epilogue, and keeps empty values', () => {
    const parsed = parseMultipartForm(
      body(
        'preamble to ignore',
        '--b0  ',
        'Content-Disposition: form-data; name="empty"',
        '',
        '',
        '--b0',
        'Content-Disposition: form-data; name="quoted"; filename=""',
        '',
        '',
        '--b0--',
        'epilogue --b0 to ignore',
      ),
      contentType,
    );
    expect(parsed.field('empty')).toBe('');
    expect(parsed.file('quoted')).toMatchObject({ fileName: '', data: new Uint8Array() });
  });

  it('does not end a part at boundary text that is not at the start of a line', () => {
    const parsed = parseMultipartForm(
      body('--b0', 'Content-Disposition: form-data; name="text"', '', 'a --b0 b', '--b0--'),
      contentType,
    );
    expect(parsed.field('text')).toBe('a --b0 b');
  });

  it.each([
    ['a content type that is not multipart/form-data', 'application/json', body('--b0--')],
    ['a missing boundary parameter', 'multipart/form-data', body('--b0--')],
    ['a body without the boundary', contentType, encoder.encode('hello')],
    ['a body without a closing delimiter', contentType, encoder.encode('--b0\r\nnot a part')],
    [
      'a part without a name',
      contentType,
      body('--b0', 'Content-Disposition: form-data; filename="a"', '', 'x', '--b0--'),
    ],
    ['a part without a header block', contentType, body('--b0', 'x', '--b0--')],
    ['a boundary line with trailing text', contentType, body('--b0x', '', '--b0--')],
    [
      'a malformed filename*',
      contentType,
      body('--b0', "Content-Disposition: form-data; name=f; filename*=UTF-8''%E0%A4%A", '', 'x', '--b0--'),
    ],
  ])('throws MultipartFormError for %s', (_label, type, bytes) => {
    expect(() => parseMultipartForm(bytes, type)).toThrow(MultipartFormError);
  });
});

describe('isMultipartForm', () => {
  it('recognises multipart/form-data content types only', () => {
    expect(isMultipartForm('multipart/form-data; boundary=x')).toBe(true);
    expect(isMultipartForm('MULTIPART/FORM-DATA')).toBe(true);
    expect(isMultipartForm('multipart/form-datax')).toBe(false);
    expect(isMultipartForm('multipart/mixed; boundary=x')).toBe(false);
    expect(isMultipartForm(undefined)).toBe(false);
  });
});
