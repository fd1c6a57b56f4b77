import { jsonResponse } from '../shared/index.js';
import { qrCodePng } from '../shared/qr-code-png.js';
import type { SdkwaMethodCall, SdkwaMethodTable } from './sdkwa-method-call.js';
import type { SdkwaRegistrationAnswer, SdkwaRegistrationMethod } from './sdkwa-registration.js';

const alreadyLogged = { type: 'alreadyLogged', message: 'instance account already authorized' } as const;
const hasAuthMessage = 'Instance has auth. You need to make log out';

function qrAnswer(call: SdkwaMethodCall): Record<string, unknown> {
  const { instance, context } = call;
  if (instance.state === 'authorized') return alreadyLogged;
  if (instance.hasAuth) return { type: 'error', message: hasAuthMessage };
  const now = Date.now();
  if (instance.qr === undefined || now - instance.qr.issuedAt >= context.timings.qrRefreshMilliseconds) {
    instance.qr = { content: `${instance.idInstance}:${context.ids.hex(32)}`, issuedAt: now };
  }
  return { type: 'qrCode', message: Buffer.from(qrCodePng(instance.qr.content)).toString('base64') };
}

/** The link-with-phone-number gate shared by `getAuthorizationCode` and `getPairingCode`: an error text or the phone. */
function pairingGate(call: SdkwaMethodCall): { refusal: string; status: number } | { phone: string } {
  const { instance } = call;
  if (instance.state === 'authorized') return { refusal: 'Instance already logged', status: 400 };
  if (instance.hasAuth) {
    return { refusal: `Connection to whatsapp was closed due reason ${hasAuthMessage}`, status: 400 };
  }
  const phone = call.phoneNumber();
  if (instance.state !== 'notAuthorized') return { refusal: `Instance is ${instance.state}`, status: 200 };
  return { phone };
}

function registrationRequest(call: SdkwaMethodCall): SdkwaRegistrationAnswer | undefined {
  if (call.instance.state === 'authorized') return undefined;
  const phone = call.phoneNumber();
  const method = call.requireString('method');
  if (method !== 'sms' && method !== 'voice') call.fail("'method' must be one of: sms, voice");
  return call.instance.registration.request(phone, method as SdkwaRegistrationMethod);
}

/**
 * Authorization methods (reference §2): state, QR, link-with-phone-number codes, SMS/voice registration (with the
 * `requestAuthorizationCode` alias of the Postman collection), logout, reboot, and the Telegram sign-in methods.
 */
export const authMethods: SdkwaMethodTable = {
  getStateInstance: {
    verbs: ['GET'],
    handle: (call) => jsonResponse(200, { stateInstance: call.instance.state }),
  },
  qr: { verbs: ['GET'], handle: (call) => jsonResponse(200, qrAnswer(call)) },
  getAuthorizationCode: {
    verbs: ['POST'],
    handle: (call) => {
      const gate = pairingGate(call);
      if ('refusal' in gate) {
        return gate.status === 400
          ? jsonResponse(400, gate.refusal)
          : jsonResponse(200, { status: false, code: '' });
      }
      return jsonResponse(200, { status: true, code: call.instance.pairingCode.issue(gate.phone).code });
    },
  },
  getPairingCode: {
    verbs: ['POST'],
    handle: (call) => {
      const gate = pairingGate(call);
      if ('refusal' in gate) return jsonResponse(200, { result: false, data: {}, error: gate.refusal });
      return jsonResponse(200, {
        result: true,
        data: { pairingCode: call.instance.pairingCode.issue(gate.phone).code },
      });
    },
  },
  requestRegistrationCode: {
    verbs: ['POST'],
    handle: (call) => jsonResponse(200, registrationRequest(call) ?? alreadyLogged),
  },
  requestAuthorizationCode: {
    verbs: ['POST'],
    handle: (call) => {
      const answer = registrationRequest(call);
      if (answer === undefined) return jsonResponse(200, { result: false, ...alreadyLogged });
      if (answer.status === 'fail')
        return jsonResponse(200, { result: false, message: answer.reason, ...answer });
      return jsonResponse(200, { result: true, message: 'Authorization code sent', ...answer });
    },
  },
  sendRegistrationCode: {
    verbs: ['POST'],
    handle: (call) => {
      if (call.instance.state === 'authorized') return jsonResponse(200, alreadyLogged);
      const phone = call.instance.registration.verify(call.requireString('code'));
      if (phone === undefined) return jsonResponse(200, { type: 'error', message: 'Invalid code' });
      call.instance.authorize(phone, 'WA_MOBILE');
      return jsonResponse(200, { type: '', message: 'Registration code accepted' });
    },
  },
  logout: {
    verbs: ['GET'],
    handle: (call) => {
      call.instance.logout();
      return jsonResponse(200, { isLogout: true });
    },
  },
  reboot: {
    verbs: ['GET'],
    handle: (call) => {
      call.instance.reboot();
      return jsonResponse(200, { isReboot: true });
    },
  },
  sendConfirmationCode: {
    verbs: ['POST'],
    networks: ['telegram'],
    handle: (call) => {
      const phone = call.phoneNumber();
      if (call.instance.state === 'authorized') {
        return jsonResponse(200, { result: false, message: 'Instance already authorized' });
      }
      call.instance.confirmationCode.issue(phone);
      return jsonResponse(200, { result: true, message: 'Confirmation code sent' });
    },
  },
  signInWithConfirmationCode: {
    verbs: ['POST'],
    networks: ['telegram'],
    handle: (call) => {
      const code = call.requireString('code');
      if (call.instance.state === 'authorized') {
        return jsonResponse(200, { result: false, message: 'Instance already authorized' });
      }
      const issued = call.instance.confirmationCode.consume(code);
      if (issued === undefined) return jsonResponse(200, { result: false, message: 'Invalid code' });
      call.instance.authorize(issued.phone);
      return jsonResponse(200, { result: true, message: 'Signed in successfully' });
    },
  },
  createApp: {
    verbs: ['POST'],
    networks: ['telegram'],
    handle: (call) => {
      for (const field of ['title', 'shortName', 'url', 'description']) call.requireString(field);
      if (call.instance.state !== 'authorized') {
        return jsonResponse(200, { result: false, message: 'Instance is not authorized' });
      }
      return jsonResponse(200, { result: true, data: { appId: Number(call.context.ids.numeric(8)) } });
    },
  },
};
