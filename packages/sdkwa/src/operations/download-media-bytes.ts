import { type DownloadedMedia, type MediaReference, MessengerError } from '@switchboard/core';
import { downloadMediaSafely, mimeTypeForFileName, trimTrailing } from '@switchboard/core/adapter';
import { asRecord, asText } from '@switchboard/green-api-protocol';
import { sdkwaProvider } from '../sdkwa-provider.js';
import type { SdkwaOperationContext } from './sdkwa-operation-context.js';

const downloadFilePath = /\/downloadFile\/([^/?#]+)/i;

/**
 * Downloads a received file. With a message id it calls `downloadFile/{idMessage}` (`POST {chatId}`
 * when the chat is known, `GET` otherwise: SDKWA's two documented variants) and gets the bytes. With
 * only a URL (it must be an absolute http(s) URL, else `invalid-request`): a `…/downloadFile/{id}` URL
 * on the SDKWA host goes through the same method, another URL under the configured host (its path
 * included) is requested as given with the instance's token, and any other URL is fetched without
 * it through core's `downloadMediaSafely` (public addresses only unless `allowPrivateMediaAddresses`,
 * `mediaHosts`, every redirect re-checked, `maxMediaBytes` while streaming). An answer that is JSON
 * with a `downloadUrl` (the GREEN-API form) is followed once, through the same checks.
 *
 * @example
 * ```ts
 * const file = await downloadMediaBytes(context, { chatId: '79001234567@c.us', messageId: 'EA0BD1AE042DC4F3609867126309D67C' });
 * ```
 */
export async function downloadMediaBytes(
  context: SdkwaOperationContext,
  reference: MediaReference,
): Promise<DownloadedMedia> {
  const data = await fetchBytes(context, reference);
  const followed = downloadUrlIn(data);
  const bytes =
    followed === undefined ? data : await fetchBytes(context, { url: followed, chatId: reference.chatId });
  const mimeType =
    reference.mimeType ??
    (reference.fileName === undefined ? undefined : mimeTypeForFileName(reference.fileName));
  return {
    data: bytes,
    ...(mimeType === undefined ? {} : { mimeType }),
    ...(reference.fileName === undefined ? {} : { fileName: reference.fileName }),
  };
}

async function fetchBytes(context: SdkwaOperationContext, reference: MediaReference): Promise<Uint8Array> {
  const { client } = context;
  if (reference.messageId !== undefined) {
    return client.downloadFile({ idMessage: reference.messageId, chatId: reference.chatId });
  }
  if (reference.url === undefined) {
    throw new MessengerError('SDKWA downloads need a messageId or a url', {
      code: 'invalid-request',
      provider: sdkwaProvider,
    });
  }
  const url = parseMediaUrl(context, reference.url);
  const host = new URL(context.baseUrl);
  if (url.origin !== host.origin) return fetchForeign(context, url);
  const idMessage = downloadFilePath.exec(url.pathname)?.[1];
  if (idMessage !== undefined) {
    return client.downloadFile({ idMessage: decodePathSegment(idMessage), chatId: reference.chatId });
  }
  const path = pathUnderHost(host, url);
  if (path === undefined) return fetchForeign(context, url);
  return context.transport.request<Uint8Array>({ method: 'GET', path, responseType: 'bytes' });
}

/** Parses a media URL; anything but an absolute http(s) URL is an `invalid-request`. */
function parseMediaUrl(context: SdkwaOperationContext, text: string): URL {
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (url?.protocol === 'http:' || url?.protocol === 'https:') return url;
  const shown = context.transport.redactor.redact(JSON.stringify(text));
  throw new MessengerError(`SDKWA downloads need an absolute http(s) URL, got ${shown}`, {
    code: 'invalid-request',
    provider: sdkwaProvider,
  });
}

/**
 * The request path of `url` relative to the API host's own path (`https://h/prefix` +
 * `https://h/prefix/media/a.png` → `/media/a.png`, so the transport does not add `/prefix` twice);
 * `undefined` when the URL lies outside it.
 */
function pathUnderHost(host: URL, url: URL): string | undefined {
  const base = trimTrailing(host.pathname, '/');
  if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return undefined;
  return `${url.pathname.slice(base.length)}${url.search}`;
}

function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function fetchForeign(context: SdkwaOperationContext, url: URL): Promise<Uint8Array> {
  const file = await downloadMediaSafely(url, {
    ...context.mediaDownload,
    provider: sdkwaProvider,
    label: 'SDKWA',
    timeoutMilliseconds: context.timeoutMilliseconds,
    fetch: context.fetch,
    redactor: context.redactor,
  });
  return file.data;
}

function downloadUrlIn(data: Uint8Array): string | undefined {
  if (data.length === 0 || data.length > 4096 || data[0] !== 0x7b) return undefined;
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(data));
    return asText(asRecord(parsed).downloadUrl);
  } catch {
    return undefined;
  }
}
