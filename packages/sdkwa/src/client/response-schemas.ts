import * as v from 'valibot';

/**
 * `{result, message}` answers of the Telegram sign-in methods and `requestAuthorizationCode`.
 *
 * @example
 * ```ts
 * const answer: ResultMessageResponse = { result: true, message: 'Confirmation code sent' };
 * ```
 */
export const resultMessageSchema = v.looseObject({
  result: v.optional(v.boolean()),
  message: v.optional(v.nullable(v.string())),
});

/**
 * A `{result, message}` answer of the Telegram sign-in methods and `requestAuthorizationCode`.
 *
 * @example
 * ```ts
 * const { result }: ResultMessageResponse = await client.sendConfirmationCode({ phoneNumber: 79001234567 });
 * ```
 *
 * @useDeclaredType
 */
export type ResultMessageResponse = v.InferOutput<typeof resultMessageSchema>;

/**
 * `{type, message}` answers of `qr` and `sendRegistrationCode` (`qrCode`, `alreadyLogged`, `error`,
 * `""` for an accepted code).
 *
 * @example
 * ```ts
 * const answer: TypeMessageResponse = { type: 'alreadyLogged', message: 'instance account already authorized' };
 * ```
 */
export const typeMessageSchema = v.looseObject({
  type: v.optional(v.nullable(v.string())),
  message: v.optional(v.nullable(v.string())),
});

/**
 * A `{type, message}` answer of `qr` and `sendRegistrationCode`.
 *
 * @example
 * ```ts
 * const { type }: TypeMessageResponse = await client.qr();
 * ```
 *
 * @useDeclaredType
 */
export type TypeMessageResponse = v.InferOutput<typeof typeMessageSchema>;
