import * as v from 'valibot';
import { wireIdSchema, wireListSchema } from './wire-values.js';

/** A group participant of `get-chats`: id and admin flags. */
export const whatsgateParticipantSchema = v.looseObject({
  id: wireIdSchema,
  isAdmin: v.nullish(v.boolean()),
  isSuperAdmin: v.nullish(v.boolean()),
});

/** Group metadata of a `get-chats` group: id, creation (unix seconds), owner, size, participants. */
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

/** A chat as read by {@link whatsgateChatSchema}. */
export type WhatsgateChat = v.InferOutput<typeof whatsgateChatSchema>;
/** A group's metadata as read by {@link whatsgateGroupMetadataSchema}. */
export type WhatsgateGroupMetadata = v.InferOutput<typeof whatsgateGroupMetadataSchema>;
