import type { DownloadedMedia, HistoryMessage, MediaReference, SentMessage } from './results.js';

/**
 * Operations on existing messages: `messenger.messages`.
 */
export interface MessagesOperations {
  /**
   * Replaces the text of a message the account sent.
   *
   * @example
   * ```ts
   * await messenger.messages.edit({ chatId, messageId: sent.messageId, text: 'Corrected text' });
   * ```
   */
  edit(input: { chatId: string; messageId: string; text: string }): Promise<SentMessage>;
  /**
   * Deletes a message, for everyone by default or only for the account with `forEveryone: false`.
   *
   * @example
   * ```ts
   * await messenger.messages.delete({ chatId, messageId });
   * ```
   */
  delete(input: { chatId: string; messageId: string; forEveryone?: boolean }): Promise<void>;
  /**
   * Forwards messages from one chat to another and returns the new message ids.
   *
   * @example
   * ```ts
   * await messenger.messages.forward({ fromChatId: a, toChatId: b, messageIds: ['3EB0C767D097B7C7C030'] });
   * ```
   */
  forward(input: { fromChatId: string; toChatId: string; messageIds: string[] }): Promise<string[]>;
  /**
   * Marks a chat read (up to `messageId`, or all of it).
   *
   * @example
   * ```ts
   * await messenger.messages.markRead({ chatId: event.chat.id, messageId: event.message.id });
   * ```
   */
  markRead(input: { chatId: string; messageId?: string }): Promise<void>;
  /**
   * Reads a chat's history, newest first.
   *
   * @example
   * ```ts
   * const last10 = await messenger.messages.history({ chatId, count: 10 });
   * ```
   */
  history(input: { chatId: string; count?: number }): Promise<HistoryMessage[]>;
  /**
   * Reads one message.
   *
   * @example
   * ```ts
   * const message = await messenger.messages.get({ chatId, messageId });
   * ```
   */
  get(input: { chatId: string; messageId: string }): Promise<HistoryMessage>;
  /**
   * Lists messages received in the last `minutes` (default 1440).
   *
   * @example
   * ```ts
   * const today = await messenger.messages.lastIncoming({ minutes: 60 * 24 });
   * ```
   */
  lastIncoming(input?: { minutes?: number }): Promise<HistoryMessage[]>;
  /**
   * Lists messages sent in the last `minutes` (default 1440).
   *
   * @example
   * ```ts
   * const sentLastHour = await messenger.messages.lastOutgoing({ minutes: 60 });
   * ```
   */
  lastOutgoing(input?: { minutes?: number }): Promise<HistoryMessage[]>;
  /**
   * Downloads the bytes of a media file, by URL, media key or message id, whichever the provider needs.
   *
   * @example
   * ```ts
   * const file = await messenger.messages.downloadMedia({ ...content.file, chatId: event.chat.id, messageId: event.message.id });
   * ```
   */
  downloadMedia(reference: MediaReference): Promise<DownloadedMedia>;
}
