import type { FaultInjector } from '../shared/fault-injector.js';
import type { WebhookDelivery } from '../shared/webhook-dispatcher.js';
import type { WhatsgateChatInput } from './whatsgate-chat-book.js';
import type { WhatsgateEmulatorState } from './whatsgate-emulator-state.js';
import { WhatsgateError, whatsgateErrorMessages } from './whatsgate-error.js';
import type { WhatsgateEventFilter } from './whatsgate-event-store.js';
import {
  injectIncomingMessage,
  recordPhoneMessage,
  type WhatsgateIncomingMessageInput,
} from './whatsgate-incoming-message.js';
import { applyAck } from './whatsgate-message-events.js';
import type {
  WhatsgateAck,
  WhatsgateChat,
  WhatsgateEvent,
  WhatsgateEventAction,
  WhatsgateMessage,
  WhatsgateSession,
} from './whatsgate-payloads.js';
import {
  authorizeWhatsgateSession,
  createWhatsgateSession,
  disconnectWhatsgateSession,
  type WhatsgateProfile,
  type WhatsgateSessionCreateInput,
} from './whatsgate-session-lifecycle.js';
import type {
  WhatsgateSentMessage,
  WhatsgateSessionRecord,
  WhatsgateStoredMedia,
} from './whatsgate-session-record.js';

/**
 * Drives the emulator from tests and tools (also reachable over HTTP under `/__control`). Methods throw a
 * `WhatsgateError` (404 unknown session/message, 409 wrong state, 400 wrong pairing code).
 *
 * @example
 * emulator.control.scan(session.unique_id, { number: '79991234567', pushname: 'Vasya' });
 */
export interface WhatsgateEmulatorControl {
  /** Faults applied to API requests (not to `/__control`). */
  readonly faults: FaultInjector;
  /** Every session, DESTROYING ones included. */
  sessions(): WhatsgateSession[];
  /** Creates a PENDING session as `session-create` would (no plan limit). */
  createSession(input: WhatsgateSessionCreateInput): WhatsgateSession;
  /** Scans the session's QR code: READY plus a `ready` event. */
  scan(whatsappId: string, profile?: WhatsgateProfile): WhatsgateSession;
  /** Enters the pairing code of a `CODE` session (dashes and case ignored): READY plus `ready`. */
  pair(whatsappId: string, code: string, profile?: WhatsgateProfile): WhatsgateSession;
  /** WhatsApp logs the session out: AUTH plus a `disconnect` event (with `reason` when given). */
  disconnect(whatsappId: string, reason?: string): WhatsgateSession;
  /** An incoming message of any content type: `message` (+ `media`) events. */
  injectIncomingMessage(whatsappId: string, input: WhatsgateIncomingMessageInput): WhatsgateMessage;
  /** A message the owner sent from the phone: a `create` event. */
  injectPhoneMessage(whatsappId: string, input: { to: string; body: string }): WhatsgateMessage;
  /** Sets a message's ack (-1 error, 1 sent, 2 delivered, 3 read, 4 played) and emits `ack`. */
  ack(whatsappId: string, messageId: string, ack: WhatsgateAck): WhatsgateMessage;
  /** Emits an `error` event `{message}` with `status_code`. */
  injectError(whatsappId: string, message: string, statusCode?: number): WhatsgateEvent;
  /** Emits any event as is. */
  injectEvent(
    whatsappId: string,
    action: WhatsgateEventAction,
    eventData: Record<string, unknown>,
    statusCode?: number | null,
  ): WhatsgateEvent;
  /** The decoded `send` requests of a session, in order. */
  sentMessages(whatsappId: string): WhatsgateSentMessage[];
  /** Stored events, oldest first. */
  events(filter?: WhatsgateEventFilter): WhatsgateEvent[];
  /** Every webhook delivery attempt, oldest first. */
  webhookDeliveries(): WebhookDelivery[];
  /** Resolves when no webhook delivery is pending. */
  webhookIdle(): Promise<void>;
  /** Adds a contact or group chat (groups with participants and admin flags). */
  addChat(whatsappId: string, chat: WhatsgateChatInput): WhatsgateChat;
  /** The session's chats (a fresh list on every call). */
  chats(whatsappId: string): WhatsgateChat[];
  /** Chats passed to `seen`, in call order. */
  seenChats(whatsappId: string): string[];
  /** Chats whose typing indicator is still on. */
  typingChats(whatsappId: string): string[];
  /** A stored media file by media key. */
  media(whatsappId: string, mediaKey: string): WhatsgateStoredMedia | undefined;
  /** Whether `check` reports the number as on WhatsApp (and whether sends to it succeed). */
  setNumberRegistered(number: string, registered: boolean): void;
}

