import { createGreenApiMessenger } from '@switchboard/green-api';
import { type GreenApiNetwork, parseGreenApiWebhook } from '@switchboard/green-api/webhook';
import { greenApiFixtures } from '@switchboard/testing';
import { bearerWebhookRequest } from './support/fuzz/bearer-webhook-request.js';
import { collectWebhookBodies } from './support/fuzz/collect-webhook-bodies.js';
import { describeWebhookFuzz } from './support/fuzz/describe-webhook-fuzz.js';

const idInstance = '1101000001';
const apiTokenInstance = 'fuzz0api0token0aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const webhookUrlToken = 'fuzz-webhook-token-0123456789abcdef';
const networks: readonly GreenApiNetwork[] = ['whatsapp', 'telegram', 'max'];

describeWebhookFuzz({
  provider: 'green-api',
  seeds: collectWebhookBodies(greenApiFixtures, (value) => typeof value.typeWebhook === 'string'),
  parse: (body, random) => parseGreenApiWebhook(body, { idInstance, network: random.pick(networks) }),
  messenger: createGreenApiMessenger({
    network: 'whatsapp',
    idInstance,
    apiTokenInstance,
    apiUrl: 'http://127.0.0.1:9',
    webhookUrlToken,
  }),
  requestFor: bearerWebhookRequest(idInstance, webhookUrlToken),
  secrets: [apiTokenInstance, webhookUrlToken],
});
