import * as v from 'valibot';

/** Loose schema of the `createGroup` answer: `{created, chatId, groupInviteLink}`. */
export const createdGroupSchema = buildCreatedGroupSchema();

// @__NO_SIDE_EFFECTS__
function buildCreatedGroupSchema() {
  return v.looseObject({
    // `true` when the group was created.
    created: v.optional(v.boolean()),
    // Id of the new group, e.g. `120363043968066561@g.us`.
    chatId: v.string(),
    // Invite link of the new group.
    groupInviteLink: v.optional(v.nullable(v.string())),
  });
}

/** Answer of `createGroup`. */
export type CreatedGroupResponse = v.InferOutput<typeof createdGroupSchema>;
