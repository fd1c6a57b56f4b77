import { describe } from 'vitest';
import { pathOf, useNock } from '../support/nock-helpers.js';
import { chatId, itSendsEachRequestShape, type JsonCase } from '../support/raw-client-cases.js';

useNock();

/** Account methods: settings, profile, apps and device. */
const cases: JsonCase[] = [
  {
    name: 'getSettings',
    call: (client) => client.getSettings(),
    verb: 'GET',
    path: pathOf('getSettings'),
    reply: { wid: chatId, incomingWebhook: 'yes' },
  },
  {
    name: 'setSettings',
    call: (client) => client.setSettings({ webhookUrl: '', incomingWebhook: 'yes' }),
    verb: 'POST',
    path: pathOf('setSettings'),
    body: { webhookUrl: '', incomingWebhook: 'yes' },
    reply: { saveSettings: true },
  },
  {
    name: 'getWarmingPhoneStatus',
    call: (client) => client.getWarmingPhoneStatus(),
    verb: 'GET',
    path: pathOf('getWarmingPhoneStatus'),
    reply: { warmingType: 'USER_PHONES', status: 0.88, isWarmingRunning: 'STARTED' },
  },
  {
    name: 'setProfileName',
    call: (client) => client.setProfileName({ name: 'Shop' }),
    verb: 'POST',
    path: pathOf('setProfileName'),
    body: { name: 'Shop' },
    reply: {},
  },
  {
    name: 'setProfileStatus',
    call: (client) => client.setProfileStatus({ status: 'Open' }),
    verb: 'POST',
    path: pathOf('setProfileStatus'),
    body: { status: 'Open' },
    reply: {},
  },
  {
    name: 'createApp (Telegram)',
    call: (client) =>
      client.createApp({ title: 'Shop', shortName: 'shop', url: 'https://example.com', description: 'd' }),
    verb: 'POST',
    path: pathOf('createApp'),
    body: { title: 'Shop', shortName: 'shop', url: 'https://example.com', description: 'd' },
    reply: { result: true, data: { appId: 12345678 } },
  },
  {
    name: 'getDeviceInfo (basis-api era)',
    call: (client) => client.getDeviceInfo(),
    verb: 'GET',
    path: pathOf('getDeviceInfo'),
    reply: { platform: 'android' },
  },
];

describe('SdkwaClient request shapes', () => {
  itSendsEachRequestShape(cases);
});
