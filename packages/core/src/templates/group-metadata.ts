import * as v from 'valibot';
import { groupParticipantSchema } from './group-participant.js';
import { parseTemplate } from './parse-template.js';

/**
 * Template 6, group metadata: a group's id, name, owner, creation time (unix milliseconds), size,
 * participants and, where known, invite link and description.
 */
export const groupMetadataSchema = buildGroupMetadataSchema();

// @__NO_SIDE_EFFECTS__
function buildGroupMetadataSchema() {
  return v.pipe(
    v.object({
      /** The group's chat id. */
      id: v.pipe(v.string(), v.nonEmpty()),
      /** The group's subject; `''` when the provider has none. */
      name: v.optional(v.string(), ''),
      /** The chat id of the group's creator, when the provider says. */
      owner: v.optional(v.string()),
      /** The group's description, when set. */
      description: v.optional(v.string()),
      /** When the group was created, unix milliseconds. */
      createdAt: v.optional(v.pipe(v.number(), v.integer())),
      /** A link that lets others join, when the account may see it. */
      inviteLink: v.optional(v.string()),
      /** How many members it has; the count of `participants` when the provider does not say. */
      size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
      /** The members, with their admin flags; empty when the provider does not list them. */
      participants: v.optional(v.array(groupParticipantSchema), []),
    }),
    v.transform((metadata) => ({
      ...metadata,
      /** How many members the group has; the count of `participants` when the provider does not say. */
      size: metadata.size ?? metadata.participants.length,
    })),
  );
}

/** Validated group metadata, see {@link groupMetadataSchema}. */
export type GroupMetadata = v.InferOutput<typeof groupMetadataSchema>;
/** What {@link createGroupMetadata} accepts. */
export type GroupMetadataInput = v.InferInput<typeof groupMetadataSchema>;

/**
 * Builds complete {@link GroupMetadata} or throws an `invalid-request` error naming the bad field.
 *
 * @example
 * ```ts
 * createGroupMetadata({ id: '-100123', name: 'Support' });
 * ```
 */
export function createGroupMetadata(input: GroupMetadataInput): GroupMetadata {
  return parseTemplate(groupMetadataSchema, input, 'group metadata');
}
