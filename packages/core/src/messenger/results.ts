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
  /** The file's download URL, as a received `ReceivedMediaFile` carries it (GREEN-API, SDKWA). */
  url?: string | undefined;
  /** The provider's key for the stored file, as a received file or a send returned it (Whatsgate). */
  mediaKey?: string | undefined;
  /** The chat of the message that carried the file, for providers that fetch by message. */
  chatId?: string | undefined;
  /** The id of the message that carried the file, for providers that fetch by message. */
  messageId?: string | undefined;
  /** The name to report for the downloaded file, when the provider does not send one. */
  fileName?: string | undefined;
  /** The MIME type to report for the downloaded file, when the provider does not send one. */
  mimeType?: string | undefined;
}

/** The account behind a messenger: its own chat id and phone, and profile details where known. */
export interface AccountProfile {
  /** The account's own chat id (its phone number's chat on WhatsApp), when the provider says. */
  chatId?: string | undefined;
  /** The account's phone number, digits only, when the provider says. */
  phone?: string | undefined;
  /** The profile's display name, when set and reported. */
  name?: string | undefined;
  /** A URL of the profile picture, when the account has one and the provider reports it. */
  avatarUrl?: string | undefined;
  /** The provider's answer. */
  raw: unknown;
}

/** Details of a contact. */
export interface ContactInfo {
  /** The contact's chat id, as asked for. */
  chatId: string;
  /** The name the contact gave themselves, when visible. */
  name?: string | undefined;
  /** The name the account saved the contact under, when saved. */
  contactName?: string | undefined;
  /** The contact's phone number, digits only, when the provider says. */
  phone?: string | undefined;
  /** A URL of the contact's profile picture, when visible. */
  avatarUrl?: string | undefined;
  /** The contact's about text, or a business account's description. */
  description?: string | undefined;
  /** A business account's e-mail address, when published. */
  email?: string | undefined;
  /** Whether it is a business account, when the provider says. */
  isBusiness?: boolean | undefined;
  /** When the contact was last online, unix milliseconds; absent when hidden or unknown. */
  lastSeen?: number | undefined;
  /** Whether the chat is archived, when the provider says (GREEN-API and SDKWA `isArchive`). */
  isArchived?: boolean | undefined;
  /** Whether the chat's notifications are muted, when the provider says (GREEN-API and SDKWA `isMute`). */
  isMuted?: boolean | undefined;
  /** Whether disappearing messages are on in the chat, when the provider says (`isDisappearing`). */
  hasDisappearingMessages?: boolean | undefined;
  /** How long a message lasts before it disappears, while disappearing messages are on (`messageExpiration`). */
  disappearingMessagesMilliseconds?: number | undefined;
  /** The provider's answer. */
  raw: unknown;
}

/** Whether a phone number has an account on the messenger, and the chat id to use for it. */
export interface AccountCheck {
  /** Whether the number has an account on the messenger. */
  exists: boolean;
  /** The chat id to write to, when the account exists. */
  chatId?: string | undefined;
  /** The provider's answer. */
  raw: unknown;
}

/** A message waiting in the provider's outgoing queue. */
export interface QueuedMessage {
  /** The id the send returned, when the provider lists it. */
  messageId?: string | undefined;
  /** The chat the message is waiting for, when the provider lists it. */
  chatId?: string | undefined;
  /** The provider's name of the queued call, such as `sendMessage`. */
  kind: string;
  /** The provider's queue entry. */
  raw: unknown;
}

/** A newly created group. */
export interface CreatedGroup {
  /** The new group's chat id, for `messenger.group(groupId)`. */
  groupId: string;
  /** A link that lets others join, when the provider returns one. */
  inviteLink?: string | undefined;
  /** The provider's answer. */
  raw: unknown;
}

/** A profile picture: its URL when available. */
export interface Avatar {
  /** The picture's URL; absent when there is none or it is hidden. */
  url?: string | undefined;
  /** Whether there is a picture the account can see. */
  available: boolean;
}
