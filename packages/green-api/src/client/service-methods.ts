import { omitUndefined } from '@switchboard/core/adapter';
import { type EmptyOrObjectResponse, emptyOrObjectSchema, listSchema } from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import type { GreenApiCallOptions, GreenApiClientCore } from './green-api-client-core.js';

const contactSchema = v.looseObject({
  // Contact or group chat id, e.g. `79001234567@c.us` (WhatsApp).
  id: v.optional(v.string()),
  // Contact or group chat id (Telegram, MAX).
  chatId: v.optional(v.string()),
  // Name the contact gave themselves, or the group subject.
  name: v.optional(v.nullable(v.string())),
  // Name saved in the phone's address book.
  contactName: v.optional(v.nullable(v.string())),
  // `user` or `group`.
  type: v.optional(v.nullable(v.string())),
});

/**
 * One entry of `getContacts`.
 *
 * @useDeclaredType
 */
export type GreenApiContactEntry = v.InferOutput<typeof contactSchema>;

const avatarSchema = v.looseObject({
  // URL of the picture; `""` when there is none.
  urlAvatar: v.optional(v.nullable(v.string())),
  // `true` when the picture could be read.
  available: v.optional(v.boolean()),
  // `true` when the number is on WhatsApp.
  existsWhatsapp: v.optional(v.boolean()),
  // Why the picture could not be read.
  reason: v.optional(v.nullable(v.string())),
});

const contactInfoSchema = v.looseObject({
  // The contact's chat id, e.g. `79001234567@c.us`.
  chatId: v.optional(v.string()),
  // URL of the contact's picture; `""` when there is none.
  avatar: v.optional(v.nullable(v.string())),
  // Name the contact gave themselves.
  name: v.optional(v.nullable(v.string())),
  // Name saved in the phone's address book.
  contactName: v.optional(v.nullable(v.string())),
  // E-mail of a business account.
  email: v.optional(v.nullable(v.string())),
  // Description of a business account.
  description: v.optional(v.nullable(v.string())),
  // `true` for a WhatsApp Business account.
  isBusiness: v.optional(v.nullable(v.boolean())),
  // When the contact was last online, unix seconds; `null` when hidden.
  lastSeen: v.optional(v.nullable(v.union([v.number(), v.string()]))),
  // Phone number of a MAX contact.
  phoneNumber: v.optional(v.nullable(v.union([v.number(), v.string()]))),
});

/**
 * Answer of `getContactInfo` (WhatsApp adds business fields and products, MAX `phoneNumber`).
 *
 * @useDeclaredType
 */
export type GreenApiContactInfo = v.InferOutput<typeof contactInfoSchema>;

/** A contact to add or edit in the phone's address book (WhatsApp). */
export interface AddressBookContactInput {
  /** The contact's chat id, e.g. `79001234567@c.us`. */
  chatId: string;
  /** First name to save. */
  firstName: string;
  /** Last name to save. */
  lastName?: string | undefined;
  /** `true` also saves the contact in the phone's address book. */
  saveInAddressbook?: boolean | undefined;
}

/**
 * Service methods (reference §2.8): account checks, avatars, contacts, contact info, archive,
 * disappearing messages and the address book.
 */
