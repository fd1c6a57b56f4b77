import type { MessageContent, ReceivedMessage } from '@switchboard/core';
import { ownValue } from '@switchboard/core/adapter';
import { asArray, asBoolean, asNumber, asRecord, asString, asText } from './field-readers.js';
import { mapContactCard } from './map-contact-card.js';

const sweMarker = /\{\{SWE\d{3}\}\}/;
/** GREEN-API's `downloadUrl` for a file over 100 MB: the message keeps its description, not its bytes. */
const tooLargeMarker = '{{SWE002}}';
/** The media kind of each file `typeMessage`; SDKWA's generic `fileMessage` is read as a document. */
const mediaTypes: Readonly<Record<string, 'image' | 'video' | 'audio' | 'document' | 'sticker'>> = {
  imageMessage: 'image',
  videoMessage: 'video',
  audioMessage: 'audio',
  documentMessage: 'document',
  fileMessage: 'document',
  stickerMessage: 'sticker',
};

/**
 * What a webhook `messageData` maps to: the content, the quoted message for replies and the
 * forwarded flag.
 */
export interface MappedMessageContent {
  /** The message's content in core's shape. */
  content: MessageContent;
  /** The quoted message, when the message is a reply. */
  replyTo?: ReceivedMessage['replyTo'];
  /** `true` when the message was forwarded. */
  isForwarded?: boolean;
}

/**
 * Maps a webhook `messageData` (`typeMessage` plus its typed data key) to core content. Text, links,
 * replies, files (SDKWA's generic `fileMessage` as a document), stickers, locations, contacts
 * (including the nested `contactsArrayMessage` quirk), polls and votes, and group invites are
 * recognised. A file whose `downloadUrl` is `{{SWE002}}` (over 100 MB) stays media without a URL and
 * with `isDownloadable: false`; GREEN-API's other `{{SWE00x}}` markers and anything else become
 * `unknown` content carrying the provider's type and text.
 */
export function mapMessageContent(messageData: unknown): MappedMessageContent {
  const data = asRecord(messageData);
  const typeMessage = asString(data.typeMessage) ?? '';
  const typed = typedData(data, typeMessage);
  const content = contentOf(typeMessage, data, typed);
  const quoted = asRecord(data.quotedMessage);
  const isReply = typeMessage === 'quotedMessage';
  const quotedId = asText(quoted.stanzaId) ?? (isReply ? asText(typed.stanzaId) : undefined);
  const quotedSender = asText(quoted.participant) ?? (isReply ? asText(typed.participant) : undefined);
  const isForwarded = asBoolean(typed.isForwarded);
  return {
    content,
    ...(quotedId === undefined || typeMessage === 'reactionMessage'
      ? {}
      : { replyTo: replyToOf(quotedId, quotedSender, quoted) }),
    ...(isForwarded === undefined ? {} : { isForwarded }),
  };
}

/** Where a message's data may sit when not under `<typeMessage>Data`, in the order they are tried. */
const fallbackDataKeys = ['textMessageData', 'extendedTextMessageData', 'fileMessageData'];

function typedData(data: Record<string, unknown>, typeMessage: string): Record<string, unknown> {
  // `xMessage` keeps its data in `xMessageData`; any other type name is looked up as it is (own keys only).
  const key = typeMessage.endsWith('Message') ? `${typeMessage}Data` : typeMessage;
  const typed = ownValue(data, key);
  if (typed !== undefined) return asRecord(typed);
  const named = typeMessage === 'quotedMessage' ? undefined : ownValue(data, typeMessage);
  if (named !== undefined) return asRecord(named);
  for (const candidate of fallbackDataKeys) {
    const fallback = ownValue(data, candidate);
    if (fallback !== undefined) return asRecord(fallback);
  }
  return {};
}

