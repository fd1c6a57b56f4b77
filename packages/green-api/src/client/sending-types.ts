/**
 * How long and what kind of "typing…" to show before a message: `typingTime` in milliseconds
 * (1000–20000) and `typingType` (`recording` for voice).
 */
export interface GreenApiTyping {
  typingTime?: number | undefined;
  typingType?: 'text' | 'recording' | 'video' | 'image' | 'file' | undefined;
}

/** `sendMessage` input. */
export interface SendMessageInput {
  chatId: string;
  message: string;
  quotedMessageId?: string | undefined;
  linkPreview?: boolean | undefined;
  typePreview?: 'small' | 'large' | undefined;
  customPreview?:
    | { title: string; description?: string; link?: string; urlFile?: string; jpegThumbnail?: string }
    | undefined;
  typingTime?: number | undefined;
  [field: string]: unknown;
}

/** `sendFileByUrl` input; `fileName` must have an extension (it decides the message type). */
export interface SendFileByUrlInput extends GreenApiTyping {
  chatId: string;
  urlFile: string;
  fileName: string;
  caption?: string | undefined;
  quotedMessageId?: string | undefined;
  [field: string]: unknown;
}

/** `sendFileByUpload` input: the file's bytes go as multipart to the media host. */
export interface SendFileByUploadInput extends GreenApiTyping {
  chatId: string;
  file: Uint8Array | Blob;
  fileName: string;
  mimeType?: string | undefined;
  caption?: string | undefined;
  quotedMessageId?: string | undefined;
  [field: string]: unknown;
}

/** `sendLocation` input (Telegram and MAX take only the chat and coordinates). */
export interface SendLocationInput {
  chatId: string;
  latitude: number;
  longitude: number;
  nameLocation?: string | undefined;
  address?: string | undefined;
  quotedMessageId?: string | undefined;
  [field: string]: unknown;
}

/**
 * The `contact` of `sendContact`: WhatsApp `{phoneContact, firstName?, …}` (at least one name),
 * Telegram `{phoneContact, firstName, lastName?}`, MAX `{chatId}` of a MAX user.
 */
export interface GreenApiContact {
  phoneContact?: number | undefined;
  firstName?: string | undefined;
  middleName?: string | undefined;
  lastName?: string | undefined;
  company?: string | undefined;
  chatId?: string | undefined;
}

/** `sendPoll` input (Telegram adds `isAnonymous`). */
export interface SendPollInput {
  chatId: string;
  message: string;
  options: Array<{ optionName: string }>;
  multipleAnswers?: boolean | undefined;
  quotedMessageId?: string | undefined;
  isAnonymous?: boolean | undefined;
  [field: string]: unknown;
}

/** `sendInteractiveButtons` / `sendInteractiveButtonsReply` input (WhatsApp beta, up to 3 buttons). */
export interface SendInteractiveButtonsInput {
  chatId: string;
  body: string;
  header?: string | undefined;
  footer?: string | undefined;
  buttons: Array<{
    buttonId?: string;
    buttonText: string;
    type?: 'copy' | 'call' | 'url' | 'reply';
    copyCode?: string;
    phoneNumber?: string;
    url?: string;
  }>;
  [field: string]: unknown;
}

/** Input of the deprecated WhatsApp button/list/link methods: passed through as given. */
export interface LegacyMessageInput {
  chatId: string;
  [field: string]: unknown;
}
