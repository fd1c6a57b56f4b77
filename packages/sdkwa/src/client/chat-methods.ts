import {
  type ConfirmationResponse,
  confirmationSchema,
  emptyOrObjectSchema,
  listSchema,
} from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import { SdkwaJournalMethods } from './journal-methods.js';
import { phoneNumberValue, type SdkwaCallOptions } from './sdkwa-client-base.js';

const contactSchema = v.looseObject({
  id: v.string(),
  name: v.optional(v.nullable(v.string())),
  type: v.optional(v.string()),
});

/**
 * One entry of `getContacts`: `{id, name, type: "user"|"group"}`.
 *
 * @example
 * ```ts
 * for (const { id, name, type } of await client.getContacts()) console.log(id, name, type);
 * ```
 *
 * @useDeclaredType
 */
export type SdkwaContactEntry = v.InferOutput<typeof contactSchema>;

const chatSchema = v.looseObject({
  id: v.string(),
  archive: v.optional(v.boolean()),
  notSpam: v.optional(v.boolean()),
});

/**
 * One entry of `getChats`: `{id, archive, notSpam, ephemeralExpiration?, …}`.
 *
 * @example
 * ```ts
 * const archived = (await client.getChats()).filter((chat) => chat.archive);
 * ```
 *
 * @useDeclaredType
 */
export type SdkwaChatEntry = v.InferOutput<typeof chatSchema>;

const contactInfoSchema = v.looseObject({
  avatar: v.optional(v.nullable(v.string())),
  name: v.optional(v.nullable(v.string())),
  email: v.optional(v.nullable(v.string())),
  category: v.optional(v.nullable(v.string())),
  description: v.optional(v.nullable(v.string())),
  chatId: v.optional(v.nullable(v.string())),
  lastSeen: v.optional(v.nullable(v.union([v.number(), v.string()]))),
  isArchive: v.optional(v.nullable(v.boolean())),
  isDisappearing: v.optional(v.nullable(v.boolean())),
  isMute: v.optional(v.nullable(v.boolean())),
});

/**
 * Answer of `getContactInfo`: avatar, name, email, category, description, products, chatId, lastSeen,
 * isArchive, isDisappearing, isMute, messageExpiration, muteExpiration.
 *
 * @example
 * ```ts
 * const { name, isMute }: SdkwaContactInfo = await client.getContactInfo({ chatId });
 * ```
 *
 * @useDeclaredType
 */
export type SdkwaContactInfo = v.InferOutput<typeof contactInfoSchema>;

const existsSchema = v.looseObject({ existsWhatsapp: v.boolean() });
const avatarSchema = v.looseObject({
  existsWhatsapp: v.optional(v.boolean()),
  urlAvatar: v.optional(v.nullable(v.string())),
  reason: v.optional(v.nullable(v.string())),
});

/**
 * Answer of `getAvatar`: `{existsWhatsapp, urlAvatar}` (a `reason` on failure is thrown).
 *
 * @example
 * ```ts
 * const { urlAvatar }: SdkwaAvatarResponse = await client.getAvatar({ chatId });
 * ```
 *
 * @useDeclaredType
 */
export type SdkwaAvatarResponse = v.InferOutput<typeof avatarSchema>;

/**
 * Read marks, chats, contacts and message deletion.
 *
 * @example
 * ```ts
 * await client.readChat({ chatId: '79001234567@c.us' });
 * ```
 */
