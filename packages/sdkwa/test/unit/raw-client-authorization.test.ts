import { describe } from 'vitest';
import { pathOf, useNock } from '../support/nock-helpers.js';
import { itSendsEachRequestShape, type JsonCase } from '../support/raw-client-cases.js';

useNock();

/** Authorization methods: instance state, QR, codes, logout and reboot. */
const cases: JsonCase[] = [
  {
    name: 'getStateInstance',
    call: (client) => client.getStateInstance(),
    verb: 'GET',
    path: pathOf('getStateInstance'),
    reply: { stateInstance: 'authorized' },
  },
  {
    name: 'qr',
    call: (client) => client.qr(),
    verb: 'GET',
    path: pathOf('qr'),
    reply: { type: 'qrCode', message: 'iVBORw0KGgo' },
  },
  {
    name: 'getAuthorizationCode (phone as an integer)',
    call: (client) => client.getAuthorizationCode({ phoneNumber: '+7 900 123-45-67' }),
    verb: 'POST',
    path: pathOf('getAuthorizationCode'),
    body: { phoneNumber: 79001234567 },
    reply: { status: true, code: '8G9VR9QT' },
  },
  {
    name: 'getPairingCode',
    call: (client) => client.getPairingCode({ phoneNumber: 79001234567 }),
    verb: 'POST',
    path: pathOf('getPairingCode'),
    body: { phoneNumber: 79001234567 },
    reply: { result: true, data: { pairingCode: 'ABC123' } },
  },
  {
    name: 'requestRegistrationCode',
    call: (client) => client.requestRegistrationCode({ phoneNumber: 7123456789, method: 'sms' }),
    verb: 'POST',
    path: pathOf('requestRegistrationCode'),
    body: { phoneNumber: 7123456789, method: 'sms' },
    reply: { status: 'sent', retry_after: 0, sms_wait: 0, voice_wait: '0', length: '6' },
  },
  {
    name: 'requestAuthorizationCode (Postman alias)',
    call: (client) => client.requestAuthorizationCode({ phoneNumber: 7123456789, method: 'voice' }),
    verb: 'POST',
    path: pathOf('requestAuthorizationCode'),
    body: { phoneNumber: 7123456789, method: 'voice' },
    reply: { result: true, message: 'Authorization code sent' },
  },
  {
    name: 'sendRegistrationCode',
    call: (client) => client.sendRegistrationCode({ code: '999999' }),
    verb: 'POST',
    path: pathOf('sendRegistrationCode'),
    body: { code: '999999' },
    reply: { type: '', message: 'Registration code accepted' },
  },
  {
    name: 'sendConfirmationCode (Telegram)',
    call: (client) => client.sendConfirmationCode({ phoneNumber: 79001234567 }),
    verb: 'POST',
    path: pathOf('sendConfirmationCode'),
    body: { phoneNumber: 79001234567 },
    reply: { result: true, message: 'Confirmation code sent' },
  },
  {
    name: 'signInWithConfirmationCode (Telegram)',
    call: (client) => client.signInWithConfirmationCode({ code: '12345' }),
    verb: 'POST',
    path: pathOf('signInWithConfirmationCode'),
    body: { code: '12345' },
    reply: { result: true, message: 'Signed in' },
  },
  {
    name: 'logout',
    call: (client) => client.logout(),
    verb: 'GET',
    path: pathOf('logout'),
    reply: { isLogout: true },
  },
  {
    name: 'reboot',
    call: (client) => client.reboot(),
    verb: 'GET',
    path: pathOf('reboot'),
    reply: { isReboot: true },
  },
];

describe('SdkwaClient request shapes', () => {
  itSendsEachRequestShape(cases);
});
