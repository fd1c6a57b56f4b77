import { MessengerError } from '../errors/messenger-error.js';

/**
 * Builds the `invalid-request` {@link MessengerError} the registry throws for every config problem
 * (bad shape, unknown provider, missing package, missing option). Callers never put secret values in
 * `message` or `details`.
 *
 * @example
 * ```ts
 * throw createConfigError('Unknown messenger provider "acme"', { provider: 'acme' });
 * ```
 */
export function createConfigError(
  message: string,
  context: { provider?: string | undefined; details?: Record<string, unknown>; cause?: unknown } = {},
): MessengerError {
  return new MessengerError(message, {
    code: 'invalid-request',
    provider: context.provider,
    details: context.details,
    cause: context.cause,
  });
}
