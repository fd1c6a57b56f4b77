import { emptyResponse, jsonResponse } from '../../shared/index.js';
import { BodyFields } from '../body-fields.js';
import { GreenApiHttpError } from '../green-api-http-error.js';
import { type GreenApiRoute, type GreenApiRouteContext, networksOf } from '../green-api-route.js';
import type { JsonObject } from '../green-api-types.js';
import { mediaTypes } from '../media-types.js';
import { networkRules } from '../network-rules.js';
import { acceptOutgoing, type OutgoingSend } from '../outgoing-delivery.js';
import { fileMessageData, textMessageData, withQuote } from '../outgoing-message-data.js';
import { requireChatId } from '../route-helpers.js';
import { contactMessageData } from './contact-message-data.js';
import { forwardRoute } from './forward-route.js';
import { messageEditRoutes } from './message-edit-routes.js';

/** Queues one message and answers `{ idMessage }`. */
export function queueSend(context: GreenApiRouteContext, send: OutgoingSend, extra: JsonObject = {}) {
  const [record] = acceptOutgoing(context.instance, [send], context.services.statusProgression);
  return jsonResponse(200, { idMessage: record?.idMessage, ...extra });
}

function readTyping(fields: BodyFields): void {
  fields.optionalInteger('typingTime', 1000, 20_000);
  fields.optionalString('typingType');
}

const sendMessage: GreenApiRoute = {
  name: 'sendMessage',
  verbs: ['POST'],
  handle: (context) => {
    const { instance } = context;
    const fields = BodyFields.fromRequest(context.request);
    const chatId = requireChatId(fields, instance);
    const message = fields.requiredString('message', networkRules.textLimit(instance.typeInstance));
    const quotedMessageId = fields.optionalString('quotedMessageId');
    fields.optionalBoolean('linkPreview');
    readTyping(fields);
    const messageData = withQuote(instance, textMessageData(message), quotedMessageId);
    return queueSend(context, {
      method: 'sendMessage',
      queueType: 'sendMessage',
      chatId,
      body: fields.values,
      messageData,
    });
  },
};

const sendFileByUrl: GreenApiRoute = {
  name: 'sendFileByUrl',
  verbs: ['POST'],
  handle: (context) => {
    const { instance, services } = context;
    const fields = BodyFields.fromRequest(context.request);
    const chatId = requireChatId(fields, instance);
    const urlFile = fields.requiredString('urlFile');
    if (!URL.canParse(urlFile)) throw GreenApiHttpError.validation(`'urlFile' must be a valid uri`);
    const fileName = fields.requiredString('fileName');
    if (mediaTypes.extensionOf(fileName) === undefined) {
      throw GreenApiHttpError.validation(`'fileName' must contain a file extension`);
    }
    const caption = fields.optionalString('caption', networkRules.textLimit(instance.typeInstance)) ?? '';
    readTyping(fields);
    const stored = services.media.byUrl(urlFile);
    const mimeType = stored?.mimeType ?? mediaTypes.mimeTypeOf(fileName);
    const messageData = withQuote(
      instance,
      fileMessageData({ urlFile, fileName, caption, mimeType }),
      fields.optionalString('quotedMessageId'),
    );
    const file = { fileName, mimeType, size: stored?.bytes.length ?? 0, urlFile };
    return queueSend(context, {
      method: 'sendFileByUrl',
      queueType: 'sendFileByUrl',
      chatId,
      body: fields.values,
      messageData,
      file,
    });
  },
};

const sendLocation: GreenApiRoute = {
  name: 'sendLocation',
  verbs: ['POST'],
  handle: (context) => {
    const { instance } = context;
    const fields = BodyFields.fromRequest(context.request);
    const chatId = requireChatId(fields, instance);
    const latitude = fields.requiredNumber('latitude');
    const longitude = fields.requiredNumber('longitude');
    if (Math.abs(latitude) > 90) throw GreenApiHttpError.validation(`'latitude' must be between -90 and 90`);
    if (Math.abs(longitude) > 180)
      throw GreenApiHttpError.validation(`'longitude' must be between -180 and 180`);
    const whatsapp = instance.typeInstance === 'whatsapp';
    const messageData = {
      typeMessage: 'locationMessage',
      locationMessageData: {
        nameLocation: whatsapp ? (fields.optionalString('nameLocation') ?? '') : '',
        address: whatsapp ? (fields.optionalString('address') ?? '') : '',
        latitude,
        longitude,
        jpegThumbnail: '',
        forwardingScore: 0,
        isForwarded: false,
      },
    };
    const quoted = whatsapp ? fields.optionalString('quotedMessageId') : undefined;
    return queueSend(context, {
      method: 'sendLocation',
      queueType: 'sendLocation',
      chatId,
      body: fields.values,
      messageData: withQuote(instance, messageData, quoted),
    });
  },
};

