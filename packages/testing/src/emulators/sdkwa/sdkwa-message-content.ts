import { sdkwaMimeTypes } from './sdkwa-media-store.js';

/**
 * Media kinds; each maps to its `typeMessage` (`image` → `imageMessage`, …). `file` gives the `fileMessage` type
 * bots expect [V: S9]; `sticker` is GREEN-API's `stickerMessage` [I].
 *
 * @example
 * const kind: SdkwaMediaKind = 'document';
 */
export type SdkwaMediaKind = 'image' | 'video' | 'audio' | 'document' | 'file' | 'sticker';

/**
 * A media message. Without `downloadUrl` the emulator stores `bytes` (text, bytes, or a default sample of the kind)
 * and serves them itself.
 *
 * @example
 * const image: SdkwaMediaContent = { type: 'image', caption: 'What do you think?', fileName: 'image.jpg' };
 */
export interface SdkwaMediaContent {
  type: SdkwaMediaKind;
  fileName?: string;
  mimeType?: string;
  caption?: string;
  /** File content (a string is taken as UTF-8 text); a small sample of the right kind by default. */
  bytes?: Uint8Array | string;
  /** Use this link instead of storing bytes (outgoing `sendFileByUrl`). */
  downloadUrl?: string;
}

/**
 * Every message content the emulator can produce, as incoming (control API) or outgoing (send methods) messages.
 * Kinds marked [I] follow GREEN-API shapes because the SDKWA sources only name the `typeMessage`.
 *
 * @example
 * const content: SdkwaMessageContent = { type: 'location', latitude: 55.7409, longitude: 37.6205 };
 */
export type SdkwaMessageContent =
  | { type: 'text'; text: string }
  | { type: 'extendedText'; text: string; title?: string; description?: string; previewType?: string }
  | SdkwaMediaContent
  | { type: 'location'; latitude: number; longitude: number; nameLocation?: string; address?: string }
  | { type: 'contact'; displayName: string; vcard?: string; phone?: string }
  /** [I] GREEN-API `contactsArrayMessage`, with its nested `messageData.messageData.contacts` quirk. */
  | { type: 'contacts'; contacts: Array<{ displayName: string; vcard?: string; phone?: string }> }
  | { type: 'reply'; text: string; quotedMessageId: string; quotedText?: string; quotedParticipant?: string }
  /** [I] */
  | { type: 'reaction'; emoji: string; messageId: string; participant?: string }
  /** [I] */
  | { type: 'poll'; name: string; options: string[]; multipleAnswers?: boolean }
  /** [I] a vote update of a poll. */
  | {
      type: 'pollVote';
      pollMessageId: string;
      name: string;
      votes: Array<{ optionName: string; voters: string[] }>;
    }
  | {
      type: 'buttons';
      text: string;
      footer?: string;
      buttons: Array<{ buttonId: string; buttonText: string }>;
    }
  | {
      type: 'template';
      text: string;
      title?: string;
      footer?: string;
      templateButtons: Array<Record<string, unknown>>;
    }
  | {
      type: 'list';
      text: string;
      title?: string;
      footer?: string;
      buttonText: string;
      sections: Array<Record<string, unknown>>;
    }
  | { type: 'buttonsResponse'; selectedButtonId: string; selectedButtonText: string; stanzaId?: string }
  | {
      type: 'templateButtonsReply';
      selectedId: string;
      selectedDisplayText: string;
      selectedIndex?: number;
      stanzaId?: string;
    }
  | { type: 'listResponse'; title: string; rowId: string; description?: string; stanzaId?: string }
  /** [I] */
  | { type: 'edited'; messageId: string; text: string }
  /** [I] */
  | { type: 'deleted'; messageId: string }
  /** Anything else: `messageData` is used as is. */
  | { type: 'raw'; messageData: { typeMessage: string; [field: string]: unknown } };

/**
 * The `typeMessage` of a media kind.
 *
 * @example
 * mediaTypeMessage('image'); // 'imageMessage'
 */
export function mediaTypeMessage(kind: SdkwaMediaKind): string {
  return `${kind}Message`;
}

/**
 * The media kind WhatsApp picks for a file name ("file type is decided from the extension", reference §3.1).
 *
 * @example
 * mediaKindOf('report.pdf'); // 'document'
 */
export function mediaKindOf(fileName: string): SdkwaMediaKind {
  return sdkwaMimeTypes.mediaKindOf(fileName);
}

/**
 * Whether a content is a media content.
 *
 * @example
 * isMediaContent({ type: 'image' }); // true
 */
export function isMediaContent(content: SdkwaMessageContent): content is SdkwaMediaContent {
  return ['image', 'video', 'audio', 'document', 'file', 'sticker'].includes(content.type);
}
