import type { JsonObject } from './green-api-types.js';

/**
 * Content of an injected message, one variant per GREEN-API `typeMessage` (reference §3.4).
 *
 * @example
 * const content: GreenApiIncomingContent = { kind: 'location', latitude: 55.75, longitude: 37.62 };
 */
export type GreenApiIncomingContent =
  | { kind: 'text'; text: string }
  | { kind: 'extendedText'; text: string; title?: string; description?: string; previewType?: string }
  | { kind: 'quoted'; text: string; quotedMessageId: string; quotedParticipant?: string; quoted?: JsonObject }
  | {
      kind: 'image' | 'video' | 'document' | 'audio' | 'sticker';
      fileName?: string;
      mimeType?: string;
      caption?: string;
      /** File content; placeholder bytes when omitted. Over HTTP use `base64`. */
      bytes?: Uint8Array;
      base64?: string;
      /** Use this URL instead of serving the bytes (e.g. `{{SWE002}}`). */
      downloadUrl?: string;
      isAnimated?: boolean;
    }
  | { kind: 'location'; latitude: number; longitude: number; nameLocation?: string; address?: string }
  | { kind: 'contact'; displayName: string; phone?: string; vcard?: string }
  | { kind: 'contactsArray'; contacts: Array<{ displayName: string; phone?: string; vcard?: string }> }
  | { kind: 'reaction'; emoji: string; quotedMessageId: string; quotedParticipant?: string }
  | { kind: 'poll'; name: string; options: string[]; multipleAnswers?: boolean }
  | {
      kind: 'pollUpdate';
      stanzaId: string;
      name: string;
      votes: Array<{ optionName: string; optionVoters: string[] }>;
      multipleAnswers?: boolean;
    }
  | { kind: 'edited'; stanzaId: string; text?: string; caption?: string }
  | { kind: 'deleted'; stanzaId: string }
  | {
      kind: 'groupInvite';
      groupJid: string;
      inviteCode: string;
      groupName: string;
      caption?: string;
      inviteExpiration?: number;
    }
  /** Raw `messageData` (must carry `typeMessage`), sent as-is. */
  | { kind: 'custom'; messageData: JsonObject };

/**
 * Who sent an injected message and where; every field has a messenger-appropriate default.
 *
 * @example
 * const envelope: GreenApiIncomingEnvelope = { chatId: '120363043968066561@g.us', sender: '79001234567@c.us' };
 */
export interface GreenApiIncomingEnvelope {
  /** Default: WhatsApp `79001234567@c.us`, Telegram/MAX `20000000`. */
  chatId?: string;
  /** Default: the chat id (personal chats) or a member (groups). May be `…@lid` or device-suffixed. */
  sender?: string;
  /** Inserts `:N` before the `@` of the sender (`79001234567:3@c.us`), as seen in the wild. */
  deviceSuffix?: number;
  senderName?: string;
  senderContactName?: string;
  chatName?: string;
  idMessage?: string;
  /** Unix seconds. */
  timestamp?: number;
  /** `true` → `outgoingMessageReceived` (sent from the phone) instead of `incomingMessageReceived`. */
  fromMe?: boolean;
  isForwarded?: boolean;
  forwardingScore?: number;
  /** Telegram `senderData.chatType` (default `user`, or `group` for negative ids). */
  chatType?: string;
  /** Telegram `senderData.senderType` (default `user`). */
  senderType?: string;
  /** Telegram/MAX `senderData.senderPhoneNumber` (default 79001234567). */
  senderPhoneNumber?: number;
}

/**
 * Input of `control.injectIncomingMessage`: content plus envelope, flat.
 *
 * @example
 * control.injectIncomingMessage(id, { kind: 'text', text: 'Hi', chatId: '79001234567@c.us' });
 */
export type GreenApiIncomingMessageInput = GreenApiIncomingContent & GreenApiIncomingEnvelope;