function contentOf(
  typeMessage: string,
  data: Record<string, unknown>,
  typed: Record<string, unknown>,
): MessageContent {
  const mediaType = ownValue(mediaTypes, typeMessage);
  if (mediaType !== undefined) return mediaContent(typeMessage, mediaType, asRecord(data.fileMessageData));
  switch (typeMessage) {
    case 'textMessage':
      return textContent(typeMessage, asString(asRecord(data.textMessageData).textMessage));
    case 'extendedTextMessage':
    case 'quotedMessage':
      return extendedTextContent(typeMessage, asRecord(data.extendedTextMessageData));
    case 'locationMessage':
      return locationContent(typeMessage, asRecord(data.locationMessageData));
    case 'contactMessage':
      return { type: 'contact', contacts: [mapContactCard(data.contactMessageData)] };
    case 'contactsArrayMessage':
      return { type: 'contact', contacts: contactsArrayOf(data).map(mapContactCard) };
    case 'pollMessage':
    case 'pollUpdateMessage':
      return pollContent(asRecord(data.pollMessageData));
    case 'groupInviteMessage':
      return groupInviteContent(typeMessage, asRecord(data.groupInviteMessageData));
    default:
      return unknownContent(typeMessage, readableText(typed));
  }
}

/**
 * Maps content that GREEN-API flattens into an object: journal entries (`getChatHistory`,
 * `getMessage`, `lastIncomingMessages`) and the `quotedMessage` of a reply.
 */
export function mapFlatContent(typeMessage: string, entry: Record<string, unknown>): MessageContent {
  const mediaType = ownValue(mediaTypes, typeMessage);
  if (mediaType !== undefined) return mediaContent(typeMessage, mediaType, entry);
  const extended = asRecord(entry.extendedTextMessage ?? entry.extendedTextMessageData);
  switch (typeMessage) {
    case 'textMessage':
      return textContent(typeMessage, asString(entry.textMessage) ?? asString(extended.text));
    case 'extendedTextMessage':
    case 'quotedMessage':
      return extendedTextContent(typeMessage, {
        ...extended,
        text: asString(extended.text) ?? entry.textMessage,
      });
    case 'locationMessage':
      return locationContent(typeMessage, asRecord(entry.location ?? entry.locationMessageData));
    case 'contactMessage':
      return { type: 'contact', contacts: [mapContactCard(entry.contact ?? entry.contactMessageData)] };
    case 'contactsArrayMessage':
      return { type: 'contact', contacts: asArray(entry.contacts).map(mapContactCard) };
    case 'pollMessage':
    case 'pollUpdateMessage':
      return pollContent(asRecord(entry.pollMessageData ?? entry.pollMessage));
    case 'groupInviteMessage':
      return groupInviteContent(typeMessage, asRecord(entry.groupInviteMessageData));
    default:
      return unknownContent(
        typeMessage,
        asText(entry.textMessage) ?? asText(extended.text) ?? asText(entry.caption),
      );
  }
}

/**
 * Reads the message a reply quotes from GREEN-API's flattened `quotedMessage` (its `stanzaId`,
 * `participant` and content); `undefined` when it names no message.
 */
export function mapQuotedMessage(quotedMessage: unknown): ReceivedMessage['replyTo'] {
  const quoted = asRecord(quotedMessage);
  const messageId = asText(quoted.stanzaId);
  return messageId === undefined ? undefined : replyToOf(messageId, asText(quoted.participant), quoted);
}

function replyToOf(
  messageId: string,
  senderId: string | undefined,
  quoted: Record<string, unknown>,
): ReceivedMessage['replyTo'] {
  const typeMessage = asText(quoted.typeMessage);
  return {
    messageId,
    ...(senderId === undefined ? {} : { senderId }),
    ...(typeMessage === undefined ? {} : { content: mapFlatContent(typeMessage, quoted) }),
  };
}

function textContent(typeMessage: string, text: string | undefined): MessageContent {
  if (text === undefined) return unknownContent(typeMessage, undefined);
  return sweMarker.test(text) ? unknownContent(typeMessage, text) : { type: 'text', text };
}

function extendedTextContent(typeMessage: string, data: Record<string, unknown>): MessageContent {
  const content = textContent(typeMessage, asString(data.text));
  if (content.type !== 'text') return content;
  const title = asText(data.title);
  const description = asText(data.description);
  const url = asText(data.matchedText) ?? asText(data.canonicalUrl);
  if (title === undefined && description === undefined && url === undefined) return content;
  return { ...content, preview: { title, description, url } };
}

