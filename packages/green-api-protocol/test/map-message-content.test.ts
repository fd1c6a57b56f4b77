import { describe, expect, it } from 'vitest';
import { mapFlatContent, mapMessageContent } from '../src/index.js';

const downloadUrl = 'https://api.sdkwa.pro/whatsapp/1101000001/downloadFile/EA0BD1AE042DC4F3609867126309D67C';

describe('mapMessageContent: files', () => {
  it('keeps a file over 100 MB ({{SWE002}}) as media without a URL: name, MIME type and caption', () => {
    const fileMessageData = {
      downloadUrl: '{{SWE002}}',
      fileName: 'backup.zip',
      caption: 'Full backup',
      mimeType: 'application/zip',
    };
    expect(mapMessageContent({ typeMessage: 'documentMessage', fileMessageData })).toEqual({
      content: {
        type: 'media',
        mediaType: 'document',
        file: { fileName: 'backup.zip', mimeType: 'application/zip', isDownloadable: false },
        caption: 'Full backup',
      },
    });
    expect(mapFlatContent('videoMessage', { ...fileMessageData, fileName: 'film.mp4' })).toMatchObject({
      type: 'media',
      mediaType: 'video',
      file: { fileName: 'film.mp4', isDownloadable: false },
    });
    expect(
      mapMessageContent({ typeMessage: 'imageMessage', fileMessageData: { downloadUrl: '{{SWE003}}' } }),
    ).toEqual({
      content: { type: 'unknown', providerType: 'imageMessage', text: '{{SWE003}}' },
    });
  });

  it('maps a fileMessage like a document: download URL, file name, caption and MIME type', () => {
    expect(
      mapMessageContent({
        typeMessage: 'fileMessage',
        fileMessageData: {
          downloadUrl,
          fileName: 'report.pdf',
          caption: 'the report',
          mimeType: 'application/pdf',
        },
      }),
    ).toEqual({
      content: {
        type: 'media',
        mediaType: 'document',
        caption: 'the report',
        file: { url: downloadUrl, fileName: 'report.pdf', mimeType: 'application/pdf' },
      },
    });
  });

  it('maps a fileMessage without caption or MIME type', () => {
    expect(
      mapMessageContent({ typeMessage: 'fileMessage', fileMessageData: { downloadUrl, fileName: 'a.zip' } }),
    ).toEqual({
      content: { type: 'media', mediaType: 'document', file: { url: downloadUrl, fileName: 'a.zip' } },
    });
  });

  it('maps a quoted fileMessage (flattened journal form) too', () => {
    expect(mapFlatContent('fileMessage', { downloadUrl, fileName: 'a.pdf', caption: 'c' })).toEqual({
      type: 'media',
      mediaType: 'document',
      caption: 'c',
      file: { url: downloadUrl, fileName: 'a.pdf' },
    });
  });

  it('keeps documentMessage as before and other unknown types unknown', () => {
    expect(
      mapMessageContent({
        typeMessage: 'documentMessage',
        fileMessageData: { downloadUrl, fileName: 'a.pdf' },
      }).content,
    ).toEqual({ type: 'media', mediaType: 'document', file: { url: downloadUrl, fileName: 'a.pdf' } });
    expect(
      mapMessageContent({ typeMessage: 'someNewMessage', fileMessageData: { caption: 'hi' } }).content,
    ).toEqual({ type: 'unknown', providerType: 'someNewMessage', text: 'hi' });
  });
});
