import {
  isMediaContent,
  mediaTypeMessage,
  type SdkwaMediaContent,
  type SdkwaMessageContent,
} from './sdkwa-message-content.js';
import type { SdkwaMessageData } from './sdkwa-types.js';
import { buildVcard } from './sdkwa-vcard.js';

/** Where a media content ended up: the link that goes into `fileMessageData`. */
export interface ResolvedMedia {
  downloadUrl: string;
  fileName: string;
  mimeType: string;
}

function vcardOf(entry: { displayName: string; vcard?: string; phone?: string }): string {
  return (
    entry.vcard ?? buildVcard({ phoneContact: entry.phone ?? '79000000000', firstName: entry.displayName })
  );
}

function fileMessageData(content: SdkwaMediaContent, media: ResolvedMedia): SdkwaMessageData {
  return {
    typeMessage: mediaTypeMessage(content.type),
    fileMessageData: {
      downloadUrl: media.downloadUrl,
      caption: content.caption ?? '',
      fileName: media.fileName,
      jpegThumbnail: '',
      mimeType: media.mimeType,
    },
  };
}

function extendedText(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { text, description: '', title: '', previewType: 'None', jpegThumbnail: '', ...extra };
}

/** Builds the webhook `messageData` of a content; media is stored/linked through `resolveMedia`. */
export function buildMessageData(
  content: SdkwaMessageContent,
  resolveMedia: (content: SdkwaMediaContent) => ResolvedMedia,
): SdkwaMessageData {
  if (isMediaContent(content)) return fileMessageData(content, resolveMedia(content));
  switch (content.type) {
    case 'text':
      return { typeMessage: 'textMessage', textMessageData: { textMessage: content.text } };
    case 'extendedText':
      return {
        typeMessage: 'extendedTextMessage',
        extendedTextMessageData: extendedText(content.text, {
          title: content.title ?? '',
          description: content.description ?? '',
          previewType: content.previewType ?? 'None',
        }),
      };
    case 'location':
      return {
        typeMessage: 'locationMessage',
        locationMessageData: {
          nameLocation: content.nameLocation ?? '',
          address: content.address ?? '',
          latitude: content.latitude,
          longitude: content.longitude,
          jpegThumbnail: '',
        },
      };
    case 'contact':
      return {
        typeMessage: 'contactMessage',
        contactMessageData: { displayName: content.displayName, vcard: vcardOf(content) },
      };
    case 'contacts':
      return {
        typeMessage: 'contactsArrayMessage',
        messageData: {
          contacts: content.contacts.map((entry) => ({
            displayName: entry.displayName,
            vcard: vcardOf(entry),
          })),
        },
      };
    case 'reply': {
      const participant = content.quotedParticipant ?? '';
      return {
        typeMessage: 'quotedMessage',
        extendedTextMessageData: extendedText(content.text, {
          stanzaId: content.quotedMessageId,
          participant,
        }),
        quotedMessage: {
          stanzaId: content.quotedMessageId,
          participant,
          typeMessage: 'textMessage',
          textMessage: content.quotedText ?? '',
        },
      };
    }
    default:
      return buildInteractiveMessageData(content);
  }
}

function buildInteractiveMessageData(content: SdkwaMessageContent): SdkwaMessageData {
  switch (content.type) {
    case 'reaction':
      return {
        typeMessage: 'reactionMessage',
        extendedTextMessageData: { text: content.emoji },
        quotedMessage: { stanzaId: content.messageId, participant: content.participant ?? '' },
      };
    case 'poll':
      return {
        typeMessage: 'pollMessage',
        pollMessageData: {
          name: content.name,
          options: content.options.map((optionName) => ({ optionName })),
          multipleAnswers: content.multipleAnswers ?? false,
        },
      };
    case 'pollVote':
      return {
        typeMessage: 'pollUpdateMessage',
        pollMessageData: {
          stanzaId: content.pollMessageId,
          name: content.name,
          votes: content.votes.map((vote) => ({ optionName: vote.optionName, optionVoters: vote.voters })),
          multipleAnswers: false,
        },
      };
    case 'buttons':
      return {
        typeMessage: 'buttonsMessage',
        buttonsMessage: { contentText: content.text, footer: content.footer ?? '', buttons: content.buttons },
      };
    case 'template':
      return {
        typeMessage: 'templateMessage',
        templateMessage: {
          contentText: content.text,
          title: content.title ?? '',
          footer: content.footer ?? '',
          buttons: content.templateButtons,
        },
      };
    case 'list':
      return {
        typeMessage: 'listMessage',
        listMessage: {
          contentText: content.text,
          title: content.title ?? '',
          footer: content.footer ?? '',
          buttonText: content.buttonText,
          sections: content.sections,
        },
      };
    default:
      return buildResponseMessageData(content);
  }
}

function buildResponseMessageData(content: SdkwaMessageContent): SdkwaMessageData {
  switch (content.type) {
    case 'buttonsResponse':
      return {
        typeMessage: 'buttonsResponseMessage',
        buttonsResponseMessage: {
          stanzaId: content.stanzaId ?? '',
          selectedButtonId: content.selectedButtonId,
          selectedButtonText: content.selectedButtonText,
        },
      };
    case 'templateButtonsReply':
      return {
        typeMessage: 'templateButtonsReplyMessage',
        templateButtonReplyMessage: {
          stanzaId: content.stanzaId ?? '',
          selectedIndex: content.selectedIndex ?? 0,
          selectedId: content.selectedId,
          selectedDisplayText: content.selectedDisplayText,
        },
      };
    case 'listResponse':
      return {
        typeMessage: 'listResponseMessage',
        listResponseMessage: {
          stanzaId: content.stanzaId ?? '',
          title: content.title,
          listType: 1,
          singleSelectReply: { selectedRowId: content.rowId },
          description: content.description ?? '',
        },
      };
    case 'edited':
      return {
        typeMessage: 'editedMessage',
        editedMessageData: { textMessage: content.text, stanzaId: content.messageId },
      };
    case 'deleted':
      return { typeMessage: 'deletedMessage', deletedMessageData: { stanzaId: content.messageId } };
    case 'raw':
      return { ...content.messageData };
    default:
      throw new TypeError(`Unsupported message content type '${content.type}'`);
  }
}

/**
 * Flattens a `messageData` into the content fields of a journal item (`getChatHistory`, `lastIncomingMessages`…):
 * `textMessage`, `extendedTextMessage`, `downloadUrl`/`caption`/`fileName`, `location`, `contact`, `quotedMessage`.
 */
export function journalFieldsOf(messageData: SdkwaMessageData): Record<string, unknown> {
  const { typeMessage: _typeMessage, ...data } = messageData;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const record = (value ?? {}) as Record<string, unknown>;
    if (key === 'textMessageData') fields.textMessage = record.textMessage;
    else if (key === 'extendedTextMessageData') {
      fields.textMessage = record.text;
      fields.extendedTextMessage = record;
    } else if (key === 'fileMessageData') Object.assign(fields, record);
    else if (key === 'locationMessageData') fields.location = record;
    else if (key === 'contactMessageData') fields.contact = record;
    else fields[key] = value;
  }
  return fields;
}
