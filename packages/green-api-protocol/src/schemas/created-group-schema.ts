import * as v from 'valibot';

/**
 * Loose schema of the `createGroup` answer: `{created, chatId, groupInviteLink}`.
 *
 * @example
 * ```ts
 * const group = v.parse(createdGroupSchema, { created: true, chatId: '120363043968066561@g.us', groupInviteLink: null });
 * ```
 */
export const createdGroupSchema = buildCreatedGroupSchema();

// @__NO_SIDE_EFFECTS__
function buildCreatedGroupSchema() {
  return v.looseObject({
    created: v.optional(v.boolean()),
    chatId: v.string(),
    groupInviteLink: v.optional(v.nullable(v.string())),
  });
}

/**
 * Answer of `createGroup`.
 *
 * @example
 * ```ts
 * const { chatId }: CreatedGroupResponse = await client.createGroup({ groupName: 'Team', chatIds: [] });
 * ```
 */
export type CreatedGroupResponse = v.InferOutput<typeof createdGroupSchema>;
