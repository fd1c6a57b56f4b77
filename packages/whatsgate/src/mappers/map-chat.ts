import {
  type Chat,
  createChatContact,
  createChatGroup,
  createGroupMetadata,
  type GroupMetadata,
  isGroupChatId,
  phoneFromChatId,
} from '@switchboard/core';
import { omitUndefined, timestampFromSeconds } from '@switchboard/core/adapter';
import type { WhatsgateChat, WhatsgateGroupMetadata } from '../client/schemas/whatsgate-chat-schema.js';

function count(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.trunc(value)) : undefined;
}

function milliseconds(seconds: number | null | undefined): number | undefined {
  return seconds !== 0 ? timestampFromSeconds(seconds) : undefined;
}

/**
 * Maps `get-chats` group metadata to template 6 (group metadata) with template 7 participants
 * (`isAdmin`, `isSuperAdmin`); `creation` becomes `createdAt` in milliseconds.
 */
export function mapGroupMetadata(
  metadata: WhatsgateGroupMetadata,
  chatId: string,
  name: string,
): GroupMetadata {
  return createGroupMetadata(
    omitUndefined({
      id: metadata.id || chatId,
      name,
      owner: metadata.owner ?? undefined,
      description: metadata.desc ?? undefined,
      createdAt: milliseconds(metadata.creation),
      size: count(metadata.size),
      participants: metadata.participants.map((participant) => ({
        id: participant.id,
        isAdmin: participant.isAdmin === true,
        isSuperAdmin: participant.isSuperAdmin === true,
      })),
    }),
  );
}

/**
 * Maps a `get-chats` item to template 4 (chat contact) or template 5 (chat group with its metadata):
 * `pinned` → `isPinned`, `timestamp` (seconds) → `lastActivityAt` (milliseconds), `muteExpiration`
 * (seconds) → `muteExpiresInMilliseconds`.
 */
export function mapChat(chat: WhatsgateChat): Chat {
  const name = chat.name ?? '';
  const common = omitUndefined({
    id: chat.id,
    name,
    isReadOnly: chat.isReadOnly === true,
    unreadCount: count(chat.unreadCount) ?? 0,
    lastActivityAt: milliseconds(chat.timestamp),
    isPinned: chat.pinned === true,
    isMuted: chat.isMuted === true,
    muteExpiresInMilliseconds:
      typeof chat.muteExpiration === 'number' ? chat.muteExpiration * 1000 : undefined,
    isArchived: chat.archived === true,
  });
  if (chat.isGroup ?? isGroupChatId(chat.id)) {
    const metadata = chat.groupMetadata ? mapGroupMetadata(chat.groupMetadata, chat.id, name) : undefined;
    return createChatGroup(metadata === undefined ? common : { ...common, metadata });
  }
  const phone = phoneFromChatId(chat.id);
  return createChatContact(phone === undefined ? common : { ...common, phone });
}
