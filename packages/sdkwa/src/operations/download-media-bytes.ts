import {
  type DownloadedMedia,
  type MediaReference,
  MessengerError,
  mapHttpError,
  mimeTypeForFileName,
} from '@switchboard/core';
import { asRecord, asText } from '@switchboard/green-api-protocol';
import { sdkwaProvider } from '../errors.js';
import type { SdkwaOperationContext } from './operation-context.js';

const downloadFilePath = /\/downloadFile\/([^/?#]+)/i;

/**
 * Downloads a received file. With a message id it calls `downloadFile/{idMessage}` (`POST {chatId}`
 * when the chat is known, `GET` otherwise: SDKWA's two documented variants) and gets the bytes. With
 * only a URL: a `…/downloadFile/{id}` URL goes through the same method, another URL on the SDKWA host
 * is fetched with the instance's token, and a URL on any other host is fetched without it. An answer
 * that is JSON with a `downloadUrl` (the GREEN-API form) is followed once.
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
  const idMessage = reference.messageId ?? idFromDownloadUrl(context, reference.url);
  if (idMessage !== undefined) return client.downloadFile({ idMessage, chatId: reference.chatId });
  if (reference.url === undefined) {
    throw new MessengerError('SDKWA downloads need a messageId or a url', {
      code: 'invalid-request',
      provider: sdkwaProvider,
    });
  }
  const url = new URL(reference.url);
  if (url.origin === new URL(context.host).origin) {
    return context.transport.request<Uint8Array>({
      method: 'GET',
      path: `${url.pathname}${url.search}`,
      responseType: 'bytes',
    });
  }
  return fetchForeign(context, url);
}

function idFromDownloadUrl(context: SdkwaOperationContext, url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const parsed = new URL(url);
  if (parsed.origin !== new URL(context.host).origin) return undefined;
  const id = downloadFilePath.exec(parsed.pathname)?.[1];
  return id === undefined ? undefined : decodeURIComponent(id);
}

async function fetchForeign(context: SdkwaOperationContext, url: URL): Promise<Uint8Array> {
  const failure = {
    provider: sdkwaProvider,
    method: 'GET' as const,
    path: url.pathname,
    redactor: context.transport.redactor,
  };
  const fetcher = context.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetcher(url, { signal: AbortSignal.timeout(context.timeoutMilliseconds) });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw mapHttpError(
      timedOut
        ? { ...failure, kind: 'timeout', timeoutMilliseconds: context.timeoutMilliseconds, cause: error }
        : { ...failure, kind: 'network', cause: error },
    );
  }
  if (!response.ok) throw mapHttpError({ ...failure, kind: 'status', status: response.status });
  return new Uint8Array(await response.arrayBuffer());
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
