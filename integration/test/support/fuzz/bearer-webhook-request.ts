import type { FuzzRandom } from './fuzz-random.js';

/**
 * The `requestFor` of a provider whose webhook carries a bearer token (GREEN-API, SDKWA): a POST to
 * `/webhook/<idInstance>` with `Bearer <webhookUrlToken>` when `authentic`, otherwise a wrong bearer token,
 * no authorization header, or the bare token without `Bearer`.
 *
 * @example
 * ```ts
 * describeWebhookFuzz({ ..., requestFor: bearerWebhookRequest(idInstance, webhookUrlToken) });
 * ```
 */
export function bearerWebhookRequest(
  idInstance: string,
  webhookUrlToken: string,
): (body: string, authentic: boolean, random: FuzzRandom) => Request {
  return (body, authentic, random) => {
    const authorization = authentic
      ? `Bearer ${webhookUrlToken}`
      : random.pick(['Bearer wrong', '', webhookUrlToken]);
    return new Request(`http://127.0.0.1/webhook/${idInstance}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization === '' ? {} : { authorization }) },
      body,
    });
  };
}
