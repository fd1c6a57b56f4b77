import type { ContactCardInput } from '../templates/contact-card.js';
import type { LocationInput } from '../templates/location.js';
import type { MediaFileInput } from '../templates/media-file.js';
import type { OutgoingMessageInput } from '../templates/outgoing-message.js';
import type { PollInput } from '../templates/poll.js';
import type { RecipientInput } from '../templates/recipient.js';
import type { SentMessage } from './results.js';

/**
 * Where a message goes: a native chat id (`'79001234567@c.us'`, `'-100123'`) or a recipient object
 * (`{ phone: '79001234567' }`; Telegram and MAX resolve phones through `contacts.check`).
 */
export type Destination = string | RecipientInput;

/** Options every send accepts. */
export interface SendOptions {
  /** Quote an earlier message by its id. */
  replyTo?: string | undefined;
  /** Show "typing…" for this long before sending, where supported. */
  typingMilliseconds?: number | undefined;
  /** Provider-only fields, keyed by provider name, for example `{ 'green-api': { linkPreview: false } }`. */
  providerOptions?: Record<string, Record<string, unknown>> | undefined;
}

/**
 * The sending operations, directly on the messenger. Each validates its input with the templates
 * and rejects with `UnsupportedError` when the content kind is not supported.
 */
export interface SendOperations {
  /** Sends any {@link OutgoingMessageInput} (template 0). */
  send(outgoing: OutgoingMessageInput): Promise<SentMessage>;
  /** Sends text. */
  sendText(to: Destination, text: string, options?: SendOptions): Promise<SentMessage>;
  /** Sends a file by URL, bytes or (with `@switchboard/core/node`) a path, with an optional caption. */
  sendMedia(
    to: Destination,
    media: MediaFileInput,
    options?: SendOptions & { caption?: string },
  ): Promise<SentMessage>;
  /** Sends a location. */
  sendLocation(to: Destination, location: LocationInput, options?: SendOptions): Promise<SentMessage>;
  /** Sends a contact card. */
  sendContact(to: Destination, contact: ContactCardInput, options?: SendOptions): Promise<SentMessage>;
  /** Sends a poll. */
  sendPoll(to: Destination, poll: PollInput, options?: SendOptions): Promise<SentMessage>;
  /** Shows "typing…" (or "recording…") in a chat. */
  sendTyping(
    to: Destination,
    options?: { durationMilliseconds?: number; kind?: 'typing' | 'recording' },
  ): Promise<void>;
}
