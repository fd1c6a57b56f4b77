import { type CapabilityDeclaration, everyOperation } from '@switchboard/core/adapter';
import type { SdkwaNetwork } from './sdkwa-network.js';

const shared = {
  send: { text: true, media: true, mediaUpload: true, location: true, contact: true, reply: true },
  messages: {
    delete: true,
    markRead: true,
    history: true,
    lastIncoming: true,
    lastOutgoing: true,
    downloadMedia: true,
  },
  inbox: everyOperation('inbox'),
  groups: everyOperation('groups'),
  queue: { listOutgoing: true, clearOutgoing: true },
} as const satisfies CapabilityDeclaration;

const sessionBase = {
  getState: true,
  getProfile: true,
  requestCode: true,
  confirmCode: true,
  logout: true,
  reboot: true,
  getSettings: true,
  updateSettings: true,
} as const;

/**
 * What an SDKWA instance can do, per network. WhatsApp: text, files by URL and upload, location,
 * contact, replies; delete, read marks, history, journals, downloads; polling and webhooks; state,
 * profile (from the settings' `wid`), QR, pairing code, SMS/voice registration, logout, reboot,
 * settings; every group operation; WhatsApp check, contact info, avatar, contacts, chats; the outgoing
 * queue. Telegram: the same without QR, pairing code and the WhatsApp check, with sign-in by a code
 * sent to the Telegram app. SDKWA has no polls, typing, edit, forward, single-message read, two-factor
 * password, or notification-queue count/clear, so those are `false`.
 */
export const sdkwaCapabilities: Readonly<Record<SdkwaNetwork, CapabilityDeclaration>> = {
  whatsapp: networkCapabilities(true),
  telegram: networkCapabilities(false),
};

function networkCapabilities(whatsapp: boolean): CapabilityDeclaration {
  return {
    ...shared,
    session: { ...sessionBase, getQrCode: whatsapp, requestPairingCode: whatsapp },
    contacts: { check: whatsapp, getInfo: true, getAvatar: true, list: true, listChats: true },
  };
}
