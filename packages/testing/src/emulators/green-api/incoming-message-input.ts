import type { JsonObject } from './green-api-types.js';

/**
 * Content of an injected message, one variant per GREEN-API `typeMessage` (reference §3.4).
 *
 * @example
 * const content: GreenApiIncomingContent = { kind: 'location', latitude: 55.75, longitude: 37.62 };
 */
export type GreenApiIncomingContent =
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      kind: 'text';
      /** The text as the sender wrote it. */
      text: string;
    }
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      kind: 'extendedText';
      /** The text as the sender wrote it. */
      text: string;
      /** The link preview's title. */
      title?: string;
      /** The link preview's description. */
      description?: string;
      /** `None` or `Image`, as `extendedTextMessageData.previewType`. */
      previewType?: string;
    }
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      kind: 'quoted';
      /** The text as the sender wrote it. */
      text: string;
      /** The `stanzaId` of the message replied or reacted to. */
      quotedMessageId: string;
      /** Who wrote the quoted message; taken from the journal when absent. */
      quotedParticipant?: string;
      /** The `quotedMessage` object as sent; built from the journal entry of `quotedMessageId` when absent. */
      quoted?: JsonObject;
    }
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      kind: 'image' | 'video' | 'document' | 'audio' | 'sticker';
      /** The file name in `fileMessageData`; a sample name per kind when absent. */
      fileName?: string;
      /** The MIME type in `fileMessageData`; derived from the file name when absent. */
      mimeType?: string;
      /** The caption the sender added; none when absent. */
      caption?: string;
      /** File content; placeholder bytes when omitted. Over HTTP use `base64`. */
      bytes?: Uint8Array;
      /** The file content as base64, for the control's HTTP route (`bytes` in-process). */
      base64?: string;
      /** Use this URL instead of serving the bytes (e.g. `{{SWE002}}`). */
      downloadUrl?: string;
      /** Whether the sticker moves. */
      isAnimated?: boolean;
    }
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      kind: 'location';
      /** Degrees north, WGS 84. */
      latitude: number;
      /** Degrees east, WGS 84. */
      longitude: number;
      /** The place's name. */
      nameLocation?: string;
      /** The place's street address. */
      address?: string;
    }
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      kind: 'contact';
      /** The name shown on the card. */
      displayName: string;
      /** Digits put into the generated vCard's `TEL` line. */
      phone?: string;
      /** The vCard text as sent; built from the name and phone when absent. */
      vcard?: string;
    }
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      kind: 'contactsArray';
      /** The cards, nested as GREEN-API does in `messageData.messageData.contacts`. */
      contacts: Array<{
        /** The name shown on the card. */
        displayName: string;
        /** Digits put into the generated vCard's `TEL` line. */
        phone?: string;
        /** The vCard text as sent; built from the name and phone when absent. */
        vcard?: string;
      }>;
    }
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      kind: 'reaction';
      /** The reaction; `''` removes an earlier one. */
      emoji: string;
      /** The `stanzaId` of the message replied or reacted to. */
      quotedMessageId: string;
      /** Who wrote the quoted message; taken from the journal when absent. */
      quotedParticipant?: string;
    }
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      kind: 'poll';
      /** The poll question. */
      name: string;
      /** The answers to choose from, in order. */
      options: string[];
      /** Whether more than one answer may be chosen; false when absent. */
      multipleAnswers?: boolean;
    }
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      kind: 'pollUpdate';
      /** The id of the message edited, deleted or voted in. */
      stanzaId: string;
      /** The poll question. */
      name: string;
      /** Who voted for which answer so far. */
      votes: Array<{
        /** The answer as the poll lists it. */
        optionName: string;
        /** Chat ids of those who chose it. */
        optionVoters: string[];
      }>;
      /** Whether more than one answer may be chosen; false when absent. */
      multipleAnswers?: boolean;
    }
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      kind: 'edited';
      /** The id of the message edited, deleted or voted in. */
      stanzaId: string;
      /** The text as the sender wrote it. */
      text?: string;
      /** The caption the sender added; none when absent. */
      caption?: string;
    }
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      kind: 'deleted';
      /** The id of the message edited, deleted or voted in. */
      stanzaId: string;
    }
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      kind: 'groupInvite';
      /** The group the invitation is for, `…@g.us`. */
      groupJid: string;
      /** The code of the invitation link. */
      inviteCode: string;
      /** The group's name as the invitation shows it. */
      groupName: string;
      /** The caption the sender added; none when absent. */
      caption?: string;
      /** Unix seconds when the invitation stops working. */
      inviteExpiration?: number;
    }
  /** Raw `messageData` (must carry `typeMessage`), sent as-is. */
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      kind: 'custom';
      /** The `messageData` object delivered exactly as given. */
      messageData: JsonObject;
    };

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
  /** The sender's own profile name (`senderData.senderName`). */
  senderName?: string;
  /** The sender's name in the phone's address book; `''` when not saved. */
  senderContactName?: string;
  /** `senderData.chatName`: the contact's or group's name. */
  chatName?: string;
  /** The message id; a new one when absent. */
  idMessage?: string;
  /** Unix seconds. */
  timestamp?: number;
  /** `true` → `outgoingMessageReceived` (sent from the phone) instead of `incomingMessageReceived`. */
  fromMe?: boolean;
  /** Marks the message as forwarded (`isForwarded` in the message data). */
  isForwarded?: boolean;
  /** How many times it was forwarded (`forwardingScore`). */
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
