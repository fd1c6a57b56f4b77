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
  /** Which file message to produce (image, video, document, audio…). */
  type: SdkwaMediaKind;
  /** The file name in `fileMessageData`; a sample name per kind when absent. */
  fileName?: string;
  /** The MIME type in `fileMessageData`; derived from the file name when absent. */
  mimeType?: string;
  /** The caption the sender added; none when absent. */
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
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      type: 'text';
      /** The text as the sender wrote it. */
      text: string;
    }
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      type: 'extendedText';
      /** The text as the sender wrote it. */
      text: string;
      /** The preview's title, or the chosen row's title in a list response. */
      title?: string;
      /** The preview's description, or the chosen row's description in a list response. */
      description?: string;
      /** `None` or `Image`, as `extendedTextMessageData.previewType`. */
      previewType?: string;
    }
  | SdkwaMediaContent
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      type: 'location';
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
      type: 'contact';
      /** The name shown on the card. */
      displayName: string;
      /** The vCard text as sent. */
      vcard?: string;
      /** The contact's phone digits. */
      phone?: string;
    }
  /** [I] GREEN-API `contactsArrayMessage`, with its nested `messageData.messageData.contacts` quirk. */
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      type: 'contacts';
      /** The cards of a `contactsArrayMessage`. */
      contacts: Array<{
        /** The name shown on the card. */
        displayName: string;
        /** The vCard text as sent. */
        vcard?: string;
        /** The contact's phone digits. */
        phone?: string;
      }>;
    }
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      type: 'reply';
      /** The text as the sender wrote it. */
      text: string;
      /** The `stanzaId` of the message replied to. */
      quotedMessageId: string;
      /** The replied-to message's text in `quotedMessage`; `''` when absent. */
      quotedText?: string;
      /** Who wrote the quoted message; `''` when absent. */
      quotedParticipant?: string;
    }
  /** [I] */
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      type: 'reaction';
      /** The reaction; `''` removes an earlier one. */
      emoji: string;
      /** The id of the message reacted to, edited or deleted. */
      messageId: string;
      /** Who wrote the message reacted to; `''` when absent. */
      participant?: string;
    }
  /** [I] */
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      type: 'poll';
      /** The poll question. */
      name: string;
      /** The answers to choose from, in order. */
      options: string[];
      /** Whether more than one answer may be chosen; false when absent. */
      multipleAnswers?: boolean;
    }
  /** [I] a vote update of a poll. */
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      type: 'pollVote';
      /** The id of the poll voted in. */
      pollMessageId: string;
      /** The poll question. */
      name: string;
      /** Who voted for which answer so far. */
      votes: Array<{
        /** The answer as the poll lists it. */
        optionName: string;
        /** Chat ids of those who chose it. */
        voters: string[];
      }>;
    }
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      type: 'buttons';
      /** The text as the sender wrote it. */
      text: string;
      /** Small text under the message; none when absent. */
      footer?: string;
      /** The reply buttons, in order. */
      buttons: Array<{
        /** What a `buttonsResponseMessage` reports when it is tapped. */
        buttonId: string;
        /** The button's label. */
        buttonText: string;
      }>;
    }
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      type: 'template';
      /** The text as the sender wrote it. */
      text: string;
      /** The preview's title, or the chosen row's title in a list response. */
      title?: string;
      /** Small text under the message; none when absent. */
      footer?: string;
      /** The template's buttons as SDKWA sends them (URL, call, quick reply). */
      templateButtons: Array<Record<string, unknown>>;
    }
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      type: 'list';
      /** The text as the sender wrote it. */
      text: string;
      /** The preview's title, or the chosen row's title in a list response. */
      title?: string;
      /** Small text under the message; none when absent. */
      footer?: string;
      /** The label of the button that opens the list. */
      buttonText: string;
      /** The list's sections with their rows, as SDKWA sends them. */
      sections: Array<Record<string, unknown>>;
    }
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      type: 'buttonsResponse';
      /** The `buttonId` of the button tapped. */
      selectedButtonId: string;
      /** The label of the button tapped. */
      selectedButtonText: string;
      /** The id of the message whose button or row was chosen; none when absent. */
      stanzaId?: string;
    }
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      type: 'templateButtonsReply';
      /** The id of the template button tapped. */
      selectedId: string;
      /** The label of the template button tapped. */
      selectedDisplayText: string;
      /** The 0-based position of the template button tapped. */
      selectedIndex?: number;
      /** The id of the message whose button or row was chosen; none when absent. */
      stanzaId?: string;
    }
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      type: 'listResponse';
      /** The preview's title, or the chosen row's title in a list response. */
      title: string;
      /** The id of the list row chosen. */
      rowId: string;
      /** The preview's description, or the chosen row's description in a list response. */
      description?: string;
      /** The id of the message whose button or row was chosen; none when absent. */
      stanzaId?: string;
    }
  /** [I] */
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      type: 'edited';
      /** The id of the message reacted to, edited or deleted. */
      messageId: string;
      /** The text as the sender wrote it. */
      text: string;
    }
  /** [I] */
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      type: 'deleted';
      /** The id of the message reacted to, edited or deleted. */
      messageId: string;
    }
  /** Anything else: `messageData` is used as is. */
  | {
      /** Which `typeMessage` to produce; the other fields depend on it. */
      type: 'raw';
      /** The `messageData` object delivered exactly as given. */
      messageData: {
        /** The `typeMessage` the raw data claims. */
        typeMessage: string;
        [field: string]: unknown;
      };
    };

/** The `typeMessage` of a media kind. */
export function mediaTypeMessage(kind: SdkwaMediaKind): string {
  return `${kind}Message`;
}

/**
 * The media kind WhatsApp picks for a file name ("file type is decided from the extension", reference §3.1).
 */
export function mediaKindOf(fileName: string): SdkwaMediaKind {
  return sdkwaMimeTypes.mediaKindOf(fileName);
}

/** Whether a content is a media content. */
export function isMediaContent(content: SdkwaMessageContent): content is SdkwaMediaContent {
  return ['image', 'video', 'audio', 'document', 'file', 'sticker'].includes(content.type);
}
