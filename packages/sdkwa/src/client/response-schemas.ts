import * as v from 'valibot';

/** `{result, message}` answers of the Telegram sign-in methods and `requestAuthorizationCode`. */
export const resultMessageSchema = v.looseObject({
  // `true` when the step succeeded.
  result: v.optional(v.boolean()),
  // SDKWA's text, e.g. `Authorization code sent`.
  message: v.optional(v.nullable(v.string())),
});

/**
 * A `{result, message}` answer of the Telegram sign-in methods and `requestAuthorizationCode`.
 *
 * @useDeclaredType
 */
export type ResultMessageResponse = v.InferOutput<typeof resultMessageSchema>;

/**
 * `{type, message}` answers of `qr` and `sendRegistrationCode` (`qrCode`, `alreadyLogged`, `error`,
 * `""` for an accepted code).
 */
export const typeMessageSchema = v.looseObject({
  // `qrCode`, `alreadyLogged`, `error`, or `""` for an accepted registration code.
  type: v.optional(v.nullable(v.string())),
  // The base64 PNG of a `qrCode` answer (no `data:` prefix), otherwise SDKWA's text.
  message: v.optional(v.nullable(v.string())),
});

/**
 * A `{type, message}` answer of `qr` and `sendRegistrationCode`.
 *
 * @useDeclaredType
 */
export type TypeMessageResponse = v.InferOutput<typeof typeMessageSchema>;
