import * as v from 'valibot';
import { wireIntegerSchema } from './wire-values.js';

/**
 * A Whatsgate session (`session-create`, `sessions-get`, `session-delete`): `unique_id` is the
 * `WhatsappID`; `status` is `PENDING`, `AUTH`, `READY` or `DESTROYING`; `qr_link` opens the QR (or
 * pairing-code) page; `code` is the pairing code of `auth_type: "CODE"` sessions; `wid` is the
 * account's JID once authorized.
 */
export const whatsgateSessionSchema = v.looseObject({
  // Whatsgate's internal row number of the session, not the `WhatsappID`.
  id: v.nullish(wireIntegerSchema),
  // The session's display name given at `session-create` or `set-name`.
  name: v.nullish(v.string()),
  // The session's `WhatsappID`, an opaque id such as `67506a033c2f8`.
  unique_id: v.string(),
  // `PENDING`, `AUTH` (waiting for the QR scan or code), `READY` or `DESTROYING`; other values are undocumented.
  status: v.nullish(v.string()),
  // Human-readable name of `status`, e.g. `Initialization` or `Working` (in English or Russian).
  status_name: v.nullish(v.string()),
  // Webhook URL of the session; `""` or `null` when none is set.
  callback: v.nullish(v.string()),
  // Creation time as `YYYY-MM-DD HH:MM:SS` in the server's local time.
  date_add: v.nullish(v.string()),
  // Always `null` in documented answers; the QR is shown at `qr_link`.
  qr: v.nullish(v.string()),
  // Pairing code, present only for sessions created with `auth_type: "CODE"`.
  code: v.nullish(v.string()),
  // WhatsApp profile name of the account, `null` until authorized.
  pushname: v.nullish(v.string()),
  // The account's JID (`79991234567@c.us`) once authorized, otherwise `null`.
  wid: v.nullish(v.string()),
  // URL of the self-refreshing QR or pairing-code page (`https://whatsgate.ru/qr/<unique_id>`); `""` when `READY`.
  qr_link: v.nullish(v.string()),
});

/** A session as read by {@link whatsgateSessionSchema}. */
export type WhatsgateSession = v.InferOutput<typeof whatsgateSessionSchema>;
