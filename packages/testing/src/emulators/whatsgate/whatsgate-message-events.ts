import type { WhatsgateEmulatorState } from './whatsgate-emulator-state.js';
import { WhatsgateError, whatsgateErrorMessages } from './whatsgate-error.js';
import type {
  WhatsgateAck,
  WhatsgateEvent,
  WhatsgateEventAction,
  WhatsgateMessage,
} from './whatsgate-payloads.js';
import type { WhatsgateSessionRecord, WhatsgateStoredMedia } from './whatsgate-session-record.js';

/**
 * Emits a message-like event (`message`, `ack`, `sent`, `create`, `media`) with a snapshot of the message in
 * `event_data.message`.
 */
export function emitMessageEvent(
  state: WhatsgateEmulatorState,
  record: WhatsgateSessionRecord,
  action: WhatsgateEventAction,
  message: WhatsgateMessage,
): WhatsgateEvent {
  return state.emit(record, action, { message: structuredClone(message) });
}

/** Keeps a message (by long id) so acks, quotes and `get-messagemedia` can find it, and touches its chat. */
export function rememberMessage(record: WhatsgateSessionRecord, message: WhatsgateMessage): void {
  record.messages.set(message.id, message);
  const fromMe = message.id.startsWith('true_');
  record.chats.touch(fromMe ? message.to : message.from, message.timestamp, !fromMe, record.wid ?? '');
}

/** Stores media bytes under a new media key and returns the key. */
export function storeMedia(
  state: WhatsgateEmulatorState,
  record: WhatsgateSessionRecord,
  media: WhatsgateStoredMedia,
): string {
  const mediaKey = state.ids.mediaKey();
  record.media.set(mediaKey, media);
  return mediaKey;
}

/** Sets a message's `ack` and emits an `ack` event with the updated message. */
export function applyAck(
  state: WhatsgateEmulatorState,
  record: WhatsgateSessionRecord,
  messageId: string,
  ack: WhatsgateAck,
): WhatsgateMessage {
  const message = record.messages.get(messageId);
  if (message === undefined) throw new WhatsgateError(404, whatsgateErrorMessages.messageNotFound);
  message.ack = ack;
  emitMessageEvent(state, record, 'ack', message);
  return structuredClone(message);
}

/** Emits the configured automatic acks (default 1 then 2) one `ackDelayMilliseconds` apart. */
export function scheduleAutomaticAcks(
  state: WhatsgateEmulatorState,
  record: WhatsgateSessionRecord,
  messageId: string,
  remaining: readonly WhatsgateAck[] = state.options.automaticAcks,
): void {
  const [ack, ...rest] = remaining;
  if (ack === undefined) return;
  state.timers.after(state.options.ackDelayMilliseconds, () => {
    if (state.findSession(record.whatsappId) !== record || !record.messages.has(messageId)) return;
    applyAck(state, record, messageId, ack);
    scheduleAutomaticAcks(state, record, messageId, rest);
  });
}
