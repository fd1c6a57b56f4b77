import { isRecord } from '@switchboard/core/adapter';
import { EmulatorJsonError, type EmulatorRequest } from '../shared/emulator-request.js';
import {
  invalidFieldError,
  missingFieldError,
  WhatsgateError,
  whatsgateErrorMessages,
} from './whatsgate-error.js';

/**
 * Request fields as a loose record.
 *
 * @example
 * const fields: WhatsgateFields = { WhatsappID: '191b80a9238' };
 */
export type WhatsgateFields = Readonly<Record<string, unknown>>;

/**
 * Reads the body fields the way the Yii2 backend does: JSON only with `Content-Type: application/json`
 * (malformed JSON → 400), form fields with `application/x-www-form-urlencoded`, nothing otherwise (so a JSON body
 * without the content type ends in "missing parameter" errors).
 */
export function readWhatsgateFields(request: EmulatorRequest): WhatsgateFields {
  const contentType = (request.headers['content-type'] ?? '').toLowerCase();
  if (contentType.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(request.text()));
  }
  if (!contentType.includes('json') || request.body.length === 0) return {};
  try {
    const value = request.json();
    return isRecord(value) ? value : {};
  } catch (error) {
    if (error instanceof EmulatorJsonError) throw new WhatsgateError(400, whatsgateErrorMessages.invalidJson);
    throw error;
  }
}

/** A field as a non-empty string (numbers are converted) or `undefined`. */
export function optionalString(fields: WhatsgateFields, name: string): string | undefined {
  const value = fields[name];
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A required non-empty string field; a missing one is a 500 error. */
export function requireString(fields: WhatsgateFields, name: string, label: string = name): string {
  const value = optionalString(fields, name);
  if (value === undefined) throw missingFieldError(label);
  return value;
}

/** A required object field. */
export function requireObject(fields: WhatsgateFields, name: string, label: string = name): WhatsgateFields {
  const value = fields[name];
  if (!isRecord(value)) throw missingFieldError(label);
  return value;
}

/**
 * A positive integer given as a number or a numeric string; `fallback` when absent or not a positive integer.
 */
export function readPositiveInteger(value: unknown, fallback: number): number {
  const parsed = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof parsed === 'number' && Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** A boolean given as `true`/`false`, `1`/`0` or their strings (form bodies); `undefined` when absent. */
export function readBoolean(value: unknown, field: string): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (value === true || value === 1 || value === '1' || value === 'true') return true;
  if (value === false || value === 0 || value === '0' || value === 'false') return false;
  throw invalidFieldError(field, 'must be a boolean');
}

/** Whether a value is a plain object. */
export function isFieldRecord(value: unknown): value is Record<string, unknown> {
  return isRecord(value);
}
