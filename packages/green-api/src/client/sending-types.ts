/**
 * How long and what kind of "typing…" to show before a message: `typingTime` in milliseconds
 * (1000–20000) and `typingType` (`recording` for voice).
 */
export interface GreenApiTyping {
  /** Milliseconds of "typing…" before the message, 1000–20000. */
  typingTime?: number | undefined;
  /** Kind of indicator: `recording` for voice; `text` when absent. */
  typingType?: 'text' | 'recording' | 'video' | 'image' | 'file' | undefined;
}

/** `sendMessage` input. */
export interface SendMessageInput {
  /** Chat to send to: `79001234567@c.us`, a group `…@g.us`, or a Telegram/MAX chat id. */
  chatId: string;
  /** Text, at most 20000 characters on WhatsApp and 4000 on MAX. */
  message: string;
  /** `idMessage` of the message to reply to. */
  quotedMessageId?: string | undefined;
  /** `false` sends links without a preview; `true` when absent. */
  linkPreview?: boolean | undefined;
  /** Size of the link preview. */
  typePreview?: 'small' | 'large' | undefined;
  /** A preview of your own instead of the fetched one. */
  customPreview?:
    | {
        /** Preview title, at most 300 characters. */
        title: string;
        /** Preview description. */
        description?: string;
        /** Link the preview opens. */
        link?: string;
        /** URL of the preview image. */
        urlFile?: string;
        /** Base64 JPEG thumbnail of the preview. */
        jpegThumbnail?: string;
      }
    | undefined;
  /** Milliseconds of "typing…" before the message, 1000–20000. */
  typingTime?: number | undefined;
  [field: string]: unknown;
}

/** `sendFileByUrl` input; `fileName` must have an extension (it decides the message type). */
export interface SendFileByUrlInput extends GreenApiTyping {
  /** Chat to send to, e.g. `79001234567@c.us`. */
  chatId: string;
  /** Public URL GREEN-API downloads the file from (at most 100 MB). */
  urlFile: string;
  /** File name with its extension, e.g. `report.pdf`. */
  fileName: string;
  /** Caption shown under the file. */
  caption?: string | undefined;
  /** `idMessage` of the message to reply to. */
  quotedMessageId?: string | undefined;
  [field: string]: unknown;
}

/** `sendFileByUpload` input: the file's bytes go as multipart to the media host. */
export interface SendFileByUploadInput extends GreenApiTyping {
  /** Chat to send to, e.g. `79001234567@c.us`. */
  chatId: string;
  /** The file bytes, at most 100 MB. */
  file: Uint8Array | Blob;
  /** File name with its extension, e.g. `report.pdf`. */
  fileName: string;
  /** MIME type of the multipart part; guessed from `fileName` when absent. */
  mimeType?: string | undefined;
  /** Caption shown under the file. */
  caption?: string | undefined;
  /** `idMessage` of the message to reply to. */
  quotedMessageId?: string | undefined;
  [field: string]: unknown;
}

/** `sendLocation` input (Telegram and MAX take only the chat and coordinates). */
export interface SendLocationInput {
  /** Chat to send to, e.g. `79001234567@c.us`. */
  chatId: string;
  /** Latitude in decimal degrees. */
  latitude: number;
  /** Longitude in decimal degrees. */
  longitude: number;
  /** Name of the place (WhatsApp only). */
  nameLocation?: string | undefined;
  /** Address of the place (WhatsApp only). */
  address?: string | undefined;
  /** `idMessage` of the message to reply to. */
  quotedMessageId?: string | undefined;
  [field: string]: unknown;
}

/**
 * The `contact` of `sendContact`: WhatsApp `{phoneContact, firstName?, …}` (at least one name),
 * Telegram `{phoneContact, firstName, lastName?}`, MAX `{chatId}` of a MAX user.
 */
export interface GreenApiContact {
  /** Phone number with country code, digits only (`79001234567`). */
  phoneContact?: number | undefined;
  /** Contact's first name. */
  firstName?: string | undefined;
  /** Contact's middle name. */
  middleName?: string | undefined;
  /** Contact's last name. */
  lastName?: string | undefined;
  /** Contact's company. */
  company?: string | undefined;
  /** MAX only: the chat id of the MAX user to share. */
  chatId?: string | undefined;
}

/** `sendPoll` input (Telegram adds `isAnonymous`). */
export interface SendPollInput {
  /** Chat to send to, e.g. `79001234567@c.us`. */
  chatId: string;
  /** The question, at most 255 characters. */
  message: string;
  /** 2 to 12 answers. */
  options: Array<{
    /** Text of the option, at most 100 characters, unique in the poll. */
    optionName: string;
  }>;
  /** `true` lets a voter pick several answers; `false` when absent. */
  multipleAnswers?: boolean | undefined;
  /** `idMessage` of the message to reply to. */
  quotedMessageId?: string | undefined;
  /** Telegram only: `true` hides who voted. */
  isAnonymous?: boolean | undefined;
  [field: string]: unknown;
}

/** `sendInteractiveButtons` / `sendInteractiveButtonsReply` input (WhatsApp beta, up to 3 buttons). */
export interface SendInteractiveButtonsInput {
  /** Chat to send to, e.g. `79001234567@c.us`. */
  chatId: string;
  /** Text of the message. */
  body: string;
  /** Heading above the text. */
  header?: string | undefined;
  /** Grey text below the text. */
  footer?: string | undefined;
  /** Up to 3 buttons. */
  buttons: Array<{
    /** Id the button's reply carries back. */
    buttonId?: string;
    /** Label of the button. */
    buttonText: string;
    /** `reply`, `copy` (copies `copyCode`), `call` (calls `phoneNumber`) or `url` (opens `url`). */
    type?: 'copy' | 'call' | 'url' | 'reply';
    /** Text a `copy` button copies. */
    copyCode?: string;
    /** Number a `call` button calls, e.g. `79001234567`. */
    phoneNumber?: string;
    /** Link a `url` button opens. */
    url?: string;
  }>;
  [field: string]: unknown;
}

/** Input of the deprecated WhatsApp button/list/link methods: passed through as given. */
export interface LegacyMessageInput {
  /** Chat to send to, e.g. `79001234567@c.us`. */
  chatId: string;
  [field: string]: unknown;
}
