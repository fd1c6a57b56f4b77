import { trimTrailing } from '@switchboard/core/adapter';
import { controlPrefix, tryDecodeUriComponent } from '../shared/index.js';
import type { SdkwaNetwork } from './sdkwa-types.js';

/**
 * What a request path addresses.
 * - `instance`/`current`: `/{whatsapp|telegram}/{idInstance}/{method}[/{parameter}]` (Bearer token), also the
 * Postman typo `/{messenger}{idInstance}/{method}` (no slash) seen in several collection requests.
 * - `instance`/`legacy`: `/waInstance{idInstance}/{method}/{token}[/{parameter}]` (basis-api era, reference §1.2),
 * with `rest` = the segments after the method (token resolution is the handler's job).
 * - `getInstance`: `POST /{messenger}/getInstance` (S1/S2, no auth).
 * - `user`: `/api/v1/instance/user/{…}` (user-level API).
 * - `media`: `/media/{id}/{fileName}`; `control`: `/__control/{action}`.
 */
export type SdkwaRoute =
  | { kind: 'control'; action: string }
  | { kind: 'media'; id: string }
  | { kind: 'user'; action: string }
  | { kind: 'getInstance'; network: SdkwaNetwork }
  | {
      kind: 'instance';
      scheme: 'current' | 'legacy';
      network: SdkwaNetwork;
      idInstance: string;
      method: string;
      rest: string[];
    }
  | { kind: 'unknown' };

function decode(segment: string): string {
  return tryDecodeUriComponent(segment) ?? segment;
}

function networkOf(segment: string): SdkwaNetwork | undefined {
  const lower = segment.toLowerCase();
  return lower === 'whatsapp' || lower === 'telegram' ? lower : undefined;
}

const userPrefix = '/api/v1/instance/user/';

/** Parses a request path (empty segments, i.e. trailing or doubled slashes, are ignored). */
export function parseSdkwaRoute(path: string): SdkwaRoute {
  if (path === controlPrefix || path.startsWith(`${controlPrefix}/`)) {
    return { kind: 'control', action: trimTrailing(path.slice(controlPrefix.length + 1), '/') };
  }
  if (path.toLowerCase().startsWith(userPrefix)) {
    return { kind: 'user', action: trimTrailing(path.slice(userPrefix.length), '/').toLowerCase() };
  }
  const segments = path
    .split('/')
    .filter((segment) => segment !== '')
    .map(decode);
  const [first = '', second, third, ...others] = segments;
  if (first === 'media' && second !== undefined) return { kind: 'media', id: second };
  const network = networkOf(first);
  if (network !== undefined && second !== undefined) {
    if (third === undefined && second.toLowerCase() === 'getinstance')
      return { kind: 'getInstance', network };
    if (/^\d+$/.test(second) && third !== undefined) {
      return {
        kind: 'instance',
        scheme: 'current',
        network,
        idInstance: second,
        method: third,
        rest: others,
      };
    }
  }
  const glued = /^(whatsapp|telegram)(\d+)$/i.exec(first);
  if (glued !== null && second !== undefined) {
    const gluedNetwork = networkOf(glued[1] ?? '') ?? 'whatsapp';
    const rest = [third, ...others].filter((segment): segment is string => segment !== undefined);
    return {
      kind: 'instance',
      scheme: 'current',
      network: gluedNetwork,
      idInstance: glued[2] ?? '',
      method: second,
      rest,
    };
  }
  const legacy = /^waInstance(\d+)$/i.exec(first);
  if (legacy !== null && second !== undefined) {
    const rest = [third, ...others].filter((segment): segment is string => segment !== undefined);
    return {
      kind: 'instance',
      scheme: 'legacy',
      network: 'whatsapp',
      idInstance: legacy[1] ?? '',
      method: second,
      rest,
    };
  }
  return { kind: 'unknown' };
}

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(headers: Readonly<Record<string, string>>): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  return match?.[1];
}
