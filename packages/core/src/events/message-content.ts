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
      /** Plain text, possibly with a link preview. */
      type: 'text';
      /** The text as written, formatting marks included. */
      text: string;
      /** A link preview attached to the text, when there is one. */
      preview?:
        | {
            /** The linked page's title, when the provider sends one. */
            title?: string | undefined;
            /** The linked page's description, when the provider sends one. */
            description?: string | undefined;
            /** The address the preview is for. */
            url?: string | undefined;
          }
        | undefined;
    }
  | {
      /** A file: image, video, audio, voice note, document or sticker. */
      type: 'media';
      /** What kind of media it is. */
      mediaType: 'image' | 'video' | 'audio' | 'voice' | 'document' | 'sticker';
      /** Where to get the bytes; pass it to `downloadMedia` as is. */
      file: ReceivedMediaFile;
      /** The text sent under the file, when there is one. */
      caption?: string | undefined;
    }
  | {
      /** A shared place. */
      type: 'location';
      /** Its coordinates, with name and address when the sender gave them. */
      location: Location;
    }
  | {
      /** One or more shared contact cards. */
      type: 'contact';
      /** The cards in the order sent; a single card is an array of one. */
      contacts: ContactCard[];
    }
  | {
      /** A poll, or a vote update on one (then `pollMessageId` is set). */
      type: 'poll';
      /** The poll's question. */
      question: string;
      /** The answers in the poll's order, each with who chose it where the provider says. */
      options: Array<{
        /** The answer's text. */
        name: string;
        /** Chat ids of the people who chose it, in vote updates; absent in the poll itself. */
        voters?: string[] | undefined;
      }>;
      /** Whether a voter may choose more than one answer. */
      multipleAnswers: boolean;
      /** For a vote update: the id of the poll message the votes belong to. */
      pollMessageId?: string | undefined;
    }
  | {
      /** An invitation to join a group. */
      type: 'group-invite';
      /** The chat id of the group the invitation is for. */
      groupId: string;
      /** The group's name, when the provider sends it. */
      groupName?: string | undefined;
      /** The code that accepts the invitation, when the provider sends it. */
      inviteCode?: string | undefined;
      /** The text sent with the invitation, when there is one. */
      caption?: string | undefined;
    }
  | {
      /** Anything the adapter does not recognise; the message's `raw` payload has it all. */
      type: 'unknown';
      /** The provider's name for this kind of message (for example GREEN-API's `typeMessage`). */
      providerType?: string | undefined;
      /** Readable text the provider sent along, when any. */
      text?: string | undefined;
    };

/** The `type` of a {@link MessageContent}. */
export type MessageContentType = MessageContent['type'];
