import { chatIdNumber, isGroupChatId, toChatId } from './whatsgate-chat-id.js';
import type { WhatsgateChat, WhatsgateParticipant } from './whatsgate-payloads.js';

/**
 * A chat to add to a session (control API and session seeds). Only `id` is required.
 *
 * @example
 * const group: WhatsgateChatInput = { id: '4239048293082@g.us', name: 'Team', participants: ['79991112233'] };
 */
export interface WhatsgateChatInput {
  /** JID or bare number (a number becomes a contact, or a group when `isGroup`). */
  id: string;
  /** The contact's or group's name; the formatted number (`Group` for a group) when absent. */
  name?: string;
  /** Makes a bare number a group rather than a contact. */
  isGroup?: boolean;
  /** Sending to the chat is blocked. */
  isReadOnly?: boolean;
  /** Messages not read yet; 0 when absent. */
  unreadCount?: number;
  /** Last activity, unix seconds. */
  timestamp?: number;
  /** Whether the chat is pinned. */
  pinned?: boolean;
  /** Whether its notifications are muted. */
  isMuted?: boolean;
  /** Unix seconds when the mute ends; 0 means none or forever. */
  muteExpiration?: number;
  /** Group participants: JIDs/numbers (plain members) or full participant objects. */
  participants?: Array<string | WhatsgateParticipant>;
  /** Group owner JID (default: the session's own JID, added as a super admin). */
  owner?: string;
  /** Group creation, unix seconds. */
  creation?: number;
}

/** Formats a contact's default display name like WhatsApp does for unsaved Russian numbers. */
export function formatContactName(chatId: string): string {
  const digits = chatIdNumber(chatId);
  const match = /^(7)(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(digits);
  return match === null ? `+${digits}` : `+${match[1]} ${match[2]} ${match[3]}-${match[4]}-${match[5]}`;
}

function toParticipant(participant: string | WhatsgateParticipant): WhatsgateParticipant {
  return typeof participant === 'string'
    ? { id: toChatId(participant), isAdmin: false, isSuperAdmin: false }
    : { ...participant, id: toChatId(participant.id) };
}

/** The chats of one session, kept in step with sends, incoming messages and `seen`. */
export class WhatsgateChatBook {
  readonly #chats = new Map<string, WhatsgateChat>();

  /** Adds or replaces a chat. */
  upsert(input: WhatsgateChatInput, context: { now: number; selfId: string }): WhatsgateChat {
    const id = toChatId(input.id, input.isGroup === true);
    const isGroup = isGroupChatId(id);
    const chat: WhatsgateChat = {
      id,
      name: input.name ?? (isGroup ? 'Group' : formatContactName(id)),
      isGroup,
      isReadOnly: input.isReadOnly ?? false,
      unreadCount: input.unreadCount ?? 0,
      timestamp: input.timestamp ?? context.now,
      pinned: input.pinned ?? false,
      isMuted: input.isMuted ?? false,
      muteExpiration: input.muteExpiration ?? 0,
    };
    if (isGroup) {
      const owner = input.owner === undefined ? context.selfId : toChatId(input.owner);
      const participants = (input.participants ?? []).map(toParticipant);
      if (!participants.some((participant) => participant.id === owner)) {
        participants.unshift({ id: owner, isAdmin: true, isSuperAdmin: true });
      }
      chat.groupMetadata = {
        id,
        creation: input.creation ?? chat.timestamp,
        owner,
        size: participants.length,
        participants,
      };
    }
    this.#chats.set(id, chat);
    return chat;
  }

  /** The chat with this JID. */
  get(chatId: string): WhatsgateChat | undefined {
    return this.#chats.get(chatId);
  }

  /** Records activity in a chat (creating it when new); incoming activity raises `unreadCount`. */
  touch(chatId: string, timestamp: number, incoming: boolean, selfId = ''): WhatsgateChat {
    const chat =
      this.#chats.get(chatId) ?? this.upsert({ id: chatId, timestamp }, { now: timestamp, selfId });
    chat.timestamp = Math.max(chat.timestamp, timestamp);
    if (incoming) chat.unreadCount += 1;
    return chat;
  }

  /** Marks a chat as read (`unreadCount` 0); `false` when the chat is unknown. */
  markSeen(chatId: string): boolean {
    const chat = this.#chats.get(chatId);
    if (chat === undefined) return false;
    chat.unreadCount = 0;
    return true;
  }

  /** Copies of the chats, pinned first, then the most recently active first. */
  list(): WhatsgateChat[] {
    return [...this.#chats.values()]
      .sort((left, right) => Number(right.pinned) - Number(left.pinned) || right.timestamp - left.timestamp)
      .map((chat) => structuredClone(chat));
  }
}
