import type { JsonObject } from './green-api-types.js';
import type { GreenApiIncomingContent, GreenApiIncomingEnvelope } from './incoming-message-input.js';
import { quotedMessageOf } from './journal-content.js';
import { placeholderBytes, placeholderJpegBase64 } from './media-placeholders.js';
import type { MediaStore } from './media-store.js';
import { mediaTypes } from './media-types.js';
import type { GreenApiJournalEntry } from './message-journal.js';
import { buildVcard } from './vcard.js';

/** What {@link incomingMessageData} needs besides the input. */
export interface MessageDataContext {
  media: MediaStore;
  lookup: (idMessage: string) => GreenApiJournalEntry | undefined;
  /** Author of a quoted message when it is not in the journal. */
  defaultParticipant: string;
}

const fileDefaults = {
  image: { fileName: 'image.jpg', typeMessage: 'imageMessage' },
  video: { fileName: 'video.mp4', typeMessage: 'videoMessage' },
  document: { fileName: 'document.pdf', typeMessage: 'documentMessage' },
  audio: { fileName: 'voice.ogg', typeMessage: 'audioMessage' },
  sticker: { fileName: 'sticker.webp', typeMessage: 'stickerMessage' },
} as const;

function fileBytes(
  content: { bytes?: Uint8Array; base64?: string },
  mimeType: string,
  fileName: string,
): Uint8Array {
  if (content.bytes !== undefined) return content.bytes;
  if (content.base64 !== undefined) return new Uint8Array(Buffer.from(content.base64, 'base64'));
  return placeholderBytes(mimeType, fileName);
}

function participantOf(id: string, context: MessageDataContext): string {
  const entry = context.lookup(id);
  if (entry === undefined) return context.defaultParticipant;
  return typeof entry.senderId === 'string' ? entry.senderId : entry.chatId;
}

/**
 * Builds `messageData` for an injected message of any kind, storing media bytes so `downloadUrl` serves them.
 */
export function incomingMessageData(
  input: GreenApiIncomingContent & Pick<GreenApiIncomingEnvelope, 'isForwarded' | 'forwardingScore'>,
  context: MessageDataContext,
): JsonObject {
  const forwarding = { isForwarded: input.isForwarded ?? false, forwardingScore: input.forwardingScore ?? 0 };
  switch (input.kind) {
    case 'text':
      return { typeMessage: 'textMessage', textMessageData: { textMessage: input.text } };
    case 'extendedText':
      return {
        typeMessage: 'extendedTextMessage',
        extendedTextMessageData: {
          text: input.text,
          description: input.description ?? '',
          title: input.title ?? '',
          previewType: input.previewType ?? 'None',
          jpegThumbnail: '',
          ...forwarding,
        },
      };
    case 'quoted': {
      const participant = input.quotedParticipant ?? participantOf(input.quotedMessageId, context);
      return {
        typeMessage: 'quotedMessage',
        extendedTextMessageData: { text: input.text, stanzaId: input.quotedMessageId, participant },
        quotedMessage: quotedMessageOf(
          input.quotedMessageId,
          participant,
          input.quoted ?? context.lookup(input.quotedMessageId),
        ),
      };
    }
    case 'image':
    case 'video':
    case 'document':
    case 'audio':
    case 'sticker': {
      const defaults = fileDefaults[input.kind];
      const fileName = input.fileName ?? defaults.fileName;
      const mimeType = input.mimeType ?? mediaTypes.mimeTypeOf(fileName);
      const downloadUrl =
        input.downloadUrl ??
        context.media.put({ bytes: fileBytes(input, mimeType, fileName), fileName, mimeType }).url;
      const animated = input.kind === 'sticker' ? { isAnimated: input.isAnimated ?? false } : {};
      const thumbnail = input.kind === 'image' || input.kind === 'video' ? placeholderJpegBase64 : '';
      return {
        typeMessage: defaults.typeMessage,
        fileMessageData: {
          downloadUrl,
          caption: input.caption ?? '',
          fileName,
          jpegThumbnail: thumbnail,
          mimeType,
          ...animated,
          ...forwarding,
        },
      };
    }
    case 'location':
      return {
        typeMessage: 'locationMessage',
        locationMessageData: {
          nameLocation: input.nameLocation ?? '',
          address: input.address ?? '',
          latitude: input.latitude,
          longitude: input.longitude,
          jpegThumbnail: placeholderJpegBase64,
          ...forwarding,
        },
      };
    case 'contact':
      return {
        typeMessage: 'contactMessage',
        contactMessageData: {
          displayName: input.displayName,
          vcard: input.vcard ?? buildVcard(input),
          ...forwarding,
        },
      };
    case 'contactsArray':
      return {
        typeMessage: 'contactsArrayMessage',
        messageData: {
          contacts: input.contacts.map((contact) => ({
            displayName: contact.displayName,
            vcard: contact.vcard ?? buildVcard(contact),
          })),
          ...forwarding,
        },
      };
    case 'reaction':
      return {
        typeMessage: 'reactionMessage',
        extendedTextMessageData: { text: input.emoji },
        quotedMessage: {
          stanzaId: input.quotedMessageId,
          participant: input.quotedParticipant ?? participantOf(input.quotedMessageId, context),
        },
      };
    case 'poll':
      return {
        typeMessage: 'pollMessage',
        pollMessageData: {
          name: input.name,
          options: input.options.map((optionName) => ({ optionName })),
          multipleAnswers: input.multipleAnswers ?? false,
        },
      };
    case 'pollUpdate':
      return {
        typeMessage: 'pollUpdateMessage',
        pollMessageData: {
          stanzaId: input.stanzaId,
          name: input.name,
          votes: input.votes,
          multipleAnswers: input.multipleAnswers ?? false,
        },
      };
    case 'edited': {
      const content =
        input.caption === undefined ? { textMessage: input.text ?? '' } : { caption: input.caption };
      return { typeMessage: 'editedMessage', editedMessageData: { ...content, stanzaId: input.stanzaId } };
    }
    case 'deleted':
      return { typeMessage: 'deletedMessage', deletedMessageData: { stanzaId: input.stanzaId } };
    case 'groupInvite':
      return {
        typeMessage: 'groupInviteMessage',
        groupInviteMessageData: {
          groupJid: input.groupJid,
          inviteCode: input.inviteCode,
          inviteExpiration: input.inviteExpiration ?? Math.floor(Date.now() / 1000) + 3 * 86_400,
          groupName: input.groupName,
          caption: input.caption ?? '',
          name: input.groupName,
          jpegThumbnail: placeholderJpegBase64,
        },
      };
    case 'custom':
      return { ...input.messageData };
  }
}
