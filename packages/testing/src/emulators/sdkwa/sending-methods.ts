import { jsonResponse } from '../shared/index.js';
import { outgoingMessageId, queueSend } from './queue-send.js';
import { sdkwaMimeTypes } from './sdkwa-media-store.js';
import { mediaKindOf, type SdkwaMessageContent } from './sdkwa-message-content.js';
import type { SdkwaMethodCall, SdkwaMethodTable } from './sdkwa-method-call.js';
import { buildVcard, contactDisplayName, type SdkwaContactCard } from './sdkwa-vcard.js';

const maxMessageLength = 4096;
const maxFileBytes = 100 * 1024 * 1024;

function captionFor(call: SdkwaMethodCall, fileName: string): string | undefined {
  const kind = mediaKindOf(fileName);
  return kind === 'image' || kind === 'video' ? call.optionalString('caption') : undefined;
}

function textContent(call: SdkwaMethodCall, text: string): SdkwaMessageContent {
  const quotedMessageId = call.optionalString('quotedMessageId');
  if (quotedMessageId !== undefined && quotedMessageId !== '') {
    const quoted = call.instance.journal.get(quotedMessageId);
    return {
      type: 'reply',
      text,
      quotedMessageId,
      quotedText: typeof quoted?.textMessage === 'string' ? quoted.textMessage : '',
      quotedParticipant: quoted?.senderId ?? quoted?.chatId ?? '',
    };
  }
  const linkPreview = call.fields().linkPreview !== false;
  return linkPreview && /https?:\/\//i.test(text) ? { type: 'extendedText', text } : { type: 'text', text };
}

function contactCard(call: SdkwaMethodCall): SdkwaContactCard {
  const contact = call.fields().contact;
  if (typeof contact !== 'object' || contact === null) call.fail("'contact' is required");
  const card = contact as Record<string, unknown>;
  const phone = card.phoneContact;
  if (
    (typeof phone !== 'number' || !Number.isInteger(phone)) &&
    !(typeof phone === 'string' && /^\d+$/.test(phone))
  ) {
    call.fail("'contact.phoneContact' must be a phone number with country code");
  }
  const names = ['firstName', 'middleName', 'lastName', 'company'] as const;
  if (!names.some((name) => typeof card[name] === 'string' && card[name] !== '')) {
    call.fail("'contact' needs at least one of firstName, middleName, lastName, company");
  }
  const result: SdkwaContactCard = { phoneContact: phone as number | string };
  for (const name of names) if (typeof card[name] === 'string') result[name] = card[name] as string;
  return result;
}

function interactive(call: SdkwaMethodCall, build: (text: string) => SdkwaMessageContent) {
  const chatId = call.chatId();
  const text = call.requireString('message');
  return queueSend(call, { chatId, content: build(text), queueItem: { message: text } });
}

function arrayField(call: SdkwaMethodCall, name: string): Array<Record<string, unknown>> {
  const value = call.fields()[name];
  if (!Array.isArray(value) || value.length === 0) call.fail(`'${name}' must be a non-empty array`);
  return value as Array<Record<string, unknown>>;
}

/**
 * Sending methods (reference §3.1) plus the Postman collection's `SendButtons`, `SendListMessage` and
 * `SendTemplateButtons`. Every send answers `{idMessage}` at once and is delivered by the server-side queue.
 * `phoneNumber` is accepted instead of `chatId` (Postman samples). `uploadFile` takes raw bytes (OpenAPI, Python)
 * or a multipart `file` (JS, Go) [C]; `sendFileByUpload` takes the name from `fileName`, else the multipart filename.
 */
