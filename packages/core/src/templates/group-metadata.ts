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
      id: v.pipe(v.string(), v.nonEmpty()),
      name: v.optional(v.string(), ''),
      owner: v.optional(v.string()),
      description: v.optional(v.string()),
      createdAt: v.optional(v.pipe(v.number(), v.integer())),
      inviteLink: v.optional(v.string()),
      size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
      participants: v.optional(v.array(groupParticipantSchema), []),
    }),
    v.transform((metadata) => ({ ...metadata, size: metadata.size ?? metadata.participants.length })),
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
