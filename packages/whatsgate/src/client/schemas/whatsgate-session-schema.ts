import * as v from 'valibot';
import { wireIntegerSchema } from './wire-values.js';

/**
 * A Whatsgate session (`session-create`, `sessions-get`, `session-delete`): `unique_id` is the
 * `WhatsappID`; `status` is `PENDING`, `AUTH`, `READY` or `DESTROYING`; `qr_link` opens the QR (or
 * pairing-code) page; `code` is the pairing code of `auth_type: "CODE"` sessions; `wid` is the
 * account's JID once authorized.
 */
export const whatsgateSessionSchema = v.looseObject({
  id: v.nullish(wireIntegerSchema),
  name: v.nullish(v.string()),
  unique_id: v.string(),
  status: v.nullish(v.string()),
  status_name: v.nullish(v.string()),
  callback: v.nullish(v.string()),
  date_add: v.nullish(v.string()),
  qr: v.nullish(v.string()),
  code: v.nullish(v.string()),
  pushname: v.nullish(v.string()),
  wid: v.nullish(v.string()),
  qr_link: v.nullish(v.string()),
});

/** A session as read by {@link whatsgateSessionSchema}. */
export type WhatsgateSession = v.InferOutput<typeof whatsgateSessionSchema>;
