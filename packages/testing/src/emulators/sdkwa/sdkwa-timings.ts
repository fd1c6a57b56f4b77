/**
 * Every wait the SDKWA emulator applies, in milliseconds. Defaults are the documented (or realistic) values; tests
 * shorten them through `timings` and/or `timeScale` of the emulator options.
 *
 * @example
 * const timings: Partial<SdkwaTimings> = { receiveTimeoutMilliseconds: 50, smsWaitMilliseconds: 200 };
 */
export interface SdkwaTimings {
  /** Long-poll of `receiveNotification` ("waits up to 5 s", OpenAPI). */
  receiveTimeoutMilliseconds: number;
  /** Upper bound for the optional `?receiveTimeout=` seconds parameter (GREEN-API heritage [I]). */
  maxReceiveTimeoutMilliseconds: number;
  /** How long `reboot`/`setSettings` keep the instance in `starting`. */
  rebootMilliseconds: number;
  /** A QR image stays the same (and scannable) for this long ("refreshes every ~20 s"). */
  qrRefreshMilliseconds: number;
  /** Validity of a `getAuthorizationCode`/`getPairingCode` code ("~2 min"). */
  authorizationCodeTtlMilliseconds: number;
  /** `sms_wait` countdown after an SMS registration code was sent. */
  smsWaitMilliseconds: number;
  /** `voice_wait` countdown after a voice registration code was sent. */
  voiceWaitMilliseconds: number;
  /** Validity of a registration code (`wa_old_wait`, 300 s in the sample). */
  registrationCodeTtlMilliseconds: number;
  /** Validity of a Telegram confirmation code. */
  confirmationCodeTtlMilliseconds: number;
  /** Pause between `sent` and the automatic `delivered` status (when `autoDeliver` is on). */
  deliveryDelayMilliseconds: number;
  /** Pause before a webhook retry. */
  webhookRetryDelayMilliseconds: number;
  /** How often a send queue held by `sendFromUTC`/`sendToUTC` re-checks the window. */
  sendWindowRecheckMilliseconds: number;
}

/**
 * The defaults of {@link SdkwaTimings}.
 *
 * @example
 * defaultSdkwaTimings.receiveTimeoutMilliseconds; // 5000
 */
export const defaultSdkwaTimings: Readonly<SdkwaTimings> = Object.freeze({
  receiveTimeoutMilliseconds: 5_000,
  maxReceiveTimeoutMilliseconds: 60_000,
  rebootMilliseconds: 2_000,
  qrRefreshMilliseconds: 20_000,
  authorizationCodeTtlMilliseconds: 120_000,
  smsWaitMilliseconds: 60_000,
  voiceWaitMilliseconds: 60_000,
  registrationCodeTtlMilliseconds: 300_000,
  confirmationCodeTtlMilliseconds: 300_000,
  deliveryDelayMilliseconds: 100,
  webhookRetryDelayMilliseconds: 1_000,
  sendWindowRecheckMilliseconds: 1_000,
});

/** Merges overrides into the defaults and multiplies every value by `timeScale`. */
export function resolveSdkwaTimings(overrides: Partial<SdkwaTimings> = {}, timeScale = 1): SdkwaTimings {
  const merged: SdkwaTimings = { ...defaultSdkwaTimings, ...overrides };
  const scaled = {} as SdkwaTimings;
  for (const key of Object.keys(merged) as Array<keyof SdkwaTimings>) {
    scaled[key] = Math.max(0, Math.round(merged[key] * timeScale));
  }
  return scaled;
}
