import { whatsgateFixtures } from '@switchboard/testing';
import { createWhatsgateMessenger } from '@switchboard/whatsgate';
import { parseWhatsgateWebhook } from '@switchboard/whatsgate/webhook';
import { collectWebhookBodies } from './support/fuzz/collect-webhook-bodies.js';
import { describeWebhookFuzz } from './support/fuzz/describe-webhook-fuzz.js';

const whatsappId = '6317e1800a3f1';
const apiKey = 'fuzz0whatsgate0api0key0aaaaaaaaa';
const webhookSecret = 'fuzz-whatsgate-secret-0123456789';

describeWebhookFuzz({
  provider: 'whatsgate',
  seeds: collectWebhookBodies(whatsgateFixtures, (value) => typeof value.event_action === 'string'),
  parse: (body) => parseWhatsgateWebhook(body, { instanceId: whatsappId }).events,
  messenger: createWhatsgateMessenger({ apiKey, whatsappId, baseUrl: 'http://127.0.0.1:9', webhookSecret }),
  requestFor: (body, authentic, random) => {
    const query = authentic
      ? `?secret=${webhookSecret}`
      : random.pick(['?secret=wrong', '', `?secret=${apiKey}`]);
    return new Request(`http://127.0.0.1/whatsgate/${whatsappId}${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
  },
  isExpectedSuccess: (text) => (JSON.parse(text) as { result?: unknown }).result === 'OK',
  secrets: [apiKey, webhookSecret],
});
