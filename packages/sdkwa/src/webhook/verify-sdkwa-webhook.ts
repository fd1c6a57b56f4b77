import { type BearerWebhookVerification, verifyBearerWebhook } from '@switchboard/green-api-protocol';
import { sdkwaProviderLabel } from '../sdkwa-provider-label.js';

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
export type SdkwaWebhookVerification = BearerWebhookVerification;

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
  verifyBearerWebhook(request, options, sdkwaProviderLabel);
}
