import { MessengerError } from '../errors/messenger-error.js';
import { readLimitedBody } from '../receiving/read-limited-body.js';
import type { Redactor } from '../redaction/redactor.js';
import { isAddressLiteral, isPublicAddress } from './is-public-address.js';
import { defaultMaxMediaBytes, type MediaDownloadOptions } from './media-download-options.js';

const maximumRedirects = 5;
const blockedHostNames = new Set(['localhost', 'metadata', 'metadata.google.internal']);

/**
 * Resolves a host name to its IP addresses; {@link downloadMediaSafely} checks every one of them.
 *
 * @example
 * ```ts
 * const resolveHost: HostResolver = async (host) => (await dns.lookup(host, { all: true })).map((entry) => entry.address);
 * ```
 */
export type HostResolver = (hostName: string) => Promise<readonly string[]>;

/**
 * What {@link downloadMediaSafely} needs besides the URL: the user's {@link MediaDownloadOptions}, who
 * is downloading (for errors), a timeout and, optionally, a `fetch` and a host resolver.
 *
 * @example
 * ```ts
 * const options: SafeMediaDownloadOptions = { provider: 'green-api', label: 'GREEN-API', timeoutMilliseconds: 60_000 };
 * ```
 */
export interface SafeMediaDownloadOptions extends MediaDownloadOptions {
  /** The provider put on errors. */
  provider: string;
  /** Its display name in error messages, such as `GREEN-API`. */
  label: string;
  /** The whole download, redirects and body included, must end within this. */
  timeoutMilliseconds: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch | undefined;
  /** Removes secrets from error messages and causes. */
  redactor?: Redactor | undefined;
  /**
   * Resolves host names before each request. Default: `node:dns` on Node (and runtimes that offer it
   * through `process.getBuiltinModule`); elsewhere only address literals and well-known internal names
   * are checked, the runtime's own network policy doing the rest.
   */
  resolveHost?: HostResolver | undefined;
}

/**
 * A downloaded file: its bytes and the `Content-Type` the server gave.
 *
 * @example
 * ```ts
 * const file: SafelyDownloadedMedia = { data: new Uint8Array(), url: new URL('https://files.example.com/a.jpg') };
 * ```
 */
export interface SafelyDownloadedMedia {
  /** The file's bytes, at most the `maxMediaBytes` limit. */
  data: Uint8Array;
  /** The response's `Content-Type` without parameters, when it had one. */
  mimeType?: string;
  /** Where the bytes came from, after redirects. */
  url: URL;
}

/**
 * The one way adapters download media from a URL they did not build (a `downloadUrl` from an event or
 * an API answer). It refuses, as `invalid-request`, any scheme but `http:`/`https:` (no `data:`, no
 * `file:`), hosts outside `mediaHosts` when given, and private, loopback, link-local, carrier-grade
 * NAT and cloud-metadata addresses unless `allowPrivateMediaAddresses` (checked on every address the
 * name resolves to on Node, by address literal elsewhere). Redirects are followed by hand, at most 5,
 * each hop checked again and sent without any header. The body is read while counting bytes and the
 * download stops at `maxMediaBytes` (default 100 MiB) with `invalid-response`. HTTP failures: 404/410
 * `not-found`, 401/403 `auth`, others `provider`; a timeout `timeout`, anything below HTTP `network`.
 *
 * @example
 * ```ts
 * const file = await downloadMediaSafely(event.message.content.media.url, { provider: 'green-api', label: 'GREEN-API', timeoutMilliseconds: 60_000 });
 * ```
 */
export async function downloadMediaSafely(
  url: string | URL,
  options: SafeMediaDownloadOptions,
): Promise<SafelyDownloadedMedia> {
  const fail = (
    code: MessengerError['code'],
    text: string,
    extra: { status?: number; cause?: unknown } = {},
  ) =>
    new MessengerError(`${options.label} media download ${text}`, {
      code,
      provider: options.provider,
      ...extra,
      redactor: options.redactor,
    });
  const signal = AbortSignal.timeout(options.timeoutMilliseconds);
  const fetchFunction = options.fetch ?? globalThis.fetch;
  let target = parseTarget(url, fail);
  for (let hop = 0; ; hop += 1) {
    await checkTarget(target, options, fail);
    let response: Response;
    try {
      response = await fetchFunction(target, { redirect: 'manual', signal });
    } catch (error) {
      throw downloadFailure(error, fail);
    }
    const location = isRedirect(response.status) ? response.headers.get('location') : null;
    if (location !== null) {
      await response.body?.cancel().catch(() => undefined);
      if (hop >= maximumRedirects) throw fail('provider', `followed more than ${maximumRedirects} redirects`);
      target = parseTarget(new URL(location, target).href, fail);
      continue;
    }
    if (response.type === 'opaqueredirect' || isRedirect(response.status)) {
      throw fail('provider', 'got a redirect it could not follow', { status: response.status });
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw fail(codeForStatus(response.status), `failed with HTTP ${response.status}`, {
        status: response.status,
      });
    }
    const data = await readCapped(response, options.maxMediaBytes ?? defaultMaxMediaBytes, fail);
    const mimeType = response.headers.get('content-type')?.split(';')[0]?.trim();
    return { data, url: target, ...(mimeType === undefined || mimeType === '' ? {} : { mimeType }) };
  }
}

