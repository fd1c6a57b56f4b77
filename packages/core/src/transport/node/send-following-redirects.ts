import type { EventEmitter } from 'node:events';
import type { Dispatcher } from 'undici';
import { loadUndici } from './load-undici.js';

const redirectStatuses: ReadonlySet<number> = new Set([300, 301, 302, 303, 307, 308]);
const credentialHeaders: ReadonlySet<string> = new Set(['authorization', 'cookie', 'proxy-authorization']);

/**
 * One request as `undici.request` sends it: header names in lower case, a body that can be sent
 * again (so a 307/308 redirect can repeat it).
 *
 * @example
 * ```ts
 * const call: UndiciCall = { url: 'http://127.0.0.1:8080/send', method: 'POST', headers: {}, body: '{}' };
 * ```
 */
export interface UndiciCall {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array | null;
}

/**
 * Sends a request with `undici.request` and follows up to `maxRedirections` redirects by the rules
 * of undici's redirect interceptor (which costs a handler per request; this costs nothing until a
 * redirect arrives): 301/302 turn a POST into a GET without body, 303 turns anything but HEAD into a
 * GET and drops the `content-*` headers, 307/308 repeat the request; `host` is never carried over,
 * and `authorization`, `cookie` and `proxy-authorization` are dropped when the origin changes. A
 * redirect back to a visited URL fails; past the limit, the redirect itself is returned.
 *
 * @example
 * ```ts
 * const data = await sendFollowingRedirects(call, { dispatcher: new Agent(), signal, maxRedirections: 20 });
 * ```
 */
export async function sendFollowingRedirects(
  call: UndiciCall,
  options: { dispatcher: Dispatcher; signal: AbortSignal | EventEmitter; maxRedirections: number },
): Promise<Dispatcher.ResponseData> {
  const { dispatcher, signal, maxRedirections } = options;
  const visited: string[] = [];
  let current = call;
  for (;;) {
    const { url, method, headers, body } = current;
    const data = await loadUndici().request(url, { method, headers, body, signal, dispatcher });
    const location = redirectStatuses.has(data.statusCode) ? data.headers.location : undefined;
    if (location === undefined || visited.length >= maxRedirections) return data;
    data.body.dump().catch(() => undefined);
    visited.push(url);
    current = redirectedCall(
      current,
      data.statusCode,
      Array.isArray(location) ? String(location[0]) : location,
    );
    if (visited.includes(current.url)) throw new Error(`redirect loop at ${new URL(current.url).origin}`);
  }
}

function redirectedCall(call: UndiciCall, status: number, location: string): UndiciCall {
  const target = new URL(location, call.url);
  const crossOrigin = target.origin !== new URL(call.url).origin;
  const toGet =
    ((status === 301 || status === 302) && call.method === 'POST') ||
    (status === 303 && call.method !== 'HEAD');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(call.headers)) {
    if (name === 'host' || (status === 303 && name.startsWith('content-'))) continue;
    if (crossOrigin && credentialHeaders.has(name)) continue;
    headers[name] = value;
  }
  return { url: target.href, method: toGet ? 'GET' : call.method, headers, body: toGet ? null : call.body };
}
