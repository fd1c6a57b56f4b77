import {
  type ConfirmationResponse,
  confirmationSchema,
  emptyOrObjectSchema,
  listSchema,
} from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import {
  callGet,
  callPost,
  phoneNumberValue,
  type SdkwaCallOptions,
  type SdkwaClientCore,
} from './sdkwa-client-core.js';

const contactSchema = v.looseObject({
  // Contact or group JID, e.g. `79001234567@c.us` or `…@g.us`.
  id: v.string(),
  // Name as saved in the phone's contacts or the group subject.
  name: v.optional(v.nullable(v.string())),
  // `user` or `group`.
  type: v.optional(v.string()),
});

/**
 * One entry of `getContacts`: `{id, name, type: "user"|"group"}`.
 *
 * @useDeclaredType
 */
export type SdkwaContactEntry = v.InferOutput<typeof contactSchema>;

const chatSchema = v.looseObject({
  // Chat JID, e.g. `79001234567@c.us` or `…@g.us`.
  id: v.string(),
  // `true` when the chat is archived.
  archive: v.optional(v.boolean()),
  // `true` when the chat is not marked as spam.
  notSpam: v.optional(v.boolean()),
});

/**
 * One entry of `getChats`: `{id, archive, notSpam, ephemeralExpiration?, …}`.
 *
 * @useDeclaredType
 */
export type SdkwaChatEntry = v.InferOutput<typeof chatSchema>;

const contactInfoSchema = v.looseObject({
  // URL of the contact's picture; `""` when there is none.
  avatar: v.optional(v.nullable(v.string())),
  // The contact's name.
  name: v.optional(v.nullable(v.string())),
  // E-mail of a business account.
  email: v.optional(v.nullable(v.string())),
  // Category of a business account.
  category: v.optional(v.nullable(v.string())),
  // Description of a business account.
  description: v.optional(v.nullable(v.string())),
  // The contact's JID, e.g. `79001234567@c.us`.
  chatId: v.optional(v.nullable(v.string())),
  // When the contact was last online, unix seconds; `null` when hidden.
  lastSeen: v.optional(v.nullable(v.union([v.number(), v.string()]))),
  // `true` when the chat is archived.
  isArchive: v.optional(v.nullable(v.boolean())),
  // `true` when disappearing messages are on in the chat.
  isDisappearing: v.optional(v.nullable(v.boolean())),
  // `true` when the chat is muted.
  isMute: v.optional(v.nullable(v.boolean())),
});

/**
 * Answer of `getContactInfo`: avatar, name, email, category, description, products, chatId, lastSeen,
 * isArchive, isDisappearing, isMute, messageExpiration, muteExpiration.
 *
 * @useDeclaredType
 */
export type SdkwaContactInfo = v.InferOutput<typeof contactInfoSchema>;

const existsSchema = v.looseObject({
  /** `true` when the number is on WhatsApp. */
  existsWhatsapp: v.boolean(),
});
const avatarSchema = v.looseObject({
  // `true` when the number is on WhatsApp.
  existsWhatsapp: v.optional(v.boolean()),
  // URL of the picture; `""` when there is none.
  urlAvatar: v.optional(v.nullable(v.string())),
  // Why the picture could not be read, e.g. `get avatar timeout limit exceeded`.
  reason: v.optional(v.nullable(v.string())),
});

/**
 * Answer of `getAvatar`: `{existsWhatsapp, urlAvatar}` (a `reason` on failure is thrown).
 *
 * @useDeclaredType
 */
export type SdkwaAvatarResponse = v.InferOutput<typeof avatarSchema>;