type Fail = (
  code: MessengerError['code'],
  text: string,
  extra?: { status?: number; cause?: unknown },
) => MessengerError;

function parseTarget(url: string | URL, fail: Fail): URL {
  const parsed = url instanceof URL ? url : URL.canParse(url) ? new URL(url) : undefined;
  if (parsed === undefined) throw fail('invalid-request', 'needs an absolute http(s) URL');
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw fail('invalid-request', `refused the ${parsed.protocol} scheme (only http: and https:)`);
  }
  return parsed;
}

async function checkTarget(target: URL, options: SafeMediaDownloadOptions, fail: Fail): Promise<void> {
  const host = target.hostname.toLowerCase();
  if (options.mediaHosts !== undefined && !options.mediaHosts.some((pattern) => hostMatches(host, pattern))) {
    throw fail('invalid-request', `refused host ${host} (not in mediaHosts)`);
  }
  if (options.allowPrivateMediaAddresses === true) return;
  const refuse = () =>
    fail('invalid-request', `refused host ${host}: a private, loopback, link-local or metadata address`);
  if (isAddressLiteral(host)) {
    if (!isPublicAddress(host)) throw refuse();
    return;
  }
  const name = host.endsWith('.') ? host.slice(0, -1) : host;
  if (blockedHostNames.has(name) || name.endsWith('.localhost') || name.endsWith('.internal')) throw refuse();
  const resolve = options.resolveHost ?? nodeResolver();
  if (resolve === undefined) return;
  let addresses: readonly string[];
  try {
    addresses = await resolve(name);
  } catch (error) {
    throw fail('network', `could not resolve ${host}`, { cause: error });
  }
  if (addresses.length === 0 || !addresses.every(isPublicAddress)) throw refuse();
}

function hostMatches(host: string, pattern: string): boolean {
  const wanted = pattern.toLowerCase();
  return wanted.startsWith('*.') ? host.endsWith(wanted.slice(1)) : host === wanted;
}

/** The part of `node:dns` the resolver uses (typed here: core's main entry imports no `node:` module). */
interface DnsModule {
  promises?: {
    lookup(hostName: string, options: { all: true; verbatim: true }): Promise<Array<{ address: string }>>;
  };
}

/** A resolver on `node:dns` where the runtime offers it without an import (Node ≥ 20.16, Bun, Deno). */
function nodeResolver(): HostResolver | undefined {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (name: string) => unknown } }).process;
  const dns = runtime?.getBuiltinModule?.('node:dns') as DnsModule | undefined;
  const promises = dns?.promises;
  if (promises === undefined) return undefined;
  return async (hostName) =>
    (await promises.lookup(hostName, { all: true, verbatim: true })).map((entry) => entry.address);
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

function codeForStatus(status: number): MessengerError['code'] {
  if (status === 404 || status === 410) return 'not-found';
  if (status === 401 || status === 403) return 'auth';
  return 'provider';
}

function downloadFailure(error: unknown, fail: Fail): MessengerError {
  const isTimeout = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
  return isTimeout
    ? fail('timeout', 'timed out', { cause: error })
    : fail('network', 'failed', { cause: error });
}

async function readCapped(response: Response, maximumBytes: number, fail: Fail): Promise<Uint8Array> {
  let body: Awaited<ReturnType<typeof readLimitedBody>>;
  try {
    body = await readLimitedBody(response, maximumBytes);
  } catch (error) {
    throw downloadFailure(error, fail);
  }
  if (body.status === 'too-large') {
    throw fail('invalid-response', `refused a file larger than ${maximumBytes} bytes (maxMediaBytes)`);
  }
  return body.bytes;
}
