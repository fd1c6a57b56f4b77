import { constantTimeEqual, MessengerError } from '@switchboard/core';
import { greenApiProvider } from '../errors.js';

/**
 * How webhooks are verified: GREEN-API sends `Authorization: Bearer <webhookUrlToken>` when the
 * instance has a `webhookUrlToken`. Without a token every request is refused unless
 * `allowUnauthenticatedWebhooks` is `true`.
 *
 * @example
 * ```ts
 * const options: GreenApiWebhookVerification = { webhookUrlToken: process.env.GREEN_API_WEBHOOK_TOKEN };
 * ```
 */
export interface GreenApiWebhookVerification {
  webhookUrlToken?: string | undefined;
  allowUnauthenticatedWebhooks?: boolean | undefined;
}

/**
 * Checks the `Authorization: Bearer <webhookUrlToken>` header of a GREEN-API webhook with a
 * constant-time compare. Throws a `MessengerError` with code `auth` when the header is missing or
 * wrong, and fails closed when no token is configured (unless `allowUnauthenticatedWebhooks`).
 *
 * @example
 * ```ts
 * verifyGreenApiWebhook(request, { webhookUrlToken: process.env.GREEN_API_WEBHOOK_TOKEN });
 * ```
 */
export function verifyGreenApiWebhook(
  request: { headers: Pick<Headers, 'get'> },
  options: GreenApiWebhookVerification,
): void {
  const expected = options.webhookUrlToken;
  if (expected === undefined || expected === '') {
    if (options.allowUnauthenticatedWebhooks === true) return;
    throw authError(
      'GREEN-API webhook refused: no webhookUrlToken is configured (set it, or allowUnauthenticatedWebhooks: true)',
    );
  }
  const header = request.headers.get('authorization') ?? '';
  const token = /^\s*bearer\s+(.*?)\s*$/i.exec(header)?.[1] ?? '';
  if (!constantTimeEqual(token, expected)) throw authError('GREEN-API webhook refused: wrong or missing bearer token');
}

function authError(message: string): MessengerError {
  return new MessengerError(message, { code: 'auth', provider: greenApiProvider, status: 401 });
}
