import { describe } from 'vitest';
import { useNock } from '../support/nock-helpers.js';
import { chatId, itSendsEachWhatsAppRequestShape, type RawCase } from '../support/raw-client-cases.js';

useNock();

/** Account methods (§2.1). */
const cases: RawCase[] = [
  {
    method: 'getSettings',
    verb: 'GET',
    call: (c) => c.getSettings(),
    reply: { webhookUrl: '', incomingWebhook: 'yes' },
  },
  {
    method: 'setSettings',
    verb: 'POST',
    call: (c) => c.setSettings({ webhookUrl: '', incomingWebhook: 'yes' }),
    body: { webhookUrl: '', incomingWebhook: 'yes' },
    reply: { saveSettings: true },
  },
  {
    method: 'getStateInstance',
    verb: 'GET',
    call: (c) => c.getStateInstance(),
    reply: { stateInstance: 'authorized' },
  },
  {
    method: 'getStatusInstance',
    verb: 'GET',
    call: (c) => c.getStatusInstance(),
    reply: { statusInstance: 'online' },
  },
  { method: 'reboot', verb: 'GET', call: (c) => c.reboot(), reply: { isReboot: true } },
  { method: 'logout', verb: 'GET', call: (c) => c.logout(), reply: { isLogout: true } },
  { method: 'qr', verb: 'GET', call: (c) => c.qr(), reply: { type: 'qrCode', message: 'iVBORw0KGgo=' } },
  {
    method: 'getAuthorizationCode',
    verb: 'POST',
    call: (c) => c.getAuthorizationCode({ phoneNumber: 79001234567 }),
    body: { phoneNumber: 79001234567 },
    reply: { status: true, code: 'ABCD1234' },
  },
  {
    method: 'startAuthorization',
    verb: 'POST',
    call: (c) => c.startAuthorization({ phoneNumber: 79001234567 }),
    body: { phoneNumber: 79001234567 },
    reply: { status: true, data: { status: 'success' } },
  },
  {
    method: 'sendAuthorizationCode',
    verb: 'POST',
    call: (c) => c.sendAuthorizationCode({ code: '12345' }),
    body: { code: '12345' },
    reply: { status: true, data: { status: 'success' } },
  },
  {
    method: 'sendAuthorizationPassword',
    verb: 'POST',
    call: (c) => c.sendAuthorizationPassword({ password: 'cloud' }),
    body: { password: 'cloud' },
    reply: { status: true, data: { status: 'success' } },
  },
  {
    method: 'getWaSettings',
    verb: 'GET',
    call: (c) => c.getWaSettings(),
    reply: { phone: '79876543210', chatId },
  },
  {
    method: 'getAccountSettings',
    verb: 'GET',
    call: (c) => c.getAccountSettings(),
    reply: { phone: '79876543210' },
  },
  { method: 'getDeviceInfo', verb: 'GET', call: (c) => c.getDeviceInfo(), reply: { deviceModel: 'Pixel' } },
];

describe('GreenApiClient request shapes (WhatsApp)', () => {
  itSendsEachWhatsAppRequestShape(cases);
});
