import { describe, expect, it } from 'vitest';
import { MimeTypeTable } from '../../../src/emulators/shared/index.js';

describe('MimeTypeTable', () => {
  const table = new MimeTypeTable();

  it('maps file names to MIME types and back, case-insensitively', () => {
    expect(table.mimeTypeOf('Photo.JPG')).toBe('image/jpeg');
    expect(table.mimeTypeOf('report.docx')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(table.mimeTypeOf('archive.tar.unknown')).toBe('application/octet-stream');
    expect(table.mimeTypeOf('no-extension')).toBe('application/octet-stream');
    expect(table.extensionOf('a.tar.GZ')).toBe('gz');
    expect(table.extensionOf('README')).toBeUndefined();
    expect(table.extensionFor('image/jpeg')).toBe('jpg');
    expect(table.extensionFor('Audio/Ogg; codecs=opus')).toBe('ogg');
    expect(table.extensionFor('application/x-unknown')).toBe('bin');
  });

  it('decides the media kind by MIME type, from the file name unless given', () => {
    expect(table.mediaKindOf('clip.MOV')).toBe('video');
    expect(table.mediaKindOf('voice.amr')).toBe('audio');
    expect(table.mediaKindOf('sticker.webp')).toBe('image');
    expect(table.mediaKindOf('invoice.pdf')).toBe('document');
    expect(table.mediaKindOf('file', 'image/png')).toBe('image');
  });

  it('applies per-provider overrides without losing the reverse lookup', () => {
    const opus = new MimeTypeTable({ ogg: 'audio/ogg; codecs=opus' });
    expect(opus.mimeTypeOf('voice.ogg')).toBe('audio/ogg; codecs=opus');
    expect(opus.extensionFor('audio/ogg')).toBe('ogg');
    expect(table.mimeTypeOf('voice.ogg')).toBe('audio/ogg');
  });
});
