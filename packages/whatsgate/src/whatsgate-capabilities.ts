import type { CapabilityDeclaration } from '@switchboard/core/adapter';

/**
 * What a Whatsgate messenger can do, truthfully (only WhatsApp):
 *
 * - send: text, files as base64 (`mediaUpload`, from bytes or a path; Whatsgate has no send by URL,
 *   so `media` is false), quoted replies (`reply`, by long message id), `typing` (15 s). No location,
 *   contact or poll messages.
 * - messages: `markRead` (`seen`, the whole chat) and `downloadMedia` (by media key or message id).
 * - inbox: polling `events-get` with a cursor (`receive`, `ack`) and `parseWebhook`.
 * - session: `getState`, `getProfile`, `getQrCode` (the QR page link) from `sessions-get`;
 *   `getSettings`/`updateSettings` (the webhook URL, `set-hook`). Logging out deletes a session at
 *   Whatsgate, so it is on the session manager (`delete`), not `session.logout`.
 * - contacts: `check` and `listChats` (`get-chats`: contacts and groups with participants).
 */
export const whatsgateCapabilities: CapabilityDeclaration = {
  send: { text: true, mediaUpload: true, reply: true, typing: true },
  messages: { markRead: true, downloadMedia: true },
  inbox: { receive: true, ack: true, parseWebhook: true },
  session: { getState: true, getProfile: true, getQrCode: true, getSettings: true, updateSettings: true },
  contacts: { check: true, listChats: true },
};