function normalizeCode(code: string): string {
  return code.replace(/[^0-9a-z]/gi, '').toUpperCase();
}

/** Builds the typed control API over an emulator's state. */
export function createWhatsgateEmulatorControl(state: WhatsgateEmulatorState): WhatsgateEmulatorControl {
  const session = (whatsappId: string): WhatsgateSessionRecord => {
    const record = state.sessions.get(whatsappId);
    if (record === undefined) throw new WhatsgateError(404, whatsgateErrorMessages.sessionNotFound);
    return record;
  };
  const ready = (whatsappId: string): WhatsgateSessionRecord => {
    const record = session(whatsappId);
    if (record.status !== 'READY') throw new WhatsgateError(409, whatsgateErrorMessages.sessionNotReady);
    return record;
  };
  const awaitingAuth = (whatsappId: string): WhatsgateSessionRecord => {
    const record = session(whatsappId);
    if (record.status === 'READY' || record.status === 'DESTROYING') {
      throw new WhatsgateError(409, `Session is ${record.status}, not waiting for authorization`);
    }
    return record;
  };
  return {
    faults: state.faults,
    sessions: () => [...state.sessions.values()].map((record) => record.toWire(state.baseUrl)),
    createSession: (input) => createWhatsgateSession(state, input).toWire(state.baseUrl),
    scan(whatsappId, profile) {
      const record = awaitingAuth(whatsappId);
      authorizeWhatsgateSession(state, record, profile);
      return record.toWire(state.baseUrl);
    },
    pair(whatsappId, code, profile) {
      const record = awaitingAuth(whatsappId);
      if (record.authType !== 'CODE' || normalizeCode(code) !== normalizeCode(record.pairingCode ?? '')) {
        throw new WhatsgateError(400, 'Wrong pairing code');
      }
      authorizeWhatsgateSession(state, record, profile);
      return record.toWire(state.baseUrl);
    },
    disconnect(whatsappId, reason) {
      const record = ready(whatsappId);
      disconnectWhatsgateSession(state, record, reason);
      return record.toWire(state.baseUrl);
    },
    injectIncomingMessage: (whatsappId, input) => injectIncomingMessage(state, ready(whatsappId), input),
    injectPhoneMessage: (whatsappId, input) => recordPhoneMessage(state, ready(whatsappId), input),
    ack: (whatsappId, messageId, ack) => applyAck(state, session(whatsappId), messageId, ack),
    injectError: (whatsappId, message, statusCode = 500) =>
      state.emit(session(whatsappId), 'error', { message }, statusCode),
    injectEvent: (whatsappId, action, eventData, statusCode = null) =>
      state.emit(session(whatsappId), action, eventData, statusCode),
    sentMessages: (whatsappId) => session(whatsappId).sent.slice(),
    events: (filter) => state.events.select(filter),
    webhookDeliveries: () => state.webhooks.deliveries.slice(),
    webhookIdle: () => state.webhooks.idle(),
    addChat(whatsappId, chat) {
      const record = session(whatsappId);
      const added = record.chats.upsert(chat, { now: state.clock.unixSeconds(), selfId: record.wid ?? '' });
      return structuredClone(added);
    },
    chats: (whatsappId) => session(whatsappId).chats.list(),
    seenChats: (whatsappId) => session(whatsappId).seenChats.slice(),
    typingChats(whatsappId) {
      const now = state.clock.milliseconds();
      const typing = [...session(whatsappId).typingUntil];
      return typing.filter(([, until]) => until > now).map(([chatId]) => chatId);
    },
    media: (whatsappId, mediaKey) => session(whatsappId).media.get(mediaKey),
    setNumberRegistered(number, registered) {
      if (registered) state.unregisteredNumbers.delete(number);
      else state.unregisteredNumbers.add(number);
    },
  };
}
