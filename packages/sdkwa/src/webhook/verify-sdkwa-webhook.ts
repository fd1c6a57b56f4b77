import { constantTimeEqual, MessengerError } from '@switchboard/core';

const provider = 'sdkwa';

/**
 * How webhooks are verified: SDKWA sends the instance's `webhookUrlToken` as
 * `Authorization: Bearer <webhookUrlToken>` (GREEN-API's transport; SDKWA documents the setting, not
 * the header). Without a configured token every request is refused unless
 * `allowUnauthenticatedWebhooks` is `true`.
 *
 * @example
 * ```ts
 * const options: SdkwaWebhookVerification = { webhookUrlToken: process.env.SDKWA_WEBHOOK_URL_TOKEN };
 * ```
 */
export interface SdkwaWebhookVerification {
  webhookUrlToken?: string | undefined;
  allowUnauthenticatedWebhooks?: boolean | undefined;
}

/**
 * Checks the `Authorization: Bearer <webhookUrlToken>` header of an SDKWA webhook with a constant-time
 * compare. Throws a `MessengerError` with code `auth` (status 401) when the header is missing or wrong,
 * and fails closed when no token is configured (unless `allowUnauthenticatedWebhooks`).
 *
 * @example
 * ```ts
 * verifySdkwaWebhook(request, { webhookUrlToken: process.env.SDKWA_WEBHOOK_URL_TOKEN });
 * ```
 */
export function verifySdkwaWebhook(
  request: { headers: Pick<Headers, 'get'> },
  options: SdkwaWebhookVerification,
): void {
  const expected = options.webhookUrlToken;
  if (expected === undefined || expected === '') {
    if (options.allowUnauthenticatedWebhooks === true) return;
    throw authError(
      'SDKWA webhook refused: no webhookUrlToken is configured (set it, or allowUnauthenticatedWebhooks: true)',
    );
  }
  const header = request.headers.get('authorization') ?? '';
  const token = /^\s*bearer\s+(.*?)\s*$/i.exec(header)?.[1] ?? '';
  if (!constantTimeEqual(token, expected))
    throw authError('SDKWA webhook refused: wrong or missing bearer token');
}

function authError(message: string): MessengerError {
  return new MessengerError(message, { code: 'auth', provider, status: 401 });
}
