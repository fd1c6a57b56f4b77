import type { MessageStatus } from '../events/message-status.js';
import type { ReceivedMessage } from '../events/messenger-event.js';

/**
 * The result of a send, a discriminated union on `status`:
 *
 * - `accepted`: the provider took the message and named it: `messageId` is its id (use it to edit,
 *   delete, quote or follow its status).
 * - `pending`: the provider queued the message without naming it yet (Whatsgate's async send); the
 *   message arrives later as a `message-sent` event (`source: 'api'`), a failure as
 *   `provider-error-reported`. There is no `messageId`.
 */
export type SentMessage = AcceptedMessage | PendingMessage;

/** A send the provider accepted and named, see {@link SentMessage}. */
export interface AcceptedMessage {
  /** The provider named the message. */
  status: 'accepted';
  /** The provider's id of the sent message. */
  messageId: string;
  /** The chat it was sent to. */
  chatId: string;
  /** Where the provider stored an uploaded file, when it says. */
  fileUrl?: string | undefined;
  /** The provider's key for the uploaded file, when it returns one (Whatsgate), for `downloadMedia`. */
  mediaKey?: string | undefined;
  /** The provider's answer. */
  raw: unknown;
}

/** A send the provider queued without an id yet, see {@link SentMessage}. */
export interface PendingMessage {
  /** The provider queued the message; its id comes with a later `message-sent` event. */
  status: 'pending';
  /** Never set: a pending message has no id yet. */
  messageId?: undefined;
  /** The chat it was sent to. */
  chatId: string;
  /** Never set: the provider has not stored the file yet. */
  fileUrl?: undefined;
  /** Never set: the provider has not stored the file yet. */
  mediaKey?: undefined;
  /** The provider's answer. */
  raw: unknown;
}

/** A message from a chat's history or the incoming/outgoing journals. */
export interface HistoryMessage extends ReceivedMessage {
  /** The chat it belongs to. */
  chatId: string;
  /** Whether the account received or sent it. */
  direction: 'incoming' | 'outgoing';
  /** When it was sent, unix milliseconds. */
  timestamp: number;
  /** For outgoing messages, the last known status. */
  status?: MessageStatus | undefined;
  /** The provider's journal entry. */
  raw: unknown;
}

/** Bytes of a downloaded media file. */
export interface DownloadedMedia {
  /** The file's bytes. */
  data: Uint8Array;
  /** The MIME type, when known. */
  mimeType?: string | undefined;
  /** The file name, when known. */
  fileName?: string | undefined;
}

/**
 * What `downloadMedia` needs: whatever identifies the file at the provider. Pass a received
 * `ReceivedMediaFile` (it has `url` or `mediaKey`) and, for providers that fetch by message, the
 * `chatId` and `messageId`.
 */
export interface MediaReference {
  url?: string | undefined;
  mediaKey?: string | undefined;
  chatId?: string | undefined;
  messageId?: string | undefined;
  fileName?: string | undefined;
  mimeType?: string | undefined;
}

/** The account behind a messenger: its own chat id and phone, and profile details where known. */
export interface AccountProfile {
  chatId?: string | undefined;
  phone?: string | undefined;
  name?: string | undefined;
  avatarUrl?: string | undefined;
  raw: unknown;
}

/** Details of a contact. */
export interface ContactInfo {
  chatId: string;
  name?: string | undefined;
  contactName?: string | undefined;
  phone?: string | undefined;
  avatarUrl?: string | undefined;
  description?: string | undefined;
  email?: string | undefined;
  isBusiness?: boolean | undefined;
  lastSeen?: number | undefined;
  /** Whether the chat is archived, when the provider says (GREEN-API and SDKWA `isArchive`). */
  isArchived?: boolean | undefined;
  /** Whether the chat's notifications are muted, when the provider says (GREEN-API and SDKWA `isMute`). */
  isMuted?: boolean | undefined;
  /** Whether disappearing messages are on in the chat, when the provider says (`isDisappearing`). */
  hasDisappearingMessages?: boolean | undefined;
  /** How long a message lasts before it disappears, while disappearing messages are on (`messageExpiration`). */
  disappearingMessagesMilliseconds?: number | undefined;
  raw: unknown;
}

/** Whether a phone number has an account on the messenger, and the chat id to use for it. */
export interface AccountCheck {
  exists: boolean;
  chatId?: string | undefined;
  raw: unknown;
}

/** A message waiting in the provider's outgoing queue. */
export interface QueuedMessage {
  messageId?: string | undefined;
  chatId?: string | undefined;
  /** The provider's name of the queued call, such as `sendMessage`. */
  kind: string;
  raw: unknown;
}

/** A newly created group. */
export interface CreatedGroup {
  groupId: string;
  inviteLink?: string | undefined;
  raw: unknown;
}

/** A profile picture: its URL when available. */
export interface Avatar {
  url?: string | undefined;
  available: boolean;
}