export const greenApiServiceMethods = {
  /**
   * `POST checkWhatsapp` (WhatsApp): whether a phone (or, newer, a chat id) has WhatsApp, and its chat id.
   */
  checkWhatsapp(
    this: GreenApiClientCore,
    input: { phoneNumber?: number | undefined; chatId?: string | undefined },
    options?: GreenApiCallOptions,
  ): Promise<{ existsWhatsapp: boolean; chatId?: string | undefined; [field: string]: unknown }> {
    return this.call('checkWhatsapp', {
      verb: 'POST',
      json: omitUndefined(input),
      schema: v.looseObject({ existsWhatsapp: v.boolean(), chatId: v.optional(v.string()) }),
      idempotent: true,
      ...options,
    });
  },

  /** `POST checkAccount` (Telegram, MAX): whether a phone has an account, and its chat id. */
  checkAccount(
    this: GreenApiClientCore,
    input: { phoneNumber: number; force?: boolean | undefined },
    options?: GreenApiCallOptions,
  ): Promise<{
    /** `true` when the phone has an account on the network. */
    exist: boolean;
    /** Chat id of the account, when it exists. */
    chatId?: string | undefined;
    /** `true` when GREEN-API answered from its cache (send `force: true` to skip it). */
    fromCache?: boolean | undefined;
    [field: string]: unknown;
  }> {
    return this.call('checkAccount', {
      verb: 'POST',
      json: omitUndefined(input),
      schema: v.looseObject({
        exist: v.boolean(),
        chatId: v.optional(v.nullable(v.pipe(v.union([v.string(), v.number()]), v.transform(String)))),
        fromCache: v.optional(v.boolean()),
      }),
      idempotent: true,
      ...options,
    }) as Promise<{ exist: boolean; chatId?: string | undefined; fromCache?: boolean | undefined }>;
  },

  /** `POST getAvatar`: the avatar URL of a contact or group. A `reason` in the HTTP-200 answer rejects. */
  getAvatar(
    this: GreenApiClientCore,
    input: { chatId: string },
    options?: GreenApiCallOptions,
  ): Promise<v.InferOutput<typeof avatarSchema>> {
    return this.call('getAvatar', {
      verb: 'POST',
      json: input,
      schema: avatarSchema,
      idempotent: true,
      ...options,
    });
  },

  /** `GET getContacts?group=&count=`: the account's contacts and groups. */
  getContacts(
    this: GreenApiClientCore,
    input: { group?: boolean | undefined; count?: number | undefined } = {},
    options?: GreenApiCallOptions,
  ): Promise<GreenApiContactEntry[]> {
    return this.call('getContacts', {
      verb: 'GET',
      searchParams: { group: input.group, count: input.count },
      schema: listSchema(contactSchema),
      ...options,
    });
  },

  /** `POST getContactInfo`. */
  getContactInfo(
    this: GreenApiClientCore,
    input: { chatId: string },
    options?: GreenApiCallOptions,
  ): Promise<GreenApiContactInfo> {
    return this.call('getContactInfo', {
      verb: 'POST',
      json: input,
      schema: contactInfoSchema,
      idempotent: true,
      ...options,
    });
  },

  /** `POST archiveChat` (WhatsApp, Telegram). */
  archiveChat(
    this: GreenApiClientCore,
    input: { chatId: string },
    options?: GreenApiCallOptions,
  ): Promise<EmptyOrObjectResponse> {
    return this.call('archiveChat', { verb: 'POST', json: input, schema: emptyOrObjectSchema, ...options });
  },

  /** `POST unarchiveChat` (WhatsApp, Telegram). */
  unarchiveChat(
    this: GreenApiClientCore,
    input: { chatId: string },
    options?: GreenApiCallOptions,
  ): Promise<EmptyOrObjectResponse> {
    return this.call('unarchiveChat', { verb: 'POST', json: input, schema: emptyOrObjectSchema, ...options });
  },

  /** `POST setDisappearingChat` (WhatsApp): `ephemeralExpiration` 0, 86400, 604800 or 7776000 seconds. */
  setDisappearingChat(
    this: GreenApiClientCore,
    input: { chatId: string; ephemeralExpiration: 0 | 86400 | 604800 | 7776000 },
    options?: GreenApiCallOptions,
  ): Promise<Record<string, unknown>> {
    return this.call('setDisappearingChat', {
      verb: 'POST',
      json: input,
      schema: v.looseObject({}),
      ...options,
    });
  },

  /** `POST addContact` (WhatsApp): saves a contact. */
  addContact(
    this: GreenApiClientCore,
    input: AddressBookContactInput,
    options?: GreenApiCallOptions,
  ): Promise<EmptyOrObjectResponse> {
    return callContact(this, 'addContact', input, options);
  },

  /** `POST editContact` (WhatsApp): changes a saved contact. */
  editContact(
    this: GreenApiClientCore,
    input: AddressBookContactInput,
    options?: GreenApiCallOptions,
  ): Promise<EmptyOrObjectResponse> {
    return callContact(this, 'editContact', input, options);
  },

  /** `POST deleteContact` (WhatsApp): removes a saved contact. */
  deleteContact(
    this: GreenApiClientCore,
    input: { chatId: string },
    options?: GreenApiCallOptions,
  ): Promise<EmptyOrObjectResponse> {
    return callContact(this, 'deleteContact', input, options);
  },
};

/** The type of {@link greenApiServiceMethods}. */
export type GreenApiServiceMethods = typeof greenApiServiceMethods;

function callContact(
  client: GreenApiClientCore,
  method: string,
  input: object,
  options: GreenApiCallOptions | undefined,
): Promise<EmptyOrObjectResponse> {
  return client.call(method, {
    verb: 'POST',
    json: omitUndefined(input),
    schema: emptyOrObjectSchema,
    ...options,
  });
}
