import {
  type ConfirmationResponse,
  confirmationSchema,
  type StateInstanceResponse,
  stateInstanceSchema,
} from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import {
  type ResultMessageResponse,
  resultMessageSchema,
  type TypeMessageResponse,
  typeMessageSchema,
} from './response-schemas.js';
import {
  callGet,
  callPost,
  phoneNumberValue,
  type SdkwaCallOptions,
  type SdkwaClientCore,
} from './sdkwa-client-core.js';

const authorizationCodeSchema = v.looseObject({
  // `true` when a code was issued; `false` when the instance is already authorized or it failed.
  status: v.optional(v.boolean()),
  // Code to enter in WhatsApp → Linked devices → Link with phone number, valid about 2 minutes.
  code: v.optional(v.nullable(v.string())),
});

/**
 * Answer of `getAuthorizationCode`: `{status: true, code: "8G9VR9QT"}`.
 *
 * @useDeclaredType
 */
export type SdkwaAuthorizationCodeResponse = v.InferOutput<typeof authorizationCodeSchema>;

const pairingCodeSchema = v.looseObject({
  // `true` when a pairing code was issued.
  result: v.optional(v.boolean()),
  // The code.
  data: v.optional(
    v.looseObject({
      // Code to enter in WhatsApp → Linked devices → Link with phone number, e.g. `ABC123`.
      pairingCode: v.optional(v.string()),
    }),
  ),
});

/**
 * Answer of `getPairingCode` (OpenAPI only): `{result: true, data: {pairingCode: "ABC123"}}`.
 *
 * @useDeclaredType
 */
export type SdkwaPairingCodeResponse = v.InferOutput<typeof pairingCodeSchema>;

const waitSchema = v.optional(v.union([v.number(), v.string()]));
const registrationSchema = v.looseObject({
  // `sent`, or `fail` (then `reason` says why).
  status: v.optional(v.string()),
  // `alreadyLogged` when the instance is already linked.
  type: v.optional(v.string()),
  // Text of an `alreadyLogged` answer.
  message: v.optional(v.nullable(v.string())),
  // `sms` or `voice`; only on success.
  method: v.optional(v.string()),
  // Why no code was sent, e.g. `too_recent`; only on failure.
  reason: v.optional(v.string()),
  // The phone number the code was requested for.
  login: v.optional(v.union([v.string(), v.number()])),
  // Length of the code, usually 6; only on success.
  length: waitSchema,
  // Seconds until any new code may be requested.
  retry_after: waitSchema,
  // Seconds until a new SMS code may be requested.
  sms_wait: waitSchema,
  // Seconds until a new voice call may be requested.
  voice_wait: waitSchema,
  // Seconds a received code stays valid.
  wa_old_wait: waitSchema,
});

/**
 * Answer of `requestRegistrationCode`: WhatsApp's own code-request JSON (`status: "sent"` with
 * `retry_after`, `sms_wait`, `voice_wait` in seconds, numbers or strings), or
 * `{type: "alreadyLogged"}` when the instance is linked. A refusal (`status: "fail"`) is thrown as a
 * `MessengerError` by the error detector.
 *
 * @useDeclaredType
 */
export type SdkwaRegistrationResponse = v.InferOutput<typeof registrationSchema>;

/**
 * The phone number of an authorization method: digits with the country code (`79001234567`, or a
 * string that is reduced to its digits).
 */
export interface PhoneNumberInput {
  /** Digits with the country code, no `+` (`79001234567`). */
  phoneNumber: number | string;
}

/**
 * Authorization: state, QR, link-with-phone-number codes, SMS/voice registration, Telegram sign-in,
 * logout and reboot.
 */
