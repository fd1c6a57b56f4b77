import { findNetworkErrorCode } from './find-network-error-code.js';

/**
 * Error codes that mean the connection was never established, so the server cannot have seen the
 * request: refused, DNS failure, unreachable, or undici's connect timeout.
 */
export const neverSentErrorCodes: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * Tells whether a failed fetch provably never reached the server, which makes even a non-idempotent
 * request (a send) safe to repeat.
 */
export function isNeverSentError(error: unknown): boolean {
  const code = findNetworkErrorCode(error);
  return code !== undefined && neverSentErrorCodes.has(code);
}
