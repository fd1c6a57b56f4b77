import type { EmulatorRequest } from '../shared/emulator-request.js';
import { bytesResponse, type EmulatorResponse, textResponse } from '../shared/emulator-response.js';
import { qrCodePng } from '../shared/qr-code-png.js';
import { tryDecodeUriComponent } from '../shared/try-decode-uri-component.js';
import type { WhatsgateEmulatorState } from './whatsgate-emulator-state.js';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function qrPage(state: WhatsgateEmulatorState, whatsappId: string): EmulatorResponse {
  const record = state.sessions.get(whatsappId);
  if (record === undefined) return textResponse(404, 'Session not found');
  const instruction =
    record.status === 'READY'
      ? 'Authorized.'
      : record.authType === 'CODE'
        ? `Enter the code ${escapeHtml(record.pairingCode ?? '')} in WhatsApp (emulator: POST /__control/sessions/${escapeHtml(whatsappId)}/pair).`
        : `Scan the QR code (emulator: POST /__control/sessions/${escapeHtml(whatsappId)}/scan).`;
  // A real, scannable QR code of the session's QR text while it waits for a scan.
  const image =
    record.qrValue === null
      ? ''
      : `<img alt="QR code" src="data:image/png;base64,${Buffer.from(qrCodePng(record.qrValue)).toString('base64')}">`;
  const html = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="refresh" content="5"><title>${escapeHtml(
    record.name,
  )}</title></head><body><p data-status="${record.status}">${record.status}</p>${image}<p>${instruction}</p></body></html>`;
  return textResponse(200, html, 'text/html; charset=utf-8');
}

function mediaDownload(
  state: WhatsgateEmulatorState,
  whatsappId: string,
  mediaKey: string,
): EmulatorResponse {
  const media = state.sessions.get(whatsappId)?.media.get(mediaKey);
  if (media === undefined) return textResponse(404, 'Media not found');
  const fileName = encodeURIComponent(media.filename);
  return bytesResponse(200, media.bytes, media.mimetype, {
    'content-disposition': `inline; filename*=UTF-8''${fileName}`,
  });
}

/**
 * Emulator-only GET pages: the QR / pairing-code page a session's `qr_link` points to (`/qr/<unique_id>`, refreshes
 * itself like the real one) and raw media downloads (`/media/<unique_id>/<url-encoded media key>`).
 * `undefined` when the path is neither.
 */
export function handleWhatsgatePageRequest(
  state: WhatsgateEmulatorState,
  request: EmulatorRequest,
): EmulatorResponse | undefined {
  if (request.method !== 'GET') return undefined;
  const [, kind, ...encoded] = request.path.split('/');
  // A segment that is not valid percent-encoding matches no page: the caller answers 404.
  const [whatsappId, mediaKey] = encoded.map(tryDecodeUriComponent);
  if (kind === 'qr' && whatsappId !== undefined) return qrPage(state, whatsappId);
  if (kind === 'media' && whatsappId !== undefined && mediaKey !== undefined) {
    return mediaDownload(state, whatsappId, mediaKey);
  }
  return undefined;
}
