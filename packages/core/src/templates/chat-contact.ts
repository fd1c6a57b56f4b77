import * as v from 'valibot';
import { parseTemplate } from './parse-template.js';

/**
 * The fields every chat in a chat list has, shared by {@link chatContactSchema} and the chat group
 * template.
 */
export const chatEntries = buildChatEntries();

// @__NO_SIDE_EFFECTS__
function buildChatEntries() {
  return {
    id: v.pipe(v.string(), v.nonEmpty()),
    name: v.optional(v.string(), ''),
    isReadOnly: v.optional(v.boolean(), false),
    unreadCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
    lastActivityAt: v.optional(v.pipe(v.number(), v.integer())),
    isPinned: v.optional(v.boolean(), false),
    isMuted: v.optional(v.boolean(), false),
    muteExpiresInMilliseconds: v.optional(v.number()),
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
    isGroup: v.optional(v.literal(false), false),
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