export const sdkwaAuthorizationMethods = {
  /**
   * `GET getStateInstance`: the instance state (`notAuthorized`, `authorized`, `blocked`, `starting`,
   * and GREEN-API's `suspended`, `yellowCard`); `null` while the instance is being created.
   */
  getStateInstance(this: SdkwaClientCore, options?: SdkwaCallOptions): Promise<StateInstanceResponse> {
    return callGet(this, 'getStateInstance', stateInstanceSchema, options);
  },

  /**
   * `GET qr`: `{type: "qrCode", message: <base64 PNG>}`, `{type: "alreadyLogged"}` or
   * `{type: "error", message}` (all HTTP 200). The code refreshes every ~20 s.
   */
  qr(this: SdkwaClientCore, options?: SdkwaCallOptions): Promise<TypeMessageResponse> {
    return callGet(this, 'qr', typeMessageSchema, options);
  },

  /**
   * `POST getAuthorizationCode {phoneNumber}`: a code to enter in WhatsApp → Linked devices → Link with
   * phone number (valid ~2 min).
   */
  getAuthorizationCode(
    this: SdkwaClientCore,
    input: PhoneNumberInput,
    options?: SdkwaCallOptions,
  ): Promise<SdkwaAuthorizationCodeResponse> {
    return callPost(
      this,
      'getAuthorizationCode',
      { phoneNumber: phoneNumberValue(input.phoneNumber) },
      authorizationCodeSchema,
      options,
    );
  },

  /** `POST getPairingCode {phoneNumber}`: the OpenAPI-only variant of {@link getAuthorizationCode}. */
  getPairingCode(
    this: SdkwaClientCore,
    input: PhoneNumberInput,
    options?: SdkwaCallOptions,
  ): Promise<SdkwaPairingCodeResponse> {
    return callPost(
      this,
      'getPairingCode',
      { phoneNumber: phoneNumberValue(input.phoneNumber) },
      pairingCodeSchema,
      options,
    );
  },

  /**
   * `POST requestRegistrationCode {phoneNumber, method}`: asks WhatsApp to send a registration code by
   * SMS or voice call (the number becomes a WhatsApp mobile account of the instance).
   */
  requestRegistrationCode(
    this: SdkwaClientCore,
    input: PhoneNumberInput & { method: 'sms' | 'voice' },
    options?: SdkwaCallOptions,
  ): Promise<SdkwaRegistrationResponse> {
    return callPost(
      this,
      'requestRegistrationCode',
      { phoneNumber: phoneNumberValue(input.phoneNumber), method: input.method },
      registrationSchema,
      options,
    );
  },

  /**
   * `POST requestAuthorizationCode {phoneNumber, method}`: the Postman collection's name for
   * {@link requestRegistrationCode} (`{result, message}`, possibly with the WhatsApp fields).
   */
  requestAuthorizationCode(
    this: SdkwaClientCore,
    input: PhoneNumberInput & { method: 'sms' | 'voice' },
    options?: SdkwaCallOptions,
  ): Promise<SdkwaRegistrationResponse & ResultMessageResponse> {
    return callPost(
      this,
      'requestAuthorizationCode',
      { phoneNumber: phoneNumberValue(input.phoneNumber), method: input.method },
      v.looseObject({ ...registrationSchema.entries, ...resultMessageSchema.entries }),
      options,
    );
  },

  /**
   * `POST sendRegistrationCode {code}`: confirms the received code (`{type: "", message: "Registration
   * code accepted"}`); a wrong code throws `invalid-request` "invalid code".
   */
  sendRegistrationCode(
    this: SdkwaClientCore,
    input: { code: string },
    options?: SdkwaCallOptions,
  ): Promise<TypeMessageResponse> {
    return callPost(this, 'sendRegistrationCode', { code: input.code }, typeMessageSchema, options);
  },

  /** `POST sendConfirmationCode {phoneNumber}` (Telegram): Telegram sends a login code to the app. */
  sendConfirmationCode(
    this: SdkwaClientCore,
    input: PhoneNumberInput,
    options?: SdkwaCallOptions,
  ): Promise<ResultMessageResponse> {
    return callPost(
      this,
      'sendConfirmationCode',
      { phoneNumber: phoneNumberValue(input.phoneNumber) },
      resultMessageSchema,
      options,
    );
  },

  /** `POST signInWithConfirmationCode {code}` (Telegram): signs in with the received code. */
  signInWithConfirmationCode(
    this: SdkwaClientCore,
    input: { code: string },
    options?: SdkwaCallOptions,
  ): Promise<ResultMessageResponse> {
    return callPost(this, 'signInWithConfirmationCode', { code: input.code }, resultMessageSchema, options);
  },

  /** `GET logout`: unlinks the account (`{isLogout: true}`). */
  logout(this: SdkwaClientCore, options?: SdkwaCallOptions): Promise<ConfirmationResponse<'isLogout'>> {
    return callGet(this, 'logout', confirmationSchema('isLogout'), options);
  },

  /** `GET reboot`: restarts the instance (`{isReboot: true}`). */
  reboot(this: SdkwaClientCore, options?: SdkwaCallOptions): Promise<ConfirmationResponse<'isReboot'>> {
    return callGet(this, 'reboot', confirmationSchema('isReboot'), options);
  },
};

/** The type of {@link sdkwaAuthorizationMethods}. */
export type SdkwaAuthorizationMethods = typeof sdkwaAuthorizationMethods;
