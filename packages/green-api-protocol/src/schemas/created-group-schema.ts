import * as v from 'valibot';

/** Loose schema of the `createGroup` answer: `{created, chatId, groupInviteLink}`. */
export const createdGroupSchema = buildCreatedGroupSchema();

// @__NO_SIDE_EFFECTS__
function buildCreatedGroupSchema() {
  return v.looseObject({
    created: v.optional(v.boolean()),
    chatId: v.string(),
    groupInviteLink: v.optional(v.nullable(v.string())),
  });
}

/** Answer of `createGroup`. */
export type CreatedGroupResponse = v.InferOutput<typeof createdGroupSchema>;
