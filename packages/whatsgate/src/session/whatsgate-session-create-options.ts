import { MessengerError, normalizePhone } from '@switchboard/core';
import { parseWithSchema } from '@switchboard/core/adapter';
import * as v from 'valibot';
import { whatsgateProvider } from '../whatsgate-provider.js';

/**
 * Whatsgate options of `sessions.create`, as `providerOptions: { whatsgate: { … } }` (or flat):
 * `number` (or `phone`) switches to pairing-code authorization (`auth_type: "CODE"`, the code is in
 * the result's `pairingCode`); `authType: 'QR'` (the default) or `'CODE'`; `webhookUrl` sets the
 * session's callback at creation (the configured `webhookSecret` is added to it).
 */
export interface WhatsgateSessionCreateOptions {
  /** The account's phone number; switches to pairing-code authorization. */
  number?: string | number | undefined;
  /** Same as `number`. */
  phone?: string | number | undefined;
  /** `QR` (the default) or `CODE` (needs `number`). */
  authType?: 'QR' | 'CODE' | undefined;
  /** Absolute webhook URL set as the session's callback, with the configured `webhookSecret` added. */
  webhookUrl?: string | undefined;
}

const createOptionsSchema = buildCreateOptionsSchema();

// @__NO_SIDE_EFFECTS__
function buildCreateOptionsSchema() {
  const phone = v.union([v.string(), v.number()], 'must be a phone number');
  return v.strictObject({
    number: v.optional(phone),
    phone: v.optional(phone),
    authType: v.optional(v.picklist(['QR', 'CODE'], "must be 'QR' or 'CODE'")),
    webhookUrl: v.optional(v.pipe(v.string(), v.url('must be an absolute URL'))),
  });
}

function invalid(message: string): MessengerError {
  return new MessengerError(`Invalid sessions.create providerOptions: ${message}`, {
    code: 'invalid-request',
    provider: whatsgateProvider,
  });
}

/**
 * Reads the create options: `{ whatsgate: {…} }` or the same fields flat. Returns the pairing number
 * (digits) when code authorization is asked for, and the webhook URL.
 */
export function readSessionCreateOptions(providerOptions: Record<string, unknown> | undefined): {
  /** The pairing number (digits) when code authorization was asked for. */
  number?: string;
  /** The webhook URL to set at creation. */
  webhookUrl?: string;
} {
  const nested = providerOptions?.whatsgate;
  const input = typeof nested === 'object' && nested !== null ? nested : (providerOptions ?? {});
  const options = parseWithSchema(createOptionsSchema, input, {
    label: 'sessions.create providerOptions',
    provider: whatsgateProvider,
  });
  const given = options.number ?? options.phone;
  const number = given === undefined ? undefined : normalizePhone(given);
  if (options.authType === 'CODE' && number === undefined)
    throw invalid("authType 'CODE' needs the account's number");
  if (number !== undefined && number.length < 10) throw invalid('number must have at least 10 digits');
  const useCode = number !== undefined && options.authType !== 'QR';
  return {
    ...(useCode ? { number } : {}),
    ...(options.webhookUrl === undefined ? {} : { webhookUrl: options.webhookUrl }),
  };
}
