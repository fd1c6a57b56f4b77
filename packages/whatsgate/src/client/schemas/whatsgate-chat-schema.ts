import * as v from 'valibot';
import { wireIdSchema, wireListSchema } from './wire-values.js';

/**
 * A group participant of `get-chats`: id and admin flags.
 *
 * @example
 * ```ts
 * v.parse(whatsgateParticipantSchema, { id: '79991112233@c.us', isAdmin: false, isSuperAdmin: false });
 * ```
 */
export const whatsgateParticipantSchema = v.looseObject({
  id: wireIdSchema,
  isAdmin: v.nullish(v.boolean()),
  isSuperAdmin: v.nullish(v.boolean()),
});

/**
 * Group metadata of a `get-chats` group: id, creation (unix seconds), owner, size, participants.
 *
 * @example
 * ```ts
 * v.parse(whatsgateGroupMetadataSchema, { id: '4239048293082@g.us', creation: 1658328976, participants: [] });
 * ```
 */
export const whatsgateGroupMetadataSchema = v.looseObject({
  id: v.nullish(wireIdSchema),
  creation: v.nullish(v.number()),
  owner: v.nullish(wireIdSchema),
  size: v.nullish(v.number()),
  desc: v.nullish(v.string()),
  participants: wireListSchema(whatsgateParticipantSchema),
});

/**
 * One `get-chats` item: a contact chat, or a group chat with `groupMetadata`. `muteExpiration` is
 * seconds until unmute (the swagger types it boolean; both are accepted).
 *
 * @example
 * ```ts
 * v.parse(whatsgateChatSchema, { id: '79999999999@c.us', name: '+7 999 999-99-99', isGroup: false });
 * ```
 */
export const whatsgateChatSchema = v.looseObject({
  id: wireIdSchema,
  name: v.nullish(v.string()),
  isGroup: v.nullish(v.boolean()),
  isReadOnly: v.nullish(v.boolean()),
  unreadCount: v.nullish(v.number()),
  timestamp: v.nullish(v.number()),
  pinned: v.nullish(v.boolean()),
  isMuted: v.nullish(v.boolean()),
  archived: v.nullish(v.boolean()),
  muteExpiration: v.nullish(v.union([v.number(), v.boolean()])),
  groupMetadata: v.nullish(whatsgateGroupMetadataSchema),
});

/**
 * A chat as read by {@link whatsgateChatSchema}.
 *
 * @example
 * ```ts
 * const groups = chats.filter((chat: WhatsgateChat) => chat.isGroup);
 * ```
 */
export type WhatsgateChat = v.InferOutput<typeof whatsgateChatSchema>;
/**
 * A group's metadata as read by {@link whatsgateGroupMetadataSchema}.
 *
 * @example
 * ```ts
 * const admins = (metadata: WhatsgateGroupMetadata) => metadata.participants.filter((member) => member.isAdmin);
 * ```
 */
export type WhatsgateGroupMetadata = v.InferOutput<typeof whatsgateGroupMetadataSchema>;
