import * as v from 'valibot';

/**
 * Loose schema of the `getGroupData` answer (WhatsApp `groupId` + `{id, lid}` participants; Telegram and
 * MAX `chatId`).
 */
export const groupDataSchema = buildGroupDataSchema();

// @__NO_SIDE_EFFECTS__
function buildGroupDataSchema() {
  return v.looseObject({
    // Group id on WhatsApp, e.g. `120363043968066561@g.us`.
    groupId: v.optional(v.string()),
    // Group id on Telegram and MAX.
    chatId: v.optional(v.string()),
    // Chat id of the group's creator.
    owner: v.optional(v.nullable(v.string())),
    // Name of the group.
    subject: v.optional(v.nullable(v.string())),
    // Description of the group (MAX).
    description: v.optional(v.nullable(v.string())),
    // Creation time in unix seconds.
    creation: v.optional(v.nullable(v.number())),
    // Invite link, e.g. `https://chat.whatsapp.com/…`.
    groupInviteLink: v.optional(v.nullable(v.string())),
    // Number of participants.
    size: v.optional(v.nullable(v.number())),
    // The members of the group.
    participants: v.optional(
      v.array(
        v.looseObject({
          // Participant's chat id on WhatsApp, e.g. `79001234567@c.us`.
          id: v.optional(v.string()),
          // Participant's chat id on Telegram and MAX.
          chatId: v.optional(v.string()),
          // Participant's WhatsApp LID (`…@lid`), when known.
          lid: v.optional(v.nullable(v.string())),
          // `true` for a group admin.
          isAdmin: v.optional(v.boolean()),
          // `true` for the group's creator.
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
