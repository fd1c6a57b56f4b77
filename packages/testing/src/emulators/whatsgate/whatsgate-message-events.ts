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
 *
 * @example
 * emitMessageEvent(state, record, 'message', message);
 */
export function emitMessageEvent(
  state: WhatsgateEmulatorState,
  record: WhatsgateSessionRecord,
  action: WhatsgateEventAction,
  message: WhatsgateMessage,
): WhatsgateEvent {
  return state.emit(record, action, { message: structuredClone(message) });
}

/**
 * Keeps a message (by long id) so acks, quotes and `get-messagemedia` can find it, and touches its chat.
 *
 * @example
 * rememberMessage(record, message);
 */
export function rememberMessage(record: WhatsgateSessionRecord, message: WhatsgateMessage): void {
  record.messages.set(message.id, message);
  const fromMe = message.id.startsWith('true_');
  record.chats.touch(fromMe ? message.to : message.from, message.timestamp, !fromMe, record.wid ?? '');
}

/**
 * Stores media bytes under a new media key and returns the key.
 *
 * @example
 * const mediaKey = storeMedia(state, record, { mimetype: 'image/png', filename: 'a.png', bytes });
 */
export function storeMedia(
  state: WhatsgateEmulatorState,
  record: WhatsgateSessionRecord,
  media: WhatsgateStoredMedia,
): string {
  const mediaKey = state.ids.mediaKey();
  record.media.set(mediaKey, media);
  return mediaKey;
}

/**
 * Sets a message's `ack` and emits an `ack` event with the updated message.
 *
 * @example
 * applyAck(state, record, 'true_79991112233@c.us_3EB0F5D953FBA2806CB5', 3);
 */
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

/**
 * Emits the configured automatic acks (default 1 then 2) one `ackDelayMilliseconds` apart.
 *
 * @example
 * scheduleAutomaticAcks(state, record, message.id);
 */
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
