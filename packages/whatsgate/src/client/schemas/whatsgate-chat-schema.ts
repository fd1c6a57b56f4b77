import * as v from 'valibot';
import { wireIdSchema, wireListSchema } from './wire-values.js';

/** A group participant of `get-chats`: id and admin flags. */
export const whatsgateParticipantSchema = v.looseObject({
  // Participant JID, e.g. `79991112233@c.us`.
  id: wireIdSchema,
  // `true` when the participant is a group admin.
  isAdmin: v.nullish(v.boolean()),
  // `true` when the participant is the group's creator (super admin).
  isSuperAdmin: v.nullish(v.boolean()),
});

/** Group metadata of a `get-chats` group: id, creation (unix seconds), owner, size, participants. */
export const whatsgateGroupMetadataSchema = v.looseObject({
  // Group JID, e.g. `4239048293082@g.us`.
  id: v.nullish(wireIdSchema),
  // Creation time of the group in unix seconds.
  creation: v.nullish(v.number()),
  // JID of the group's creator.
  owner: v.nullish(wireIdSchema),
  // Number of participants.
  size: v.nullish(v.number()),
  // Group description, when set.
  desc: v.nullish(v.string()),
  // The group's members; empty when Whatsgate sends none.
  participants: wireListSchema(whatsgateParticipantSchema),
});

/**
 * One `get-chats` item: a contact chat, or a group chat with `groupMetadata`. `muteExpiration` is
 * seconds until unmute (the swagger types it boolean; both are accepted).
 */
export const whatsgateChatSchema = v.looseObject({
  // Chat JID: `79999999999@c.us` for a contact, `…@g.us` for a group.
  id: wireIdSchema,
  // Contact or group name as WhatsApp shows it, e.g. `+7 999 999-99-99`.
  name: v.nullish(v.string()),
  // `true` for a group chat (then `groupMetadata` is present).
  isGroup: v.nullish(v.boolean()),
  // `true` when sending to the chat is blocked.
  isReadOnly: v.nullish(v.boolean()),
  // Number of unread messages in the chat.
  unreadCount: v.nullish(v.number()),
  // Last activity in the chat, unix seconds.
  timestamp: v.nullish(v.number()),
  // `true` when the chat is pinned.
  pinned: v.nullish(v.boolean()),
  // `true` when the chat is muted.
  isMuted: v.nullish(v.boolean()),
  // `true` when the chat is archived.
  archived: v.nullish(v.boolean()),
  // Seconds until the chat is unmuted (`0` when not muted); a boolean from older swagger-shaped answers.
  muteExpiration: v.nullish(v.union([v.number(), v.boolean()])),
  // Id, creation, owner and participants of a group chat; absent for contacts.
  groupMetadata: v.nullish(whatsgateGroupMetadataSchema),
});

/** A chat as read by {@link whatsgateChatSchema}. */
export type WhatsgateChat = v.InferOutput<typeof whatsgateChatSchema>;
/** A group's metadata as read by {@link whatsgateGroupMetadataSchema}. */
export type WhatsgateGroupMetadata = v.InferOutput<typeof whatsgateGroupMetadataSchema>;
