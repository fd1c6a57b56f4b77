import {
  type GreenApiJournalEntry,
  journalEntrySchema,
  listSchema,
  readJournalEntries,
} from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import type { GreenApiCallOptions, GreenApiClientCore } from './green-api-client-core.js';

const notificationSchema = v.nullable(
  v.looseObject({
    // Receipt id to pass to `deleteNotification`, increasing.
    receiptId: v.union([v.number(), v.string()]),
    // The notification, shaped like a webhook body (`typeWebhook`, `instanceData`, …).
    body: v.optional(v.unknown()),
  }),
);

/**
 * One item of the notification queue: `receiptId` for `deleteNotification` and the webhook `body`.
 *
 * @useDeclaredType
 */
export type GreenApiNotificationEnvelope = v.InferOutput<typeof notificationSchema>;

const chatSchema = v.looseObject({
  // Chat id: `79001234567@c.us`, a group `…@g.us`, or a Telegram/MAX chat id.
  chatId: v.optional(v.string()),
  // Chat id, as older WhatsApp answers name it.
  id: v.optional(v.string()),
  // Name of the chat.
  name: v.optional(v.nullable(v.string())),
  // `user` or `group`.
  type: v.optional(v.nullable(v.string())),
});

/**
 * One entry of `getChats` (Telegram, MAX, newer WhatsApp).
 *
 * @useDeclaredType
 */
export type GreenApiChatEntry = v.InferOutput<typeof chatSchema>;

/**
 * Receiving (reference §2.3) and journal (§2.4) methods: the notification queue, file links, chat
 * history, single messages, the incoming and outgoing journals and the chat list.
 */
export const greenApiReceivingMethods = {
  /**
   * `GET receiveNotification?receiveTimeout=N`: long-polls for the head of the queue (5–60 s); `null`
   * when nothing arrived. The same item comes back until it is deleted.
   */
  receiveNotification(
    this: GreenApiClientCore,
    input: { receiveTimeout?: number | undefined } = {},
    options?: GreenApiCallOptions,
  ): Promise<GreenApiNotificationEnvelope> {
    const receiveTimeout = input.receiveTimeout ?? 5;
    return this.call('receiveNotification', {
      verb: 'GET',
      searchParams: { receiveTimeout },
      schema: notificationSchema,
      timeoutMilliseconds: (receiveTimeout + 30) * 1000,
      ...options,
    });
  },

  /** `DELETE deleteNotification/{receiptId}`: removes a received item; `result: false` for unknown ids. */
  deleteNotification(
    this: GreenApiClientCore,
    receiptId: number,
    options?: GreenApiCallOptions,
  ): Promise<{ result?: boolean }> {
    return this.call('deleteNotification', {
      verb: 'DELETE',
      pathSuffix: `/${encodeURIComponent(String(receiptId))}`,
      schema: v.looseObject({ result: v.optional(v.boolean()) }),
      ...options,
    });
  },

  /** `POST downloadFile`: a download link for the file of a message. */
  downloadFile(
    this: GreenApiClientCore,
    input: { chatId: string; idMessage: string },
    options?: GreenApiCallOptions,
  ): Promise<{ downloadUrl: string; [field: string]: unknown }> {
    return this.call('downloadFile', {
      verb: 'POST',
      json: input,
      schema: v.looseObject({ downloadUrl: v.string() }),
      idempotent: true,
      ...options,
    });
  },

  /** `POST getChatHistory`: the last `count` messages of a chat (default 100). */
  getChatHistory(
    this: GreenApiClientCore,
    input: { chatId: string; count?: number | undefined },
    options?: GreenApiCallOptions,
  ): Promise<GreenApiJournalEntry[]> {
    return this.call('getChatHistory', {
      verb: 'POST',
      json: input,
      schema: listSchema(journalEntrySchema),
      idempotent: true,
      ...options,
    });
  },

  /** `POST getMessage`: one journal entry. */
  getMessage(
    this: GreenApiClientCore,
    input: { chatId: string; idMessage: string },
    options?: GreenApiCallOptions,
  ): Promise<GreenApiJournalEntry> {
    return this.call('getMessage', {
      verb: 'POST',
      json: input,
      schema: journalEntrySchema,
      idempotent: true,
      ...options,
    });
  },

  /** `GET lastIncomingMessages?minutes=N` (default 1440); an empty `{}` answer becomes `[]`. */
  lastIncomingMessages(
    this: GreenApiClientCore,
    input: { minutes?: number | undefined } = {},
    options?: GreenApiCallOptions,
  ): Promise<GreenApiJournalEntry[]> {
    return readJournalEntries(this, 'lastIncomingMessages', input.minutes, options);
  },

  /** `GET lastOutgoingMessages?minutes=N` (default 1440); an empty `{}` answer becomes `[]`. */
  lastOutgoingMessages(
    this: GreenApiClientCore,
    input: { minutes?: number | undefined } = {},
    options?: GreenApiCallOptions,
  ): Promise<GreenApiJournalEntry[]> {
    return readJournalEntries(this, 'lastOutgoingMessages', input.minutes, options);
  },

  /** `GET getChats?count=N` (Telegram, MAX, newer WhatsApp): the account's chats. */
  getChats(
    this: GreenApiClientCore,
    input: { count?: number | undefined } = {},
    options?: GreenApiCallOptions,
  ): Promise<GreenApiChatEntry[]> {
    return this.call('getChats', {
      verb: 'GET',
      searchParams: { count: input.count },
      schema: listSchema(chatSchema),
      ...options,
    });
  },
};

/** The type of {@link greenApiReceivingMethods}. */
export type GreenApiReceivingMethods = typeof greenApiReceivingMethods;
