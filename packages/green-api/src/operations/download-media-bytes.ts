import { type DownloadedMedia, MessengerError } from '@switchboard/core';
import { greenApiProvider } from '../green-api-provider.js';

/**
 * Fetches a media file's bytes from its download URL (GREEN-API stores files on object storage, not
 * on the API host, so this is a plain `fetch`, bounded by a timeout). HTTP failures become
 * `MessengerError`s: 404/410 `not-found`, 401/403 `auth`, others `provider`; a timeout `timeout`,
 * anything below HTTP `network`.
 *
 * @example
 * ```ts
 * const file = await downloadMediaBytes(url, { timeoutMilliseconds: 60_000 });
 * ```
 */
export async function downloadMediaBytes(
  url: string,
  options: {
    fetch?: typeof fetch | undefined;
    timeoutMilliseconds: number;
    fileName?: string | undefined;
    mimeType?: string | undefined;
  },
): Promise<DownloadedMedia> {
  const fetchFunction = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetchFunction(url, { signal: AbortSignal.timeout(options.timeoutMilliseconds) });
  } catch (error) {
    const isTimeout =
      error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new MessengerError(
      isTimeout ? 'GREEN-API media download timed out' : 'GREEN-API media download failed',
      {
        code: isTimeout ? 'timeout' : 'network',
        provider: greenApiProvider,
        cause: error,
      },
    );
  }
  if (!response.ok) {
    const code =
      response.status === 404 || response.status === 410
        ? 'not-found'
        : response.status === 401 || response.status === 403
          ? 'auth'
          : 'provider';
    throw new MessengerError(`GREEN-API media download failed with HTTP ${response.status}`, {
      code,
      provider: greenApiProvider,
      status: response.status,
    });
  }
  const data = new Uint8Array(await response.arrayBuffer());
  const mimeType =
    options.mimeType ?? response.headers.get('content-type')?.split(';')[0]?.trim() ?? undefined;
  const fileName = options.fileName ?? fileNameOf(url);
  return {
    data,
    ...(mimeType === undefined || mimeType === '' ? {} : { mimeType }),
    ...(fileName === undefined ? {} : { fileName }),
  };
}

function fileNameOf(url: string): string | undefined {
  try {
    const last = new URL(url).pathname.split('/').pop();
    return last === undefined || last === '' ? undefined : decodeURIComponent(last);
  } catch {
    return undefined;
  }
}
