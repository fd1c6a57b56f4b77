import { type BearerWebhookVerification, verifyBearerWebhook } from '@switchboard/green-api-protocol';
import { greenApiProviderLabel } from '../green-api-provider-label.js';

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
export type GreenApiWebhookVerification = BearerWebhookVerification;

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
  verifyBearerWebhook(request, options, greenApiProviderLabel);
}
