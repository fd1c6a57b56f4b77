import { trimTrailing } from '../text/trim-trailing.js';
import type { HttpSearchParams } from './http-request.js';

/**
 * Joins a base URL and a path with exactly one `/` (so `https://host/v3` + `/waInstance1/x` keeps
 * `/v3`) and appends the defined search parameters.
 *
 * @example
 * ```ts
 * buildRequestUrl('https://api.green-api.com/v3/', '/waInstance1/getSettings/token', { minutes: 5, skip: undefined }).href;
 * // 'https://api.green-api.com/v3/waInstance1/getSettings/token?minutes=5'
 * ```
 */
export function buildRequestUrl(baseUrl: string, path: string, searchParams?: HttpSearchParams): URL {
  const base = trimTrailing(baseUrl, '/');
  const relative = path.startsWith('/') ? path.replace(/^\/+/, '') : path;
  const url = new URL(relative === '' ? base : `${base}/${relative}`);
  if (searchParams === undefined) return url;
  for (const [name, value] of Object.entries(searchParams)) {
    if (value !== undefined) url.searchParams.append(name, String(value));
  }
  return url;
}
