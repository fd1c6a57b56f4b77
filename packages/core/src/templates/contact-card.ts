import * as v from 'valibot';
import { parseTemplate } from './parse-template.js';

/**
 * A contact card (vCard) to send or one that was received. WhatsApp and Telegram need `phone` and a
 * name; MAX shares an existing user by `chatId`. Received cards also carry `displayName` and `vcard`.
 */
export const contactCardSchema = buildContactCardSchema();

// @__NO_SIDE_EFFECTS__
function buildContactCardSchema() {
  return v.pipe(
    v.strictObject({
      /** The contact's phone number; `+` and separators are stripped, at least 5 digits remain. */
      phone: v.optional(
        v.pipe(
          v.union([v.string(), v.number()]),
          v.transform((value) => String(value).replace(/[^\d]/g, '')),
          v.minLength(5, 'phone must have at least 5 digits'),
        ),
      ),
      /** An existing user to share instead of a number (MAX). */
      chatId: v.optional(v.string()),
      /** The contact's first name. */
      firstName: v.optional(v.string()),
      /** The contact's middle name. */
      middleName: v.optional(v.string()),
      /** The contact's last name. */
      lastName: v.optional(v.string()),
      /** The contact's company. */
      company: v.optional(v.string()),
      /** The name the card shows, as received. */
      displayName: v.optional(v.string()),
      /** The card as vCard text, as received (or to send as is). */
      vcard: v.optional(v.string()),
    }),
    v.check(
      (card) => card.phone !== undefined || card.chatId !== undefined || card.vcard !== undefined,
      'give a phone, a chatId or a vcard',
    ),
  );
}

/** A validated contact card, see {@link contactCardSchema}. */
export type ContactCard = v.InferOutput<typeof contactCardSchema>;
/** What {@link createContactCard} accepts. */
export type ContactCardInput = v.InferInput<typeof contactCardSchema>;

/**
 * Builds a complete {@link ContactCard} or throws an `invalid-request` error naming the bad field.
 *
 * @example
 * ```ts
 * createContactCard({ phone: '+7 (900) 123-45-67', firstName: 'Ivan' });
 * ```
 */
export function createContactCard(input: ContactCardInput): ContactCard {
  return parseTemplate(contactCardSchema, input, 'contact card');
}
