import { sdkwaFixtures } from '@switchboard/testing';

/** A signed SDKWA delivery: the incoming-text webhook body with its instance's `webhookUrlToken`. */
const delivery = sdkwaFixtures.incomingTextNotification.body;

/** The environment the recipe's app is configured from in the tests. */
export const environment = {
  SDKWA_ID_INSTANCE: String(delivery.instanceData.idInstance),
  SDKWA_API_TOKEN_INSTANCE: 'unused-in-this-test',
  SDKWA_WEBHOOK_URL_TOKEN: 'example-webhook-url-token',
};

/** Where SDKWA posts: the webhook route with the instance id as its last segment. */
export const webhookPath = `/webhooks/${delivery.instanceData.idInstance}`;

/** Posts the delivery as SDKWA does, with `Authorization: Bearer <token>`. */
export function postDelivery(url: string, token: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(delivery),
  });
}
