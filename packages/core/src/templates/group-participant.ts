import * as v from 'valibot';
import { parseTemplate } from './parse-template.js';

/**
 * Template 7, a group participant: a member's chat id and admin flags. `alternateId` keeps a second
 * identity when the provider gives one (a WhatsApp `@lid` beside the `@c.us` id).
 */
export const groupParticipantSchema = buildGroupParticipantSchema();

// @__NO_SIDE_EFFECTS__
function buildGroupParticipantSchema() {
  return v.object({
    /** The member's chat id. */
    id: v.pipe(v.string(), v.nonEmpty()),
    /** A second identity of the member, when the provider gives one (a WhatsApp `@lid` beside the `@c.us` id). */
    alternateId: v.optional(v.string()),
    /** Whether the member is an admin. */
    isAdmin: v.optional(v.boolean(), false),
    /** Whether the member is the group's owner (WhatsApp super admin). */
    isSuperAdmin: v.optional(v.boolean(), false),
  });
}

/** A validated group participant, see {@link groupParticipantSchema}. */
export type GroupParticipant = v.InferOutput<typeof groupParticipantSchema>;
/** What {@link createGroupParticipant} accepts. */
export type GroupParticipantInput = v.InferInput<typeof groupParticipantSchema>;

/**
 * Builds a complete {@link GroupParticipant} or throws an `invalid-request` error naming the bad field.
 *
 * @example
 * ```ts
 * createGroupParticipant({ id: '10000000' });
 * ```
 */
export function createGroupParticipant(input: GroupParticipantInput): GroupParticipant {
  return parseTemplate(groupParticipantSchema, input, 'group participant');
}
