import type { DownloadedMedia } from '@switchboard/core';
import { downloadMediaSafely, type SafeMediaDownloadOptions } from '@switchboard/core/adapter';
import { greenApiProvider } from '../green-api-provider.js';

/**
 * Fetches a media file's bytes from its download URL through core's `downloadMediaSafely` (GREEN-API
 * stores files on third-party object storage, not on the API host): `http(s)` only, public addresses
 * only unless `allowPrivateMediaAddresses`, `mediaHosts` when given, every redirect re-checked,
 * `maxMediaBytes` enforced while streaming. HTTP failures become `MessengerError`s: 404/410
 * `not-found`, 401/403 `auth`, others `provider`; a timeout `timeout`, anything below HTTP `network`.
 *
 * @example
 * ```ts
 * const file = await downloadMediaBytes(url, { timeoutMilliseconds: 60_000 });
 * ```
 */
export async function downloadMediaBytes(
  url: string,
  options: Omit<SafeMediaDownloadOptions, 'provider' | 'label'> & {
    fileName?: string | undefined;
    mimeType?: string | undefined;
  },
): Promise<DownloadedMedia> {
  const { fileName: givenName, mimeType: givenType, ...download } = options;
  const file = await downloadMediaSafely(url, {
    ...download,
    provider: greenApiProvider,
    label: 'GREEN-API',
  });
  const mimeType = givenType ?? file.mimeType;
  const fileName = givenName ?? fileNameOf(file.url);
  return {
    data: file.data,
    ...(mimeType === undefined || mimeType === '' ? {} : { mimeType }),
    ...(fileName === undefined ? {} : { fileName }),
  };
}

function fileNameOf(url: URL): string | undefined {
  const last = url.pathname.split('/').pop();
  if (last === undefined || last === '') return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
