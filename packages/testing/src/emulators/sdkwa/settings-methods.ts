import { jsonResponse } from '../shared/index.js';
import { sdkwaMimeTypes } from './sdkwa-media-store.js';
import type { SdkwaMethodCall, SdkwaMethodTable } from './sdkwa-method-call.js';
import { parseSettingsChanges } from './sdkwa-settings.js';

/** Stores the `file` part of a multipart picture upload and returns its public URL. */
export function storeUploadedPicture(call: SdkwaMethodCall): string {
  const file = call.form()?.file('file');
  if (file === undefined || file.data.length === 0)
    call.fail("'file' is required (multipart/form-data, JPEG)");
  const fileName = file.fileName || 'avatar.jpg';
  const partType = file.contentType ?? 'application/octet-stream';
  const mimeType = partType === 'application/octet-stream' ? sdkwaMimeTypes.mimeTypeOf(fileName) : partType;
  const { media } = call.context;
  return media.urlOf(media.put({ bytes: file.data, fileName, mimeType }));
}

/**
 * Settings and profile methods (reference §2.6, §3.7): `getSettings`, `setSettings` (reboots the instance),
 * `getWarmingPhoneStatus`, `setProfileName`, `setProfileStatus`, `setProfilePicture`, and the basis-api era
 * `getDeviceInfo` (1C library only [V: S7]).
 */
export const settingsMethods: SdkwaMethodTable = {
  getSettings: { verbs: ['GET'], handle: (call) => jsonResponse(200, { ...call.instance.settings }) },
  setSettings: {
    verbs: ['POST'],
    handle: (call) => {
      const parsed = parseSettingsChanges(call.fields());
      if ('problem' in parsed) return call.fail(parsed.problem);
      Object.assign(call.instance.settings, parsed.changes);
      call.instance.reboot();
      return jsonResponse(200, { saveSettings: true });
    },
  },
  getWarmingPhoneStatus: {
    verbs: ['GET'],
    handle: () =>
      jsonResponse(200, {
        warmingType: 'USER_PHONES',
        status: 0,
        isWarmingRunning: 'NOT_STARTED',
        forWarming: 0,
        notWarmed: 0,
        warmed: 0,
      }),
  },
  setProfileName: {
    verbs: ['POST'],
    handle: (call) => {
      call.instance.profile.name = call.requireString('name');
      return jsonResponse(200, {});
    },
  },
  setProfileStatus: {
    verbs: ['POST'],
    handle: (call) => {
      call.instance.profile.status = call.requireString('status');
      return jsonResponse(200, {});
    },
  },
  setProfilePicture: {
    verbs: ['POST'],
    handle: (call) => {
      const urlAvatar = storeUploadedPicture(call);
      call.instance.profile.urlAvatar = urlAvatar;
      return jsonResponse(200, { setProfilePicture: true, urlAvatar, reason: '' });
    },
  },
  getDeviceInfo: {
    verbs: ['GET'],
    handle: () =>
      jsonResponse(200, {
        platform: 'android',
        deviceManufacturer: 'samsung',
        deviceModel: 'SM-A505F',
        osVersion: '11',
        waVersion: '2.23.1.1',
        battery: 80,
      }),
  },
};