/** Read marks, chats, contacts and message deletion. */
export const sdkwaChatMethods = {
  /** `POST readChat {chatId, idMessage?}`: marks the chat (or up to one message) read (`{setRead}`). */
  readChat(
    this: SdkwaClientCore,
    input: { chatId: string; idMessage?: string | undefined },
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'setRead'>> {
    return callPost(this, 'readChat', input, confirmationSchema('setRead'), options, true);
  },

  /** `GET getContacts`. */
  getContacts(this: SdkwaClientCore, options?: SdkwaCallOptions): Promise<SdkwaContactEntry[]> {
    return callGet(this, 'getContacts', listSchema(contactSchema), options);
  },

  /** `GET getChats`. */
  getChats(this: SdkwaClientCore, options?: SdkwaCallOptions): Promise<SdkwaChatEntry[]> {
    return callGet(this, 'getChats', listSchema(chatSchema), options);
  },

  /**
   * `getContactInfo {chatId}`. The OpenAPI, JS and Go SDKs send it as `GET` with a JSON body, which
   * `fetch` cannot do; the Python SDK sends `POST`. This client sends `POST` by default, or `GET` with
   * `?chatId=` when `verb: 'GET'` is given.
   */
  getContactInfo(
    this: SdkwaClientCore,
    input: { chatId: string },
    options: SdkwaCallOptions & { verb?: 'GET' | 'POST' } = {},
  ): Promise<SdkwaContactInfo> {
    const { verb = 'POST', ...callOptions } = options;
    if (verb === 'GET') {
      return this.call('getContactInfo', {
        verb: 'GET',
        searchParams: { chatId: input.chatId },
        schema: contactInfoSchema,
        ...callOptions,
      });
    }
    return callPost(this, 'getContactInfo', { chatId: input.chatId }, contactInfoSchema, callOptions, true);
  },

  /** `POST checkWhatsapp {phoneNumber}` (11–12 digits): `{existsWhatsapp}`. */
  checkWhatsapp(
    this: SdkwaClientCore,
    input: { phoneNumber: number | string },
    options?: SdkwaCallOptions,
  ): Promise<v.InferOutput<typeof existsSchema>> {
    return callPost(
      this,
      'checkWhatsapp',
      { phoneNumber: phoneNumberValue(input.phoneNumber) },
      existsSchema,
      options,
      true,
    );
  },

  /** `POST checkContact {contact}` (Postman collection): the same check by a phone string. */
  checkContact(
    this: SdkwaClientCore,
    input: { contact: string },
    options?: SdkwaCallOptions,
  ): Promise<v.InferOutput<typeof existsSchema>> {
    return callPost(this, 'checkContact', input, existsSchema, options, true);
  },

  /** `POST blockChat {chatId, block}` (Postman collection; the value is the string `"true"`/`"false"`). */
  blockChat(
    this: SdkwaClientCore,
    input: { chatId: string; block: boolean },
    options?: SdkwaCallOptions,
  ): Promise<unknown> {
    return callPost(
      this,
      'blockChat',
      { chatId: input.chatId, block: String(input.block) },
      emptyOrObjectSchema,
      options,
    );
  },

  /** `POST getAvatar {chatId}`. */
  getAvatar(
    this: SdkwaClientCore,
    input: { chatId: string },
    options?: SdkwaCallOptions,
  ): Promise<SdkwaAvatarResponse> {
    return callPost(this, 'getAvatar', input, avatarSchema, options, true);
  },

  /** `POST archiveChat {chatId}`. */
  archiveChat(
    this: SdkwaClientCore,
    input: { chatId: string },
    options?: SdkwaCallOptions,
  ): Promise<unknown> {
    return callPost(this, 'archiveChat', input, emptyOrObjectSchema, options, true);
  },

  /** `POST unarchiveChat {chatId}`. */
  unarchiveChat(
    this: SdkwaClientCore,
    input: { chatId: string },
    options?: SdkwaCallOptions,
  ): Promise<unknown> {
    return callPost(this, 'unarchiveChat', input, emptyOrObjectSchema, options, true);
  },

  /** `POST deleteMessage {chatId, idMessage}`. */
  deleteMessage(
    this: SdkwaClientCore,
    input: { chatId: string; idMessage: string },
    options?: SdkwaCallOptions,
  ): Promise<unknown> {
    return callPost(this, 'deleteMessage', input, emptyOrObjectSchema, options);
  },
};

/** The type of {@link sdkwaChatMethods}. */
export type SdkwaChatMethods = typeof sdkwaChatMethods;
