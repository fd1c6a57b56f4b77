import { createSessionInfo, phoneFromChatId, type SessionInfo } from '@switchboard/core';
import { omitUndefined } from '@switchboard/core/adapter';
import type { WhatsgateSession } from '../client/schemas/whatsgate-session-schema.js';
import { defaultWebhookSecretParameter } from '../webhook/whatsgate-webhook-url.js';
import { mapSessionState } from './map-session-state.js';
import { mapSettings } from './map-settings.js';
import { parseWhatsgateDate } from './whatsgate-date.js';

function present(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value === '' ? undefined : value;
}

/**
 * Maps a Whatsgate session to template 8 (session): `unique_id` → `id` (the `WhatsappID`),
 * `status` → `state` (and as is to `providerState`), `qr` → `qrValue`, `wid` → `chatId`/`phone`, `pushname` → `displayName`, `callback` →
 * `webhookUrl`, `qr_link` → `qrLink`, `code` → `pairingCode`, `date_add` → `createdAt`. There are
 * no per-session credentials (the API key is account-wide). The webhook secret (the
 * `secretParameter` query parameter, `secret` by default) is taken out of the callback URL, in
 * `webhookUrl` and in `raw` alike, as `getSettings` does; `getSettings` returns it as `webhookToken`.
 */
export function mapSession(
  session: WhatsgateSession,
  offsetMinutes: number,
  secretParameter: string = defaultWebhookSecretParameter,
): SessionInfo {
  const wid = present(session.wid);
  const phone = wid === undefined ? undefined : phoneFromChatId(wid);
  const callback = present(session.callback);
  const webhookUrl = callback === undefined ? undefined : mapSettings(callback, secretParameter).webhookUrl;
  const optional = {
    phone,
    chatId: wid,
    displayName: present(session.pushname),
    webhookUrl,
    providerState: present(session.status),
    qrLink: present(session.qr_link),
    qrValue: present(session.qr),
    pairingCode: present(session.code),
    createdAt: parseWhatsgateDate(session.date_add, offsetMinutes),
  };
  return createSessionInfo({
    id: session.unique_id,
    name: session.name ?? '',
    state: mapSessionState(session.status),
    network: 'whatsapp',
    ...omitUndefined(optional),
    raw: webhookUrl === callback ? session : { ...session, callback: webhookUrl },
  });
}
