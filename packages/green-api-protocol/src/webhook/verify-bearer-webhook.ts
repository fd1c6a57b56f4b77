import { MessengerError } from '@switchboard/core';
import { constantTimeEqual } from '@switchboard/core/adapter';
import type { ProviderLabel } from '../messenger/provider-label.js';

/**
 * How a GREEN-API-family webhook is verified: the gateway sends `Authorization: Bearer
 * <webhookUrlToken>` when the instance has a `webhookUrlToken`. Without a token every request is
 * refused unless `allowUnauthenticatedWebhooks` is `true`.
 *
 * @example
 * ```ts
 * const options: BearerWebhookVerification = { webhookUrlToken: process.env.GREEN_API_WEBHOOK_TOKEN };
 * ```
 */
export interface BearerWebhookVerification {
  /** The bearer token the gateway sends with webhooks (`webhookUrlToken` in the instance settings); a secret. */
  webhookUrlToken?: string | undefined;
  /** Accept webhooks without checking `Authorization` when no `webhookUrlToken` is set (not recommended). */
  allowUnauthenticatedWebhooks?: boolean | undefined;
}

/**
 * Checks the `Authorization: Bearer <webhookUrlToken>` header of a webhook with a constant-time
 * compare. Throws a `MessengerError` with code `auth` (status 401) naming the provider when the header
 * is missing or wrong, and fails closed when no token is configured (unless
 * `allowUnauthenticatedWebhooks`).
 *
 * @example
 * ```ts
 * verifyBearerWebhook(request, { webhookUrlToken: process.env.SDKWA_WEBHOOK_TOKEN }, { provider: 'sdkwa', label: 'SDKWA' });
 * ```
 */
export function verifyBearerWebhook(
  request: { headers: Pick<Headers, 'get'> },
  options: BearerWebhookVerification,
  provider: ProviderLabel,
): void {
  const fail = (reason: string) =>
    new MessengerError(`${provider.label} webhook refused: ${reason}`, {
      code: 'auth',
      provider: provider.provider,
      status: 401,
    });
  const expected = options.webhookUrlToken;
  if (expected === undefined || expected === '') {
    if (options.allowUnauthenticatedWebhooks === true) return;
    throw fail('no webhookUrlToken is configured (set it, or allowUnauthenticatedWebhooks: true)');
  }
  const token = bearerToken(request.headers.get('authorization') ?? '');
  if (!constantTimeEqual(token, expected)) throw fail('wrong or missing bearer token');
}

/**
 * The token of an `Authorization: Bearer <token>` header (scheme case-insensitive, surrounding
 * whitespace ignored), `''` when the header is not one. A linear scan: a header of any length costs
 * one pass (the regular expression it replaces backtracked quadratically on runs of spaces).
 *
 * @example
 * ```ts
 * bearerToken('Bearer  abc '); // 'abc'
 * ```
 */
export function bearerToken(header: string): string {
  const value = header.trim();
  const scheme = 'bearer';
  if (value.length <= scheme.length || value.slice(0, scheme.length).toLowerCase() !== scheme) return '';
  const rest = value.slice(scheme.length);
  const token = rest.trimStart();
  return token.length === rest.length ? '' : token;
}
