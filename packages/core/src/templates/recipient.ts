import * as v from 'valibot';
import { parseTemplate } from './parse-template.js';

/**
 * Template 1, the recipient: who a message goes to. Give either the provider's native `chatId`
 * (`79001234567@c.us`, `120363043968066561@g.us`, `-100123` for a Telegram/MAX group) or a bare `phone`
 * (digits, `+` and separators are stripped) with `isGroup` for a group number (WhatsApp group numbers
 * run to 18 digits and more, so up to 32 digits are accepted).
 */
export const recipientSchema = buildRecipientSchema();

// @__NO_SIDE_EFFECTS__
function buildRecipientSchema() {
  return v.pipe(
    v.strictObject({
      /** The provider's native chat id, such as `79001234567@c.us` or `-100123`. */
      chatId: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty('chatId must not be empty'))),
      /** A bare phone number; `+` and separators are stripped, 5 to 32 digits remain. */
      phone: v.optional(
        v.pipe(
          v.union([v.string(), v.number()]),
          v.transform((value) => String(value).replace(/[^\d]/g, '')),
          v.minLength(5, 'phone must have at least 5 digits'),
          v.maxLength(32, 'phone must have at most 32 digits'),
        ),
      ),
      /** With `phone`: the number is a group's (WhatsApp `@g.us`); default `false`. */
      isGroup: v.optional(v.boolean(), false),
    }),
    v.check(
      (recipient) => (recipient.chatId === undefined) !== (recipient.phone === undefined),
      'give exactly one of chatId or phone',
    ),
  );
}

/** A validated recipient, see {@link recipientSchema}. */
export type Recipient = v.InferOutput<typeof recipientSchema>;
/** What {@link createRecipient} accepts. */
export type RecipientInput = v.InferInput<typeof recipientSchema>;

/**
 * Builds a complete {@link Recipient} or throws an `invalid-request` error naming the bad field.
 *
 * @example
 * ```ts
 * createRecipient({ phone: 79001234567 });
 * ```
 */
export function createRecipient(input: RecipientInput): Recipient {
  return parseTemplate(recipientSchema, input, 'recipient');
}