const sendContact: GreenApiRoute = {
  name: 'sendContact',
  verbs: ['POST'],
  handle: (context) => {
    const { instance } = context;
    const fields = BodyFields.fromRequest(context.request);
    const chatId = requireChatId(fields, instance);
    const messageData = contactMessageData(instance, fields.requiredObject('contact'));
    return queueSend(context, {
      method: 'sendContact',
      queueType: 'sendContact',
      chatId,
      body: fields.values,
      messageData: withQuote(instance, messageData, fields.optionalString('quotedMessageId')),
    });
  },
};

const sendPoll: GreenApiRoute = {
  name: 'sendPoll',
  verbs: ['POST'],
  networks: networksOf.whatsappTelegram,
  handle: (context) => {
    const { instance } = context;
    const fields = BodyFields.fromRequest(context.request);
    const chatId = requireChatId(fields, instance);
    const name = fields.requiredString('message', 255);
    const options = fields.requiredArray('options', 2, 12).map((option, index) => {
      const optionFields = new BodyFields(
        typeof option === 'object' && option !== null ? (option as JsonObject) : {},
      );
      try {
        return optionFields.requiredString('optionName', 100);
      } catch {
        throw GreenApiHttpError.validation(
          `'options[${index}].optionName' is required and at most 100 characters`,
        );
      }
    });
    if (new Set(options).size !== options.length)
      throw GreenApiHttpError.validation(`'options' contains a duplicate value`);
    const multipleAnswers = fields.optionalBoolean('multipleAnswers') ?? false;
    if (instance.typeInstance === 'telegram') fields.optionalBoolean('isAnonymous');
    const messageData = {
      typeMessage: 'pollMessage',
      pollMessageData: { name, options: options.map((optionName) => ({ optionName })), multipleAnswers },
    };
    return queueSend(context, {
      method: 'sendPoll',
      queueType: 'sendPoll',
      chatId,
      body: fields.values,
      messageData: withQuote(instance, messageData, fields.optionalString('quotedMessageId')),
    });
  },
};

const sendTyping: GreenApiRoute = {
  name: 'sendTyping',
  verbs: ['POST'],
  networks: networksOf.whatsappTelegram,
  live: true,
  handle: ({ request, instance }) => {
    const fields = BodyFields.fromRequest(request);
    requireChatId(fields, instance);
    readTyping(fields);
    return emptyResponse(200);
  },
};

const sendInteractiveButtons = (name: string): GreenApiRoute => ({
  name,
  verbs: ['POST'],
  networks: networksOf.whatsapp,
  handle: (context) => {
    const { instance } = context;
    const fields = BodyFields.fromRequest(context.request);
    const chatId = requireChatId(fields, instance);
    const body = fields.requiredString('body');
    const buttons = fields.requiredArray('buttons', 1, 3);
    const messageData = {
      typeMessage: name === 'sendInteractiveButtons' ? 'interactiveButtons' : 'interactiveButtonsReply',
      interactiveButtons: {
        titleText: fields.optionalString('header') ?? '',
        contentText: body,
        footerText: fields.optionalString('footer') ?? '',
        buttons,
      },
    };
    return queueSend(context, { method: name, queueType: name, chatId, body: fields.values, messageData });
  },
});

/** Sending methods (reference §2.2). MAX has no poll, forward, edit, delete or typing (404 there). */
export const sendingRoutes: readonly GreenApiRoute[] = [
  sendMessage,
  sendFileByUrl,
  sendLocation,
  sendContact,
  sendPoll,
  sendTyping,
  forwardRoute,
  ...messageEditRoutes,
  sendInteractiveButtons('sendInteractiveButtons'),
  sendInteractiveButtons('sendInteractiveButtonsReply'),
];
