import {
  type AccountSettingsResponse,
  type AuthorizationCodeResponse,
  type AuthorizationStepResponse,
  accountSettingsSchema,
  authorizationCodeSchema,
  authorizationStepSchema,
  type ConfirmationResponse,
  confirmationSchema,
  type GreenApiSettings,
  type GreenApiWritableSettings,
  type MultipartFile,
  multipartForm,
  type PictureResponse,
  pictureSchema,
  type QrResponse,
  qrSchema,
  type StateInstanceResponse,
  settingsSchema,
  stateInstanceSchema,
} from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import {
  type GreenApiCallOptions,
  type GreenApiClientCore,
  rotateApiToken,
} from './green-api-client-core.js';

/** A file to upload: bytes or a `Blob`, with a name and MIME type. */
export type GreenApiUploadFile = MultipartFile;

const objectSchema = v.looseObject({});

/**
 * Account and instance methods (reference §2.1): settings, state, QR and code authorization, profile,
 * reboot, logout, token rotation.
 */
export const greenApiAccountMethods = {
  /** `GET getSettings`: the instance settings. */
  getSettings(this: GreenApiClientCore, options?: GreenApiCallOptions): Promise<GreenApiSettings> {
    return this.call('getSettings', { verb: 'GET', schema: settingsSchema, ...options });
  },

  /** `POST setSettings`: changes some settings (`"yes"`/`"no"` flags); the instance reboots. */
  setSettings(
    this: GreenApiClientCore,
    settings: GreenApiWritableSettings,
    options?: GreenApiCallOptions,
  ): Promise<ConfirmationResponse<'saveSettings'>> {
    return this.call('setSettings', {
      verb: 'POST',
      json: settings,
      schema: confirmationSchema('saveSettings'),
      ...options,
    });
  },

  /** `GET getStateInstance`: `authorized`, `notAuthorized`, `starting`…; `null` while being created. */
  getStateInstance(this: GreenApiClientCore, options?: GreenApiCallOptions): Promise<StateInstanceResponse> {
    return this.call('getStateInstance', { verb: 'GET', schema: stateInstanceSchema, ...options });
  },

  /** `GET getStatusInstance` (WhatsApp): socket status `online`/`offline`. */
  getStatusInstance(
    this: GreenApiClientCore,
    options?: GreenApiCallOptions,
  ): Promise<{ statusInstance?: string; [field: string]: unknown }> {
    return this.call('getStatusInstance', {
      verb: 'GET',
      schema: v.looseObject({ statusInstance: v.optional(v.string()) }),
      ...options,
    });
  },

  /** `GET reboot`: restarts the instance. Never retried automatically (it changes state). */
  reboot(this: GreenApiClientCore, options?: GreenApiCallOptions): Promise<ConfirmationResponse<'isReboot'>> {
    return this.call('reboot', {
      verb: 'GET',
      schema: confirmationSchema('isReboot'),
      idempotent: false,
      ...options,
    });
  },

  /** `GET logout`: logs the account out. Never retried automatically (it changes state). */
  logout(this: GreenApiClientCore, options?: GreenApiCallOptions): Promise<ConfirmationResponse<'isLogout'>> {
    return this.call('logout', {
      verb: 'GET',
      schema: confirmationSchema('isLogout'),
      idempotent: false,
      ...options,
    });
  },

  /** `GET qr`: a base64 PNG QR code (`type: 'qrCode'`), or `alreadyLogged`, or `error` with a text. */
  qr(this: GreenApiClientCore, options?: GreenApiCallOptions): Promise<QrResponse> {
    return this.call('qr', { verb: 'GET', schema: qrSchema, ...options });
  },

  /**
   * `POST getAuthorizationCode` (WhatsApp): a code to link the account by phone number instead of a QR.
   * `null`/`false` answers reject with a `provider` error.
   */
  getAuthorizationCode(
    this: GreenApiClientCore,
    input: { phoneNumber: number },
    options?: GreenApiCallOptions,
  ): Promise<AuthorizationCodeResponse> {
    return this.call('getAuthorizationCode', {
      verb: 'POST',
      json: input,
      schema: authorizationCodeSchema,
      ...options,
    });
  },

  /** `POST startAuthorization` (Telegram, MAX): sends a login code to the app or by SMS. */
  startAuthorization(
    this: GreenApiClientCore,
    input: { phoneNumber: number },
    options?: GreenApiCallOptions,
  ): Promise<AuthorizationStepResponse> {
    return this.call('startAuthorization', {
      verb: 'POST',
      json: input,
      schema: authorizationStepSchema,
      ...options,
    });
  },

  /**
   * `POST sendAuthorizationCode` (Telegram, MAX): confirms the login code (Telegram also takes the password).
   */
  sendAuthorizationCode(
    this: GreenApiClientCore,
    input: { code: string; password?: string | undefined },
    options?: GreenApiCallOptions,
  ): Promise<AuthorizationStepResponse> {
    return this.call('sendAuthorizationCode', {
      verb: 'POST',
      json: input,
      schema: authorizationStepSchema,
      ...options,
    });
  },

  /** `POST sendAuthorizationPassword` (Telegram): the two-factor cloud password. */
  sendAuthorizationPassword(
    this: GreenApiClientCore,
    input: { password: string },
    options?: GreenApiCallOptions,
  ): Promise<AuthorizationStepResponse> {
    return this.call('sendAuthorizationPassword', {
      verb: 'POST',
      json: input,
      schema: authorizationStepSchema,
      ...options,
    });
  },

  /** `GET getWaSettings` (WhatsApp): the account's phone, chat id, avatar and state. */
  getWaSettings(this: GreenApiClientCore, options?: GreenApiCallOptions): Promise<AccountSettingsResponse> {
    return this.call('getWaSettings', { verb: 'GET', schema: accountSettingsSchema, ...options });
  },

  /** `GET getAccountSettings` (Telegram, MAX): the account's phone, chat id, avatar and state. */
  getAccountSettings(
    this: GreenApiClientCore,
    options?: GreenApiCallOptions,
  ): Promise<AccountSettingsResponse> {
    return this.call('getAccountSettings', { verb: 'GET', schema: accountSettingsSchema, ...options });
  },

  /** `POST setProfilePicture` (multipart `file`, a JPEG, to the API host). `false` + `reason` rejects. */
  setProfilePicture(
    this: GreenApiClientCore,
    file: GreenApiUploadFile,
    options?: GreenApiCallOptions,
  ): Promise<PictureResponse> {
    return this.call('setProfilePicture', {
      verb: 'POST',
      body: multipartForm(file, {}),
      schema: pictureSchema,
      ...options,
    });
  },

  /** `GET getDeviceInfo` (WhatsApp, deprecated): the phone's model, OS and battery. */
  getDeviceInfo(this: GreenApiClientCore, options?: GreenApiCallOptions): Promise<Record<string, unknown>> {
    return this.call('getDeviceInfo', { verb: 'GET', schema: objectSchema, ...options });
  },

  /**
   * `GET updateApiToken` (WhatsApp): rotates the token. The client switches to the new token, which
   * is redacted from then on. Never retried automatically: a retry after a lost answer would go out
   * with the token the first call revoked.
   */
  async updateApiToken(
    this: GreenApiClientCore,
    options?: GreenApiCallOptions,
  ): Promise<{ apiTokenInstance: string }> {
    const answer = await this.call('updateApiToken', {
      verb: 'GET',
      schema: v.looseObject({ apiTokenInstance: v.string() }),
      // A retry after a lost answer would go out with the old token once the new one is issued.
      idempotent: false,
      ...options,
    });
    this[rotateApiToken](answer.apiTokenInstance);
    return answer;
  },
};

/** The type of {@link greenApiAccountMethods}. */
export type GreenApiAccountMethods = typeof greenApiAccountMethods;
