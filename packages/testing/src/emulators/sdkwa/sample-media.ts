import { qrCodePng } from '../shared/qr-code-png.js';
import type { SdkwaMediaKind } from './sdkwa-message-content.js';

const encoder = new TextEncoder();

/**
 * A small file of the right kind (real PNG for images; files starting with the right magic bytes otherwise),
 * used when an injected media message comes without bytes.
 */
export function sampleMedia(kind: SdkwaMediaKind): { fileName: string; mimeType: string; bytes: Uint8Array } {
  switch (kind) {
    case 'image':
      return { fileName: 'image.png', mimeType: 'image/png', bytes: qrCodePng('sample-image', 2) };
    case 'sticker':
      return {
        fileName: 'sticker.webp',
        mimeType: 'image/webp',
        bytes: encoder.encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '),
      };
    case 'video':
      return {
        fileName: 'video.mp4',
        mimeType: 'video/mp4',
        bytes: encoder.encode('\u0000\u0000\u0000\u0018ftypmp42'),
      };
    case 'audio':
      return {
        fileName: 'audio.ogg',
        mimeType: 'audio/ogg',
        bytes: encoder.encode('OggS\u0000\u0002sample'),
      };
    default:
      return {
        fileName: 'document.pdf',
        mimeType: 'application/pdf',
        bytes: encoder.encode('%PDF-1.4\n% Switchboard SDKWA emulator sample\n%%EOF\n'),
      };
  }
}
