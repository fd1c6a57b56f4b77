import * as v from 'valibot';

/**
 * Loose schema of the `getGroupData` answer (WhatsApp `groupId` + `{id, lid}` participants; Telegram and
 * MAX `chatId`).
 */
export const groupDataSchema = buildGroupDataSchema();

// @__NO_SIDE_EFFECTS__
function buildGroupDataSchema() {
  return v.looseObject({
    groupId: v.optional(v.string()),
    chatId: v.optional(v.string()),
    owner: v.optional(v.nullable(v.string())),
    subject: v.optional(v.nullable(v.string())),
    description: v.optional(v.nullable(v.string())),
    creation: v.optional(v.nullable(v.number())),
    groupInviteLink: v.optional(v.nullable(v.string())),
    size: v.optional(v.nullable(v.number())),
    participants: v.optional(
      v.array(
        v.looseObject({
          id: v.optional(v.string()),
          chatId: v.optional(v.string()),
          lid: v.optional(v.nullable(v.string())),
          isAdmin: v.optional(v.boolean()),
          isSuperAdmin: v.optional(v.boolean()),
        }),
      ),
    ),
  });
}

/**
 * Answer of `getGroupData`: WhatsApp names the group `groupId` and participants `{id, lid}`, Telegram
 * and MAX use `chatId`.
 */
export type GreenApiGroupData = v.InferOutput<typeof groupDataSchema>;
