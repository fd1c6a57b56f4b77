import { bytesResponse, jsonResponse } from '../shared/index.js';
import { nestErrorResponse } from './sdkwa-http-error.js';
import type { SdkwaMethodCall, SdkwaMethodTable } from './sdkwa-method-call.js';

function receiveTimeout(call: SdkwaMethodCall): number {
  const { timings, timeScale } = call.context;
  const raw = call.request.query.get('receiveTimeout');
  if (raw === null || raw.trim() === '') return timings.receiveTimeoutMilliseconds;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0) call.fail("'receiveTimeout' must be a number of seconds");
  return Math.min(seconds * 1000 * timeScale, timings.maxReceiveTimeoutMilliseconds);
}

/**
 * Receiving methods (reference §3.2): the `receiveNotification` long-poll (default 5 s; optional
 * `?receiveTimeout=` seconds [I]; `200 null` when nothing arrived), `deleteNotification/{receiptId}` and
 * `downloadFile/{idMessage}` (POST with `{chatId}` per OpenAPI, or GET per Postman [C]; the id may also come as
 * `idMessage` in the body, GREEN-API style).
 */
export const receivingMethods: SdkwaMethodTable = {
  receiveNotification: {
    verbs: ['GET'],
    handle: async (call) => {
      const entry = await call.instance.notifications.waitForHead(receiveTimeout(call), call.request.signal);
      return jsonResponse(200, entry ?? null);
    },
  },
  deleteNotification: {
    verbs: ['DELETE'],
    pathParameter: true,
    handle: (call) => {
      const raw = call.pathParameter ?? call.request.query.get('receiptId') ?? '';
      if (!/^\d+$/.test(raw)) call.fail("'receiptId' must be an integer");
      return jsonResponse(200, { result: call.instance.notifications.delete(Number(raw)) });
    },
  },
  downloadFile: {
    verbs: ['POST', 'GET'],
    pathParameter: true,
    handle: (call) => {
      const idMessage = call.pathParameter ?? call.requireString('idMessage');
      if (call.request.method === 'POST') call.optionalString('chatId');
      const media = call.context.media.forMessage(idMessage);
      if (media === undefined) return nestErrorResponse(404, 'File not found');
      return bytesResponse(200, media.bytes, media.mimeType, {
        'content-disposition': `attachment; filename="${encodeURIComponent(media.fileName)}"`,
      });
    },
  },
};
