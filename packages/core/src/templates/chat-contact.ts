import * as v from 'valibot';
import { parseTemplate } from './parse-template.js';

/** The fields every chat in a chat list has, shared by the contact and group templates. */
export const chatEntries = buildChatEntries();

// @__NO_SIDE_EFFECTS__
function buildChatEntries() {
  return {
    /** The chat id to send to. */
    id: v.pipe(v.string(), v.nonEmpty()),
    /** The chat's display name; `''` when the provider has none. */
    name: v.optional(v.string(), ''),
    /** Whether sending is blocked (a channel or a group where only admins write). */
    isReadOnly: v.optional(v.boolean(), false),
    /** Messages not yet read; 0 when the provider does not count. */
    unreadCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
    /** When the last message came or went, unix milliseconds. */
    lastActivityAt: v.optional(v.pipe(v.number(), v.integer())),
    /** Whether the chat is pinned at the top of the list. */
    isPinned: v.optional(v.boolean(), false),
    /** Whether the chat's notifications are muted. */
    isMuted: v.optional(v.boolean(), false),
    /** When the chat's mute ends, in milliseconds as converted from Whatsgate's `muteExpiration`; absent for the other providers. */
    muteExpiresInMilliseconds: v.optional(v.number()),
    /** Whether the chat is archived. */
    isArchived: v.optional(v.boolean(), false),
  };
}

/**
 * Template 4, a chat with a contact (a person, not a group) as a chat list shows it: id, name,
 * read-only flag (sending blocked), unread count, last activity (unix milliseconds), pinned, muted.
 */
export const chatContactSchema = buildChatContactSchema();

// @__NO_SIDE_EFFECTS__
function buildChatContactSchema() {
  return v.object({
    ...chatEntries,
    /** Always `false`: a contact, not a group; a chat list tells the two apart by it. */
    isGroup: v.optional(v.literal(false), false),
    /** The contact's phone number, digits only, when the provider says. */
    phone: v.optional(v.string()),
  });
}

/** A validated chat contact, see {@link chatContactSchema}. */
export type ChatContact = v.InferOutput<typeof chatContactSchema>;
/** What {@link createChatContact} accepts. */
export type ChatContactInput = v.InferInput<typeof chatContactSchema>;

/**
 * Builds a complete {@link ChatContact} or throws an `invalid-request` error naming the bad field.
 *
 * @example
 * ```ts
 * createChatContact({ id: '10000000', name: 'Ivan' });
 * ```
 */
export function createChatContact(input: ChatContactInput): ChatContact {
  return parseTemplate(chatContactSchema, input, 'chat contact');
}
