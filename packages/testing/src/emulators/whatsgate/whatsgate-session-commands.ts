import type { WhatsgateEmulatorState } from './whatsgate-emulator-state.js';
import {
  invalidFieldError,
  missingFieldError,
  WhatsgateError,
  whatsgateErrorMessages,
} from './whatsgate-error.js';
import { optionalString, requireString, type WhatsgateFields } from './whatsgate-fields.js';
import { paginate } from './whatsgate-page.js';
import { createWhatsgateSession, deleteWhatsgateSession } from './whatsgate-session-lifecycle.js';

const urlPattern = /^https?:\/\/\S+$/i;

function readCallback(fields: WhatsgateFields): string | undefined {
  const callback = fields.callback;
  if (callback === undefined) return undefined;
  if (callback === null || callback === '') return '';
  if (typeof callback !== 'string' || !urlPattern.test(callback)) {
    throw invalidFieldError('callback', 'must be an http(s) URL');
  }
  return callback;
}

/**
 * `session-create` (§3.9): a PENDING session with a QR link, or with a pairing `code` for
 * `auth_type: "CODE"` (which requires `number`). Refused beyond the plan's session limit.
 */
export function sessionCreateCommand(state: WhatsgateEmulatorState, fields: WhatsgateFields): unknown {
  const name = requireString(fields, 'name');
  const callback = readCallback(fields);
  const authType = optionalString(fields, 'auth_type')?.toUpperCase() ?? 'QR';
  if (authType !== 'QR' && authType !== 'CODE')
    throw invalidFieldError('auth_type', 'must be CODE or omitted');
  const number = optionalString(fields, 'number');
  if (authType === 'CODE' && number === undefined) throw missingFieldError('number');
  if (number !== undefined && !/^[0-9]{10,15}$/.test(number)) {
    throw invalidFieldError('number', 'must be digits, like 7XXXXXXXXXX');
  }
  const live = [...state.sessions.values()].filter((record) => record.status !== 'DESTROYING').length;
  if (live >= state.options.sessionLimit) throw new WhatsgateError(500, whatsgateErrorMessages.sessionLimit);
  const record = createWhatsgateSession(state, {
    name,
    callback: callback === undefined || callback === '' ? null : callback,
    authType,
    ...(number === undefined ? {} : { number }),
  });
  return { result: 'OK', data: record.toWire(state.baseUrl) };
}

/**
 * `sessions-get` (§3.10): sessions filtered by `WhatsappID` (exact), `name` (contains, case-insensitive) and
 * `status` (empty filters ignored), paged like `events-get`.
 */
export function sessionsGetCommand(state: WhatsgateEmulatorState, fields: WhatsgateFields): unknown {
  const whatsappId = optionalString(fields, 'WhatsappID');
  const name = optionalString(fields, 'name')?.toLowerCase();
  const status = optionalString(fields, 'status')?.toUpperCase();
  const records = [...state.sessions.values()].filter(
    (record) =>
      (whatsappId === undefined || record.whatsappId === whatsappId) &&
      (name === undefined || record.name.toLowerCase().includes(name)) &&
      (status === undefined || record.status === status),
  );
  const page = paginate(records, fields);
  return { ...page, data: page.data.map((record) => record.toWire(state.baseUrl)) };
}

/** `set-name` (§3.11): renames a session; answers the updated session in `data`. */
export function setNameCommand(state: WhatsgateEmulatorState, fields: WhatsgateFields): unknown {
  const record = state.requireSession(fields);
  record.name = requireString(fields, 'name');
  return { result: 'OK', data: record.toWire(state.baseUrl) };
}

/** `set-hook` (§3.13): sets the session's webhook URL; an empty or null `callback` disables the webhook. */
export function setHookCommand(state: WhatsgateEmulatorState, fields: WhatsgateFields): unknown {
  const record = state.requireSession(fields);
  const callback = readCallback(fields);
  if (callback === undefined) throw missingFieldError('callback');
  record.callback = callback;
  return { result: 'OK' };
}

/** `session-delete` (§3.12): answers the session as DESTROYING and emits `disconnect`. */
export function sessionDeleteCommand(state: WhatsgateEmulatorState, fields: WhatsgateFields): unknown {
  const record = state.requireSession(fields);
  return { result: 'OK', data: deleteWhatsgateSession(state, record) };
}
