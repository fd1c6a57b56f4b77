import { hexId, jsonResponse } from '../../shared/index.js';
import { BodyFields } from '../body-fields.js';
import { GreenApiHttpError } from '../green-api-http-error.js';
import { type GreenApiRoute, networksOf } from '../green-api-route.js';
import { parseSettingsPatch, settingsView } from '../instance-settings.js';
import { placeholderPngBase64 } from '../media-placeholders.js';
import { tryReadMultipartUpload } from '../multipart-upload.js';

const avatarUrl = (wid: string) =>
  wid === '' ? '' : `https://pps.whatsapp.net/v/t61/${encodeURIComponent(wid)}.jpg`;

/** Account methods: settings, state, QR / pairing / code logins, logout, reboot, profile, token rotation. */
export const accountRoutes: readonly GreenApiRoute[] = [
  {
    name: 'getSettings',
    verbs: ['GET'],
    handle: ({ instance }) => jsonResponse(200, settingsView(instance.settings, instance.typeInstance)),
  },
  {
    name: 'setSettings',
    verbs: ['POST'],
    handle: ({ request, instance }) => {
      const fields = BodyFields.fromRequest(request);
      if (Object.keys(fields.values).length === 0)
        throw GreenApiHttpError.validation(`'value' must have at least 1 key`);
      instance.applySettings(parseSettingsPatch(fields.values));
      instance.reboot();
      return jsonResponse(200, { saveSettings: true });
    },
  },
  {
    name: 'getStateInstance',
    verbs: ['GET'],
    handle: ({ instance }) => jsonResponse(200, { stateInstance: instance.state }),
  },
  {
    name: 'getStatusInstance',
    verbs: ['GET'],
    networks: networksOf.whatsapp,
    handle: ({ instance }) =>
      jsonResponse(200, { statusInstance: instance.isReady() ? instance.statusInstance : 'offline' }),
  },
  {
    name: 'reboot',
    verbs: ['GET'],
    handle: ({ instance }) => {
      instance.reboot();
      return jsonResponse(200, { isReboot: true });
    },
  },
  {
    name: 'logout',
    verbs: ['GET'],
    handle: ({ instance }) => {
      instance.logout();
      return jsonResponse(200, { isLogout: true });
    },
  },
  { name: 'qr', verbs: ['GET'], handle: ({ instance }) => jsonResponse(200, instance.auth.qr()) },
  {
    name: 'getAuthorizationCode',
    verbs: ['POST'],
    networks: networksOf.whatsapp,
    handle: ({ request, instance }) => {
      const phone = BodyFields.fromRequest(request).phoneNumber('phoneNumber');
      return jsonResponse(200, instance.auth.requestPairingCode(phone));
    },
  },
  {
    name: 'startAuthorization',
    verbs: ['POST'],
    networks: networksOf.telegramMax,
    handle: ({ request, instance }) => {
      const phone = BodyFields.fromRequest(request).phoneNumber('phoneNumber');
      return jsonResponse(200, instance.auth.startAuthorization(phone));
    },
  },
  {
    name: 'sendAuthorizationCode',
    verbs: ['POST'],
    networks: networksOf.telegramMax,
    handle: ({ request, instance }) => {
      const fields = BodyFields.fromRequest(request);
      const raw = fields.values.code;
      const code = typeof raw === 'number' ? String(raw) : fields.requiredString('code');
      const password = instance.typeInstance === 'telegram' ? fields.optionalString('password') : undefined;
      return jsonResponse(200, instance.auth.sendAuthorizationCode(code, password));
    },
  },
  {
    name: 'sendAuthorizationPassword',
    verbs: ['POST'],
    networks: networksOf.telegram,
    handle: ({ request, instance }) => {
      const password = BodyFields.fromRequest(request).requiredString('password');
      return jsonResponse(200, instance.auth.sendAuthorizationPassword(password));
    },
  },
  {
    name: 'getWaSettings',
    verbs: ['GET'],
    networks: networksOf.whatsapp,
    handle: ({ instance }) =>
      jsonResponse(200, {
        avatar: avatarUrl(instance.wid),
        phone: instance.wid === '' ? '' : instance.phone,
        stateInstance: instance.state,
        deviceId: instance.wid === '' ? '' : `${instance.idInstance}-device`,
        chatId: instance.wid,
      }),
  },
  {
    name: 'getAccountSettings',
    verbs: ['GET'],
    networks: networksOf.telegramMax,
    handle: ({ instance }) => {
      const loggedIn = instance.wid !== '';
      const maxFields = instance.typeInstance === 'v3' ? { historySyncProgress: loggedIn ? 100 : 0 } : {};
      return jsonResponse(200, {
        avatar: '',
        phone: loggedIn ? instance.phone : '',
        stateInstance: instance.state,
        chatId: instance.wid,
        ...maxFields,
      });
    },
  },
  {
    name: 'setProfilePicture',
    verbs: ['POST'],
    live: true,
    handle: ({ request, services }) => {
      const file = tryReadMultipartUpload(request)?.file;
      if (file === undefined || file.data.length === 0) {
        return jsonResponse(200, { setProfilePicture: false, urlAvatar: '', reason: 'bad request data' });
      }
      const stored = services.media.put({
        bytes: file.data,
        fileName: file.fileName ?? 'avatar.jpg',
        mimeType: file.contentType ?? 'image/jpeg',
      });
      return jsonResponse(200, { setProfilePicture: true, urlAvatar: stored.url, reason: null });
    },
  },
  {
    name: 'getDeviceInfo',
    verbs: ['GET'],
    networks: networksOf.whatsapp,
    handle: () =>
      jsonResponse(200, {
        platform: 'android',
        deviceManufacturer: 'Emulator',
        deviceModel: 'GREEN-API emulator',
        osVersion: '14',
        waVersion: '2.24.1.1',
        battery: 100,
        image: placeholderPngBase64,
      }),
  },
  {
    name: 'updateApiToken',
    verbs: ['GET'],
    handle: ({ instance, services }) => {
      instance.apiTokenInstance = hexId(50, services.random).toLowerCase();
      return jsonResponse(200, { apiTokenInstance: instance.apiTokenInstance });
    },
  },
];
