import { type CapabilityDeclaration, everyOperation } from '@switchboard/core/adapter';
import type { GreenApiNetwork } from '@switchboard/green-api-protocol';

const shared = {
  messages: {
    markRead: true,
    history: true,
    get: true,
    lastIncoming: true,
    lastOutgoing: true,
    downloadMedia: true,
  },
  inbox: everyOperation('inbox'),
  groups: everyOperation('groups'),
  contacts: everyOperation('contacts'),
  queue: everyOperation('queue'),
} as const satisfies CapabilityDeclaration;

const sessionBasics = {
  getState: true,
  getProfile: true,
  getQrCode: true,
  logout: true,
  reboot: true,
  getSettings: true,
  updateSettings: true,
} as const;

/**
 * What a GREEN-API messenger can do on each network (reference §2 and §8):
 *
 * - WhatsApp: everything except code/password login (it links by QR or pairing code).
 * - Telegram: everything except the pairing code; login by QR or by code in the app/SMS plus the
 *   two-factor password.
 * - MAX: no polls, forwarding, editing, deleting or typing (not in GREEN-API's MAX API); login by QR
 *   or by SMS code.
 */
export const greenApiCapabilities: Readonly<Record<GreenApiNetwork, CapabilityDeclaration>> = {
  whatsapp: {
    ...shared,
    send: everyOperation('send'),
    messages: { ...shared.messages, edit: true, delete: true, forward: true },
    session: { ...sessionBasics, requestPairingCode: true },
  },
  telegram: {
    ...shared,
    send: everyOperation('send'),
    messages: { ...shared.messages, edit: true, delete: true, forward: true },
    session: { ...sessionBasics, requestCode: true, confirmCode: true, confirmPassword: true },
  },
  max: {
    ...shared,
    send: { text: true, media: true, mediaUpload: true, location: true, contact: true, reply: true },
    messages: shared.messages,
    session: { ...sessionBasics, requestCode: true, confirmCode: true },
  },
};