export class SdkwaChatMethods extends SdkwaJournalMethods {
  /**
   * `POST readChat {chatId, idMessage?}`: marks the chat (or up to one message) read (`{setRead}`).
   *
   * @example
   * ```ts
   * const { setRead } = await client.readChat({ chatId: '7900123456858@c.us' });
   * ```
   */
  readChat(
    input: { chatId: string; idMessage?: string | undefined },
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'setRead'>> {
    return this.post('readChat', input, confirmationSchema('setRead'), options, true);
  }

  /**
   * `GET getContacts`.
   *
   * @example
   * ```ts
   * const contacts = await client.getContacts();
   * ```
   */
  getContacts(options?: SdkwaCallOptions): Promise<SdkwaContactEntry[]> {
    return this.get('getContacts', listSchema(contactSchema), options);
  }

  /**
   * `GET getChats`.
   *
   * @example
   * ```ts
   * const chats = await client.getChats();
   * ```
   */
  getChats(options?: SdkwaCallOptions): Promise<SdkwaChatEntry[]> {
    return this.get('getChats', listSchema(chatSchema), options);
  }

  /**
   * `getContactInfo {chatId}`. The OpenAPI, JS and Go SDKs send it as `GET` with a JSON body, which
   * `fetch` cannot do; the Python SDK sends `POST`. This client sends `POST` by default, or `GET` with
   * `?chatId=` when `verb: 'GET'` is given.
   *
   * @example
   * ```ts
   * const info = await client.getContactInfo({ chatId: '7900123456858@c.us' });
   * ```
   */
  getContactInfo(
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
    return this.post('getContactInfo', { chatId: input.chatId }, contactInfoSchema, callOptions, true);
  }

  /**
   * `POST checkWhatsapp {phoneNumber}` (11–12 digits): `{existsWhatsapp}`.
   *
   * @example
   * ```ts
   * const { existsWhatsapp } = await client.checkWhatsapp({ phoneNumber: 79001234567 });
   * ```
   */
  checkWhatsapp(
    input: { phoneNumber: number | string },
    options?: SdkwaCallOptions,
  ): Promise<v.InferOutput<typeof existsSchema>> {
    return this.post(
      'checkWhatsapp',
      { phoneNumber: phoneNumberValue(input.phoneNumber) },
      existsSchema,
      options,
      true,
    );
  }

  /**
   * `POST checkContact {contact}` (Postman collection): the same check by a phone string.
   *
   * @example
   * ```ts
   * const { existsWhatsapp } = await client.checkContact({ contact: '79001234567' });
   * ```
   */
  checkContact(
    input: { contact: string },
    options?: SdkwaCallOptions,
  ): Promise<v.InferOutput<typeof existsSchema>> {
    return this.post('checkContact', input, existsSchema, options, true);
  }

  /**
   * `POST blockChat {chatId, block}` (Postman collection; the value is the string `"true"`/`"false"`).
   *
   * @example
   * ```ts
   * await client.blockChat({ chatId, block: true });
   * ```
   */
  blockChat(input: { chatId: string; block: boolean }, options?: SdkwaCallOptions): Promise<unknown> {
    return this.post(
      'blockChat',
      { chatId: input.chatId, block: String(input.block) },
      emptyOrObjectSchema,
      options,
    );
  }

  /**
   * `POST getAvatar {chatId}`.
   *
   * @example
   * ```ts
   * const { urlAvatar } = await client.getAvatar({ chatId: '79001234567@c.us' });
   * ```
   */
  getAvatar(input: { chatId: string }, options?: SdkwaCallOptions): Promise<SdkwaAvatarResponse> {
    return this.post('getAvatar', input, avatarSchema, options, true);
  }

  /**
   * `POST archiveChat {chatId}`.
   *
   * @example
   * ```ts
   * await client.archiveChat({ chatId });
   * ```
   */
  archiveChat(input: { chatId: string }, options?: SdkwaCallOptions): Promise<unknown> {
    return this.post('archiveChat', input, emptyOrObjectSchema, options, true);
  }

  /**
   * `POST unarchiveChat {chatId}`.
   *
   * @example
   * ```ts
   * await client.unarchiveChat({ chatId });
   * ```
   */
  unarchiveChat(input: { chatId: string }, options?: SdkwaCallOptions): Promise<unknown> {
    return this.post('unarchiveChat', input, emptyOrObjectSchema, options, true);
  }

  /**
   * `POST deleteMessage {chatId, idMessage}`.
   *
   * @example
   * ```ts
   * await client.deleteMessage({ chatId, idMessage: '3EB0C767D097B7C7C030' });
   * ```
   */
  deleteMessage(input: { chatId: string; idMessage: string }, options?: SdkwaCallOptions): Promise<unknown> {
    return this.post('deleteMessage', input, emptyOrObjectSchema, options);
  }
}
