import { jsonResponse, MultipartFormError, textResponse, tryDecodeUriComponent } from '../../shared/index.js';
import { BodyFields } from '../body-fields.js';
import { GreenApiHttpError } from '../green-api-http-error.js';
import type { GreenApiRoute } from '../green-api-route.js';
import { mediaTypes } from '../media-types.js';
import { type MultipartUpload, readMultipartUpload } from '../multipart-upload.js';
import { networkRules } from '../network-rules.js';
import { fileMessageData, withQuote } from '../outgoing-message-data.js';
import { requireChatId } from '../route-helpers.js';
import { queueSend } from './sending-routes.js';

function parseUpload(request: Parameters<typeof readMultipartUpload>[0]): MultipartUpload {
  try {
    return readMultipartUpload(request);
  } catch (error) {
    if (error instanceof MultipartFormError) {
      throw new GreenApiHttpError(
        500,
        error.message,
        textResponse(500, `Internal Server Error: ${error.message}`),
      );
    }
    throw error;
  }
}

const sendFileByUpload: GreenApiRoute = {
  name: 'sendFileByUpload',
  verbs: ['POST'],
  host: 'media',
  handle: (context) => {
    const { instance, services } = context;
    const upload = parseUpload(context.request);
    const values: Record<string, unknown> = {};
    for (const name of ['chatId', 'fileName', 'caption', 'quotedMessageId', 'typingType']) {
      const value = upload.field(name);
      if (value !== undefined) values[name] = value;
    }
    const fields = new BodyFields(values);
    const chatId = requireChatId(fields, instance);
    const file = upload.file;
    if (file === undefined) throw GreenApiHttpError.validation(`'file' is required`);
    const fileName = fields.optionalString('fileName') || file.fileName || 'file';
    const caption = fields.optionalString('caption', networkRules.textLimit(instance.typeInstance)) ?? '';
    const mimeType =
      file.contentType && file.contentType !== 'application/octet-stream'
        ? file.contentType
        : mediaTypes.mimeTypeOf(fileName);
    const stored = services.media.put({ bytes: file.data, fileName, mimeType });
    const messageData = withQuote(
      instance,
      fileMessageData({ urlFile: stored.url, fileName, caption, mimeType }),
      fields.optionalString('quotedMessageId'),
    );
    return queueSend(
      context,
      {
        method: 'sendFileByUpload',
        queueType: 'sendFileByUpload',
        chatId,
        body: { ...values, fileName },
        messageData,
        file: { fileName, mimeType, size: file.data.length, urlFile: stored.url },
      },
      { urlFile: stored.url },
    );
  },
};

const uploadFile: GreenApiRoute = {
  name: 'uploadFile',
  verbs: ['POST'],
  host: 'media',
  handle: ({ request, services }) => {
    if (request.body.length === 0) throw GreenApiHttpError.badRequest('file is empty');
    const header = request.headers['ga-filename'];
    const contentType = request.headers['content-type']?.split(';')[0]?.trim();
    const fileName =
      header === undefined || header === ''
        ? `file.${mediaTypes.extensionFor(contentType ?? 'application/octet-stream')}`
        : tryDecodeUriComponent(header);
    if (fileName === undefined) {
      throw GreenApiHttpError.validation(`'GA-Filename' header is not valid percent-encoded UTF-8`);
    }
    const mimeType =
      contentType && contentType !== 'application/octet-stream'
        ? contentType
        : mediaTypes.mimeTypeOf(fileName);
    const stored = services.media.put({ bytes: request.body, fileName, mimeType });
    return jsonResponse(200, { urlFile: stored.url });
  },
};

const downloadFile: GreenApiRoute = {
  name: 'downloadFile',
  verbs: ['POST'],
  handle: ({ request, instance }) => {
    const fields = BodyFields.fromRequest(request);
    const chatId = requireChatId(fields, instance);
    const idMessage = fields.requiredString('idMessage');
    const entry = instance.journal.get(idMessage);
    if (entry === undefined || entry.chatId !== chatId || typeof entry.downloadUrl !== 'string') {
      throw GreenApiHttpError.badRequest('message not found');
    }
    return jsonResponse(200, { downloadUrl: entry.downloadUrl });
  },
};

/**
 * File methods: uploads on the media host (`sendFileByUpload` multipart, `uploadFile` raw bytes with a
 * percent-encoded `GA-Filename`; Telegram and MAX also on the API host) and `downloadFile` on the API host.
 */
export const mediaRoutes: readonly GreenApiRoute[] = [sendFileByUpload, uploadFile, downloadFile];