export const sendingMethods: SdkwaMethodTable = {
  sendMessage: {
    verbs: ['POST'],
    handle: (call) => {
      const chatId = call.chatId();
      const text = call.requireString('message');
      if (text.length > maxMessageLength)
        call.fail(`'message' must be at most ${maxMessageLength} characters`);
      if (call.fields().archiveChat === true) call.instance.chats.setArchived(chatId, true);
      return queueSend(call, { chatId, content: textContent(call, text), queueItem: { message: text } });
    },
  },
  sendContact: {
    verbs: ['POST'],
    handle: (call) => {
      const chatId = call.chatId();
      const card = contactCard(call);
      const displayName = contactDisplayName(card);
      return queueSend(call, {
        chatId,
        content: { type: 'contact', displayName, vcard: buildVcard(card) },
        queueItem: { message: displayName },
      });
    },
  },
  sendLocation: {
    verbs: ['POST'],
    handle: (call) => {
      const chatId = call.chatId();
      const latitude = call.requireNumber('latitude');
      const longitude = call.requireNumber('longitude');
      if (Math.abs(latitude) > 90) call.fail("'latitude' must be between -90 and 90");
      if (Math.abs(longitude) > 180) call.fail("'longitude' must be between -180 and 180");
      const content: SdkwaMessageContent = { type: 'location', latitude, longitude };
      const nameLocation = call.optionalString('nameLocation');
      const address = call.optionalString('address');
      if (nameLocation !== undefined) content.nameLocation = nameLocation;
      if (address !== undefined) content.address = address;
      return queueSend(call, { chatId, content, queueItem: { message: nameLocation ?? '' } });
    },
  },
  sendFileByUrl: {
    verbs: ['POST'],
    handle: (call) => {
      const chatId = call.chatId();
      const urlFile = call.requireString('urlFile');
      if (!/^https?:\/\/\S+$/i.test(urlFile)) call.fail("'urlFile' must be an http(s) URL");
      const fileName = call.requireString('fileName');
      if (!fileName.includes('.')) call.fail("'fileName' must have an extension");
      const caption = captionFor(call, fileName);
      const content: SdkwaMessageContent = { type: mediaKindOf(fileName), fileName, downloadUrl: urlFile };
      if (caption !== undefined) content.caption = caption;
      return queueSend(call, { chatId, content, queueItem: { fileName } });
    },
  },
  sendFileByUpload: {
    verbs: ['POST'],
    handle: (call) => {
      const form = call.form();
      if (form === undefined) return call.fail('the body must be multipart/form-data');
      const chatId = call.chatId();
      const file = form.file('file');
      if (file === undefined || file.data.length === 0) return call.fail("'file' is required");
      if (file.data.length > maxFileBytes) call.fail('the file must be at most 100 MB');
      const partType = file.contentType ?? 'application/octet-stream';
      const fileName =
        call.optionalString('fileName') || file.fileName || `file.${sdkwaMimeTypes.extensionFor(partType)}`;
      const mimeType =
        partType === 'application/octet-stream' ? sdkwaMimeTypes.mimeTypeOf(fileName) : partType;
      const idMessage = outgoingMessageId(call);
      const caption = captionFor(call, fileName);
      const content: SdkwaMessageContent = {
        type: mediaKindOf(fileName),
        fileName,
        mimeType,
        bytes: file.data,
      };
      if (caption !== undefined) content.caption = caption;
      const response = queueSend(call, { chatId, content, queueItem: { fileName } }, idMessage);
      const stored = call.context.media.forMessage(idMessage);
      const sent = call.instance.sentRequests.at(-1);
      if (stored !== undefined && sent !== undefined) {
        sent.file = { fileName, mimeType, size: file.data.length, url: call.context.media.urlOf(stored) };
      }
      return response;
    },
  },
  uploadFile: {
    verbs: ['POST'],
    handle: (call) => {
      const part = call.form()?.file('file');
      const contentType =
        (part === undefined ? call.request.headers['content-type'] : part.contentType) ??
        'application/octet-stream';
      const bytes = part?.data ?? call.request.body;
      if (bytes.length === 0) call.fail('the file is empty');
      if (bytes.length > maxFileBytes) call.fail('the file must be at most 100 MB');
      const fileName =
        part?.fileName ||
        `${call.context.ids.hex(32).toLowerCase()}.${sdkwaMimeTypes.extensionFor(contentType)}`;
      const { media } = call.context;
      const stored = media.put({ bytes, fileName, mimeType: sdkwaMimeTypes.mimeTypeOf(fileName) });
      return jsonResponse(200, { urlFile: media.urlOf(stored) });
    },
  },
  sendButtons: {
    verbs: ['POST'],
    handle: (call) => {
      const buttons = arrayField(call, 'buttons') as Array<{ buttonId: string; buttonText: string }>;
      const footer = call.optionalString('footer') ?? '';
      return interactive(call, (text) => ({ type: 'buttons', text, footer, buttons }));
    },
  },
  sendTemplateButtons: {
    verbs: ['POST'],
    handle: (call) => {
      const templateButtons = arrayField(call, 'templateButtons');
      const title = call.optionalString('title') ?? '';
      const footer = call.optionalString('footer') ?? '';
      return interactive(call, (text) => ({ type: 'template', text, title, footer, templateButtons }));
    },
  },
  sendListMessage: {
    verbs: ['POST'],
    handle: (call) => {
      const sections = arrayField(call, 'sections');
      const buttonText = call.requireString('buttonText');
      const title = call.optionalString('title') ?? '';
      const footer = call.optionalString('footer') ?? '';
      return interactive(call, (text) => ({ type: 'list', text, title, footer, buttonText, sections }));
    },
  },
};
