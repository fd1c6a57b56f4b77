import type { GreenApiInstance } from './green-api-instance.js';
import type { JsonObject } from './green-api-types.js';
import { quotedMessageOf } from './journal-content.js';
import { mediaTypes } from './media-types.js';

const forwarding = { forwardingScore: 0, isForwarded: false };

/**
 * Adds the reply form when a send quotes a message: `quotedMessage` typeMessage for text, a `quotedMessage`
 * sibling otherwise.
 */
export function withQuote(
  instance: GreenApiInstance,
  messageData: JsonObject,
  quotedMessageId: string | undefined,
): JsonObject {
  if (quotedMessageId === undefined) return messageData;
  const quoted = instance.journal.get(quotedMessageId);
  const participant = quoted === undefined ? instance.wid : String(quoted.senderId ?? instance.wid);
  const quotedMessage = quotedMessageOf(quotedMessageId, participant, quoted);
  if (messageData.typeMessage !== 'extendedTextMessage') return { ...messageData, quotedMessage };
  const text = (messageData.extendedTextMessageData as JsonObject).text;
  return {
    typeMessage: 'quotedMessage',
    extendedTextMessageData: { text, stanzaId: quotedMessageId, participant },
    quotedMessage,
  };
}

/**
 * `messageData` of an API text send: GREEN-API echoes plain text as `extendedTextMessage` with `previewType: "None"`.
 */
export function textMessageData(text: string, forwardingScore = 0): JsonObject {
  return {
    typeMessage: 'extendedTextMessage',
    extendedTextMessageData: {
      text,
      description: '',
      title: '',
      previewType: 'None',
      jpegThumbnail: '',
      forwardingScore,
      isForwarded: forwardingScore > 0,
    },
  };
}

/** `messageData` of a file send (type from the file name / MIME type). */
export function fileMessageData(file: {
  urlFile: string;
  fileName: string;
  caption: string;
  mimeType?: string;
}): JsonObject {
  const mimeType = file.mimeType ?? mediaTypes.mimeTypeOf(file.fileName);
  return {
    typeMessage: mediaTypes.typeMessageOf(file.fileName, mimeType),
    fileMessageData: {
      downloadUrl: file.urlFile,
      caption: file.caption,
      fileName: file.fileName,
      jpegThumbnail: '',
      mimeType,
      ...forwarding,
    },
  };
}

/**
 * A forwarded copy of a message's `messageData`: `isForwarded` true and `forwardingScore` + 1 in its data object.
 */
export function forwardedMessageData(original: JsonObject): JsonObject {
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(original)) {
    if (key === 'quotedMessage') continue;
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && key !== 'typeMessage') {
      const data = value as JsonObject;
      const score = typeof data.forwardingScore === 'number' ? data.forwardingScore : 0;
      copy[key] = { ...data, isForwarded: true, forwardingScore: score + 1 };
    } else {
      copy[key] = value;
    }
  }
  if (copy.typeMessage === 'textMessage') {
    const text = (copy.textMessageData as JsonObject | undefined)?.textMessage;
    return textMessageData(typeof text === 'string' ? text : '', 1);
  }
  return copy;
}
