import { createSdkwaMessenger } from '@switchboard/sdkwa';
import { parseSdkwaWebhook, type SdkwaNetwork } from '@switchboard/sdkwa/webhook';
import { sdkwaFixtures } from '@switchboard/testing';
import { bearerWebhookRequest } from './support/fuzz/bearer-webhook-request.js';
import { collectWebhookBodies } from './support/fuzz/collect-webhook-bodies.js';
import { describeWebhookFuzz } from './support/fuzz/describe-webhook-fuzz.js';

const idInstance = '1101000001';
const apiTokenInstance = 'fuzz0sdkwa0token0aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const webhookUrlToken = 'fuzz-sdkwa-webhook-token-0123456789';
const networks: readonly SdkwaNetwork[] = ['whatsapp', 'telegram'];

describeWebhookFuzz({
  provider: 'sdkwa',
  seeds: collectWebhookBodies(sdkwaFixtures, (value) => typeof value.typeWebhook === 'string'),
  parse: (body, random) => parseSdkwaWebhook(body, { idInstance, network: random.pick(networks) }),
  messenger: createSdkwaMessenger({
    network: 'whatsapp',
    idInstance,
    apiTokenInstance,
    host: 'http://127.0.0.1:9',
    webhookUrlToken,
  }),
  requestFor: bearerWebhookRequest(idInstance, webhookUrlToken),
  secrets: [apiTokenInstance, webhookUrlToken],
});
