import type { ContactCard } from '../templates/contact-card.js';
import type { Location } from '../templates/location.js';

/**
 * A file attached to a received message. Fetch its bytes with `messenger.messages.downloadMedia`,
 * which accepts this object as is (it uses `url`, `mediaKey` or the message id, whatever the provider
 * needs).
 */
export interface ReceivedMediaFile {
  /** The file name, when the provider sends one. */
  fileName?: string | undefined;
  /** The MIME type, when known. */
  mimeType?: string | undefined;
  /** A URL the file can be downloaded from (GREEN-API, SDKWA). */
  url?: string | undefined;
  /** The provider's key for the stored media (Whatsgate). */
  mediaKey?: string | undefined;
  /** The size in bytes, when known. */
  size?: number | undefined;
  /** A small preview image, base64, when the provider sends one. */
  thumbnailBase64?: string | undefined;
  /**
   * `false` when the provider keeps the file's description but not its bytes (GREEN-API `{{SWE002}}`:
   * over 100 MB), so there is no `url` and `downloadMedia` cannot fetch it; absent otherwise.
   */
  isDownloadable?: false | undefined;
}

/**
 * What a message carries, a discriminated union on `type`. Parsing is total: anything an adapter does
 * not recognise becomes `{ type: 'unknown' }` with the provider's own type name in `providerType`.
 */
export type MessageContent =
  | {
      type: 'text';
      text: string;
      /** A link preview attached to the text, when there is one. */
      preview?:
        | { title?: string | undefined; description?: string | undefined; url?: string | undefined }
        | undefined;
    }
  | {
      type: 'media';
      /** What kind of media it is. */
      mediaType: 'image' | 'video' | 'audio' | 'voice' | 'document' | 'sticker';
      file: ReceivedMediaFile;
      caption?: string | undefined;
    }
  | { type: 'location'; location: Location }
  | { type: 'contact'; contacts: ContactCard[] }
  | {
      type: 'poll';
      question: string;
      options: Array<{ name: string; voters?: string[] | undefined }>;
      multipleAnswers: boolean;
      /** For a vote update: the id of the poll message the votes belong to. */
      pollMessageId?: string | undefined;
    }
  | {
      type: 'group-invite';
      groupId: string;
      groupName?: string | undefined;
      inviteCode?: string | undefined;
      caption?: string | undefined;
    }
  | {
      type: 'unknown';
      /** The provider's name for this kind of message (for example GREEN-API's `typeMessage`). */
      providerType?: string | undefined;
      /** Readable text the provider sent along, when any. */
      text?: string | undefined;
    };

/** The `type` of a {@link MessageContent}. */
export type MessageContentType = MessageContent['type'];
