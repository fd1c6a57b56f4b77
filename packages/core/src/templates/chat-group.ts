import * as v from 'valibot';
import { chatEntries } from './chat-contact.js';
import { groupMetadataSchema } from './group-metadata.js';
import { parseTemplate } from './parse-template.js';

/**
 * Template 5, a group chat as a chat list shows it: the chat fields plus `isGroup: true` and the
 * group's {@link GroupMetadata} (when the provider returns it with the list).
 */
export const chatGroupSchema = buildChatGroupSchema();

// @__NO_SIDE_EFFECTS__
function buildChatGroupSchema() {
  return v.object({
    ...chatEntries,
    /** Always `true`: a group; a chat list tells the two apart by it. */
    isGroup: v.literal(true),
    /** The group's details, when the provider returns them with the list. */
    metadata: v.optional(groupMetadataSchema),
  });
}

/** A validated chat group, see {@link chatGroupSchema}. */
export type ChatGroup = v.InferOutput<typeof chatGroupSchema>;
/** What {@link createChatGroup} accepts. */
export type ChatGroupInput = v.InferInput<typeof chatGroupSchema>;
/** One entry of a chat list: a contact or a group, told apart by `isGroup`. */
export type Chat = import('./chat-contact.js').ChatContact | ChatGroup;

/**
 * Builds a complete {@link ChatGroup} or throws an `invalid-request` error naming the bad field.
 *
 * @example
 * ```ts
 * createChatGroup({ id: '-100123', isGroup: true, name: 'Support' });
 * ```
 */
export function createChatGroup(input: Omit<ChatGroupInput, 'isGroup'> & { isGroup?: true }): ChatGroup {
  return parseTemplate(chatGroupSchema, { ...input, isGroup: true }, 'chat group');
}