function mediaContent(
  typeMessage: string,
  mediaType: 'image' | 'video' | 'audio' | 'document' | 'sticker',
  data: Record<string, unknown>,
): MessageContent {
  const downloadUrl = asText(data.downloadUrl);
  const isTooLarge = downloadUrl?.trim() === tooLargeMarker;
  if (downloadUrl !== undefined && !isTooLarge && sweMarker.test(downloadUrl))
    return unknownContent(typeMessage, downloadUrl);
  const url = isTooLarge ? undefined : downloadUrl;
  const mimeType = asText(data.mimeType);
  const caption = asText(data.caption);
  const file = {
    ...(asText(data.fileName) === undefined ? {} : { fileName: asText(data.fileName) }),
    ...(mimeType === undefined ? {} : { mimeType }),
    ...(url === undefined ? {} : { url }),
    ...(isTooLarge ? { isDownloadable: false as const } : {}),
    ...(asNumber(data.fileSize) === undefined ? {} : { size: asNumber(data.fileSize) }),
    ...(asText(data.jpegThumbnail) === undefined ? {} : { thumbnailBase64: asText(data.jpegThumbnail) }),
  };
  const isVoice = mediaType === 'audio' && (data.ptt === true || /opus/i.test(mimeType ?? ''));
  return {
    type: 'media',
    mediaType: isVoice ? 'voice' : mediaType,
    file,
    ...(caption === undefined ? {} : { caption }),
  };
}

function locationContent(typeMessage: string, data: Record<string, unknown>): MessageContent {
  const latitude = asNumber(data.latitude);
  const longitude = asNumber(data.longitude);
  if (latitude === undefined || longitude === undefined)
    return unknownContent(typeMessage, asText(data.address));
  const name = asText(data.nameLocation) ?? asText(data.name);
  const address = asText(data.address);
  return {
    type: 'location',
    location: {
      latitude,
      longitude,
      ...(name === undefined ? {} : { name }),
      ...(address === undefined ? {} : { address }),
    },
  };
}

function contactsArrayOf(data: Record<string, unknown>): unknown[] {
  const nested = asRecord(data.messageData);
  for (const candidate of [
    nested.contacts,
    asRecord(data.contactsArrayMessageData).contacts,
    data.contacts,
  ]) {
    if (Array.isArray(candidate)) return candidate;
  }
  return [];
}

function pollContent(data: Record<string, unknown>): MessageContent {
  const votes = asArray(data.votes).map(asRecord);
  const options =
    votes.length > 0
      ? votes.map((vote) => ({
          name: asString(vote.optionName) ?? '',
          voters: asArray(vote.optionVoters).filter((voter): voter is string => typeof voter === 'string'),
        }))
      : asArray(data.options).map((option) => ({ name: asString(asRecord(option).optionName) ?? '' }));
  const pollMessageId = asText(data.stanzaId);
  return {
    type: 'poll',
    question: asString(data.name) ?? '',
    options,
    multipleAnswers: asBoolean(data.multipleAnswers) ?? false,
    ...(pollMessageId === undefined ? {} : { pollMessageId }),
  };
}

function groupInviteContent(typeMessage: string, data: Record<string, unknown>): MessageContent {
  const groupId = asText(data.groupJid);
  if (groupId === undefined) return unknownContent(typeMessage, asText(data.caption));
  const groupName = asText(data.groupName);
  const inviteCode = asText(data.inviteCode);
  const caption = asText(data.caption);
  return {
    type: 'group-invite',
    groupId,
    ...(groupName === undefined ? {} : { groupName }),
    ...(inviteCode === undefined ? {} : { inviteCode }),
    ...(caption === undefined ? {} : { caption }),
  };
}

function readableText(data: Record<string, unknown>): string | undefined {
  for (const field of [
    'textMessage',
    'text',
    'selectedButtonText',
    'contentText',
    'title',
    'caption',
    'body',
  ]) {
    const text = asText(data[field]);
    if (text !== undefined) return text;
  }
  return undefined;
}

/**
 * Content GREEN-API sent that the contract has no kind for (or that carries a `{{SWE00x}}` error
 * marker): the provider's type name and any readable text.
 */
export function unknownContent(typeMessage: string, text: string | undefined): MessageContent {
  return {
    type: 'unknown',
    ...(typeMessage === '' ? {} : { providerType: typeMessage }),
    ...(text === undefined ? {} : { text }),
  };
}
