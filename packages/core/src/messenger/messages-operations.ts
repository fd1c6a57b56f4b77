import type { DownloadedMedia, HistoryMessage, MediaReference, SentMessage } from './results.js';

/** Operations on existing messages: `messenger.messages`. */
export interface MessagesOperations {
  /** Replaces the text of a message the account sent. */
  edit(input: { chatId: string; messageId: string; text: string }): Promise<SentMessage>;
  /** Deletes a message, for everyone by default or only for the account with `forEveryone: false`. */
  delete(input: { chatId: string; messageId: string; forEveryone?: boolean }): Promise<void>;
  /** Forwards messages from one chat to another and returns the new message ids. */
  forward(input: { fromChatId: string; toChatId: string; messageIds: string[] }): Promise<string[]>;
  /** Marks a chat read (up to `messageId`, or all of it). */
  markRead(input: { chatId: string; messageId?: string }): Promise<void>;
  /** Reads a chat's history, newest first. */
  history(input: { chatId: string; count?: number }): Promise<HistoryMessage[]>;
  /** Reads one message. */
  get(input: { chatId: string; messageId: string }): Promise<HistoryMessage>;
  /** Lists messages received in the last `minutes` (default 1440). */
  lastIncoming(input?: { minutes?: number }): Promise<HistoryMessage[]>;
  /** Lists messages sent in the last `minutes` (default 1440). */
  lastOutgoing(input?: { minutes?: number }): Promise<HistoryMessage[]>;
  /** Downloads the bytes of a media file, by URL, media key or message id, whichever the provider needs. */
  downloadMedia(reference: MediaReference): Promise<DownloadedMedia>;
}
