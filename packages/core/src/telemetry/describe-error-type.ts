import { isMessengerError } from '../errors/messenger-error.js';

/** The `error.type` of a failure: the `MessengerError` code, `aborted`, else `_OTHER` (never the message). */
export function describeErrorType(error: unknown, signal?: AbortSignal): string {
  if (isMessengerError(error)) return error.code;
  if (signal?.aborted === true) return 'aborted';
  return '_OTHER';
}
