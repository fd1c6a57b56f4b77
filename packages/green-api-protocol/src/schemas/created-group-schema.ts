import * as v from 'valibot';

/**
 * Loose schema of the `createGroup` answer: `{created, chatId, groupInviteLink}`.
 *
 * @example
 * ```ts
 * const group = v.parse(createdGroupSchema, { created: true, chatId: '120363043968066561@g.us', groupInviteLink: null });
 * ```
 */
export const createdGroupSchema = /* @__PURE__ */ buildCreatedGroupSchema();

// Built in a function called under a pure annotation, so that bundlers drop it when an app does not use it.
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
