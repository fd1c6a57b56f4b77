import type { WhatsgateSessionSeed } from './whatsgate-emulator-options.js';
import type { WhatsgateEmulatorState } from './whatsgate-emulator-state.js';
import type { WhatsgateSession } from './whatsgate-payloads.js';
import { type WhatsgateAuthType, WhatsgateSessionRecord } from './whatsgate-session-record.js';

/**
 * What `session-create` (or the control API) needs to create a session.
 *
 * @example
 * const input: WhatsgateSessionCreateInput = { name: 'My WhatsApp', authType: 'CODE', number: '79999999999' };
 */
export interface WhatsgateSessionCreateInput {
  /** The session's display name. */
  name: string;
  /** The webhook URL; `null` (none) when absent. */
  callback?: string | null;
  /** `QR`, or `CODE` for a pairing code to `number`. */
  authType?: WhatsgateAuthType;
  /** Phone number for pairing-code auth. */
  number?: string;
  /** Fixed `unique_id` (default: generated). */
  whatsappId?: string;
}

/**
 * The WhatsApp account that "scans" the QR code or enters the pairing code.
 *
 * @example
 * const profile: WhatsgateProfile = { number: '79991234567', pushname: 'Vasya' };
 */
export interface WhatsgateProfile {
  /** The phone's digits; the pairing number or a generated `7999…` number when absent. */
  number?: string;
  /** The WhatsApp profile name; the session's name when absent. */
  pushname?: string;
}

/** Creates a PENDING session; it moves to AUTH (QR / code shown) after `initializationMilliseconds`. */
export function createWhatsgateSession(
  state: WhatsgateEmulatorState,
  input: WhatsgateSessionCreateInput,
): WhatsgateSessionRecord {
  const record = new WhatsgateSessionRecord({
    rowId: state.ids.next('session', 1),
    whatsappId: input.whatsappId ?? state.ids.sessionId(state.clock.milliseconds()),
    name: input.name,
    dateAdd: state.clock.date(),
  });
  record.callback = input.callback ?? null;
  if (input.authType === 'CODE') {
    record.authType = 'CODE';
    record.pairingNumber = input.number;
    record.pairingCode = state.ids.pairingCode();
  }
  state.sessions.set(record.whatsappId, record);
  state.knownSessionIds.add(record.whatsappId);
  state.timers.after(state.options.initializationMilliseconds, () => {
    if (record.status === 'PENDING') record.status = 'AUTH';
  });
  return record;
}

/**
 * Completes authorization (QR scanned / pairing code entered): READY plus a `ready` event `{pushname, number}`.
 */
export function authorizeWhatsgateSession(
  state: WhatsgateEmulatorState,
  record: WhatsgateSessionRecord,
  profile: WhatsgateProfile = {},
): void {
  const number = profile.number ?? record.pairingNumber ?? `7999${String(record.rowId).padStart(7, '0')}`;
  const pushname = profile.pushname ?? record.name;
  record.number = number;
  record.pushname = pushname;
  record.status = 'READY';
  state.emit(record, 'ready', { pushname, number });
}

/**
 * `session-delete`: DESTROYING, a `disconnect` event, then the session disappears after `destroyMilliseconds`.
 * Its events stay readable through `events-get`.
 */
export function deleteWhatsgateSession(
  state: WhatsgateEmulatorState,
  record: WhatsgateSessionRecord,
): WhatsgateSession {
  record.status = 'DESTROYING';
  const snapshot = record.toWire(state.baseUrl);
  state.emit(record, 'disconnect', {});
  state.timers.after(state.options.destroyMilliseconds, () => {
    if (state.sessions.get(record.whatsappId) === record) state.sessions.delete(record.whatsappId);
  });
  return snapshot;
}

/**
 * WhatsApp logged the session out (phone unlinked, ban…): back to AUTH awaiting a new scan, plus a `disconnect`
 * event carrying the reason when one is given.
 */
export function disconnectWhatsgateSession(
  state: WhatsgateEmulatorState,
  record: WhatsgateSessionRecord,
  reason?: string,
): void {
  record.status = 'AUTH';
  record.number = null;
  record.pushname = null;
  state.emit(record, 'disconnect', reason === undefined ? {} : { reason });
}

/** Creates a session from an emulator option seed, authorized without a `ready` event when READY. */
export function seedWhatsgateSession(
  state: WhatsgateEmulatorState,
  seed: WhatsgateSessionSeed,
  index: number,
): WhatsgateSessionRecord {
  const record = createWhatsgateSession(state, {
    name: seed.name,
    callback: seed.callback ?? null,
    ...(seed.whatsappId === undefined ? {} : { whatsappId: seed.whatsappId }),
  });
  const status = seed.status ?? 'READY';
  record.status = status;
  if (status === 'READY') {
    record.number = seed.number ?? `799900000${String(index + 1).padStart(2, '0')}`;
    record.pushname = seed.pushname ?? seed.name;
  } else {
    record.pairingNumber = seed.number;
  }
  const context = { now: state.clock.unixSeconds(), selfId: record.wid ?? '' };
  for (const chat of seed.chats ?? []) record.chats.upsert(chat, context);
  return record;
}
