import { readRecipientChatId } from './whatsgate-chat-id.js';
import type { WhatsgateEmulatorState } from './whatsgate-emulator-state.js';
import { invalidFieldError } from './whatsgate-error.js';
import { requireString, type WhatsgateFields } from './whatsgate-fields.js';

const ok = { result: 'OK' } as const;

/** `seen` (§3.2): marks the chat's messages as seen (`unreadCount` 0). */
export function seenCommand(state: WhatsgateEmulatorState, fields: WhatsgateFields): unknown {
  const record = state.requireReadySession(fields);
  const chatId = readRecipientChatId(fields);
  record.chats.markSeen(chatId);
  record.seenChats.push(chatId);
  return ok;
}

/** `typing` (§3.3): shows "typing…" in the chat for `typingMilliseconds` (15 s). */
export function typingCommand(state: WhatsgateEmulatorState, fields: WhatsgateFields): unknown {
  const record = state.requireReadySession(fields);
  const chatId = readRecipientChatId(fields);
  record.typingUntil.set(chatId, state.clock.milliseconds() + state.options.typingMilliseconds);
  return ok;
}

/** `get-chats` (§3.4): contacts and groups (with metadata), pinned first, then most recent. */
export function getChatsCommand(state: WhatsgateEmulatorState, fields: WhatsgateFields): unknown {
  const record = state.requireReadySession(fields);
  return { result: 'OK', data: record.chats.list() };
}

/** `check` (§3.7): whether a number is on WhatsApp (`false` for the configured unregistered numbers). */
export function checkCommand(state: WhatsgateEmulatorState, fields: WhatsgateFields): unknown {
  state.requireReadySession(fields);
  const number = requireString(fields, 'number');
  if (!/^[0-9]+$/.test(number)) throw invalidFieldError('number', 'must contain digits only');
  return { result: 'OK', data: !state.unregisteredNumbers.has(number) };
}
