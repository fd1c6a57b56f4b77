import type { ContactCardInput } from '../templates/contact-card.js';
import type { GroupMetadata } from '../templates/group-metadata.js';
import type { LocationInput } from '../templates/location.js';
import type { MediaFileInput } from '../templates/media-file.js';
import type { OutgoingMessageInput } from '../templates/outgoing-message.js';
import type { PollInput } from '../templates/poll.js';
import type { SentMessage } from './results.js';
import type { SendOptions } from './send-operations.js';

/**
 * One group chat: `messenger.group(chatId)` for an existing group, or what `messenger.groups.create(…)`
 * resolves with. Every method is gated by the messenger's capabilities (`groups.rename`, `send.poll`, …):
 * what the provider cannot do rejects with `UnsupportedError`.
 *
 * @example
 * ```ts
 * const group = await messenger.groups.create({ name: 'Team', participants: ['79001234567@c.us'] });
 * await group.sendText('Welcome, team');
 * await group.rename('Team 2026');
 * const { participants } = await group.info();
 * ```
 */
export interface Group {
  /** The group's chat id (`120363043968066561@g.us`, `-100123` on Telegram and MAX). */
  readonly id: string;
  /** The invite link, when the provider returned one on creation. */
  readonly inviteLink: string | undefined;
  /** Reads the group's metadata and participants. */
  info(): Promise<GroupMetadata>;
  /** Renames the group. */
  rename(name: string): Promise<void>;
  /** Adds a participant by chat id. */
  addParticipant(participantId: string): Promise<void>;
  /** Removes a participant by chat id. */
  removeParticipant(participantId: string): Promise<void>;
  /** Makes a participant an admin. */
  promote(participantId: string): Promise<void>;
  /** Takes admin rights away from a participant. */
  demote(participantId: string): Promise<void>;
  /** Sets the group picture (a JPEG). */
  setPicture(picture: MediaFileInput): Promise<void>;
  /** Leaves the group. */
  leave(): Promise<void>;
  /** Sends an outgoing message (template 0 without its recipient) into the group. */
  send(outgoing: Omit<OutgoingMessageInput, 'recipient'>): Promise<SentMessage>;
  /** Sends a text into the group. */
  sendText(text: string, options?: SendOptions): Promise<SentMessage>;
  /** Sends a media file (by URL, bytes or path) into the group. */
  sendMedia(media: MediaFileInput, options?: SendOptions & { caption?: string }): Promise<SentMessage>;
  /** Sends a location into the group. */
  sendLocation(location: LocationInput, options?: SendOptions): Promise<SentMessage>;
  /** Sends a contact card into the group. */
  sendContact(contact: ContactCardInput, options?: SendOptions): Promise<SentMessage>;
  /** Sends a poll into the group. */
  sendPoll(poll: PollInput, options?: SendOptions): Promise<SentMessage>;
}
