import { trimTrailing } from '@switchboard/core/adapter';
/**
 * The public API base URL.
 *
 * @example
 * ```ts
 * createWhatsgateAccount({ apiKey, baseUrl: defaultWhatsgateBaseUrl });
 * ```
 */
export const defaultWhatsgateBaseUrl = 'https://whatsgate.ru/api/v1';

const apiPath = '/api/v1';

/**
 * Normalises a base URL so that commands go to `{host}/api/v1/<command>`: the host alone
 * (`https://whatsgate.ru`, a dedicated host, an emulator) gets `/api/v1` appended; a URL that already
 * ends in `/api/v1` is kept. Trailing slashes are dropped.
 *
 * @example
 * ```ts
 * normalizeWhatsgateBaseUrl('https://whatsgate.org/'); // 'https://whatsgate.org/api/v1'
 * normalizeWhatsgateBaseUrl('http://127.0.0.1:4100/api/v1'); // 'http://127.0.0.1:4100/api/v1'
 * ```
 */
export function normalizeWhatsgateBaseUrl(baseUrl: string | undefined): string {
  if (baseUrl === undefined) return defaultWhatsgateBaseUrl;
  const trimmed = trimTrailing(baseUrl, '/');
  return trimmed.endsWith(apiPath) ? trimmed : `${trimmed}${apiPath}`;
}
