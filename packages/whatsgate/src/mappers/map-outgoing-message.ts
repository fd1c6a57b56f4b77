import { type MediaFile, MessengerError, type OutgoingMessage } from '@switchboard/core';
import { mimeTypeForFileName, resolveMediaPath } from '@switchboard/core/adapter';
import type {
  WhatsgateOutgoingMessage,
  WhatsgateSendRequest,
  WhatsgateSendType,
} from '../client/whatsgate-request-types.js';
import { whatsgateProvider } from '../whatsgate-provider.js';
import { bytesToBase64 } from './base64.js';
import { mapRecipient } from './map-recipient.js';
import { readWhatsgateSendOptions } from './whatsgate-send-options.js';

const fallbackMimeType = 'application/octet-stream';

/**
 * The Whatsgate message type for a MIME type: images and videos → `image`, Ogg/Opus audio →
 * `voice`, everything else → `doc`.
 */
export function sendTypeForMimeType(mimeType: string): WhatsgateSendType {
  const type = mimeType.toLowerCase();
  if (type.startsWith('image/') || type.startsWith('video/')) return 'image';
  if (type.startsWith('audio/ogg') || type.startsWith('audio/opus')) return 'voice';
  return 'doc';
}

async function readBytes(media: MediaFile): Promise<Uint8Array> {
  const resolved = await resolveMediaPath(media);
  const { data } = resolved;
  if (data instanceof Uint8Array) return data;
  if (data !== undefined) return new Uint8Array(await data.arrayBuffer());
  throw new MessengerError('Whatsgate sends files as base64 only: give media.data (bytes) or media.path', {
    code: 'unsupported',
    provider: whatsgateProvider,
  });
}

async function mapMessage(
  outgoing: OutgoingMessage,
  type: WhatsgateSendType | undefined,
): Promise<WhatsgateOutgoingMessage> {
  const { message } = outgoing;
  if (message.type === 'text') return { type: 'text', body: message.text };
  if (message.type !== 'media') {
    throw new MessengerError(`Whatsgate cannot send ${message.type} messages`, {
      code: 'unsupported',
      provider: whatsgateProvider,
    });
  }
  const { media } = message;
  const mimetype = media.mimeType ?? mimeTypeForFileName(media.fileName) ?? fallbackMimeType;
  const data = bytesToBase64(await readBytes(media));
  return {
    type: type ?? sendTypeForMimeType(mimetype),
    ...(message.caption === undefined ? {} : { body: message.caption }),
    media: { mimetype, data, filename: media.fileName },
  };
}

/**
 * Maps template 0 (outgoing message) to a `send` body: the recipient (template 1), text or a file
 * as base64 with `mimetype` and `filename` (template 3; a `path` is read through core's
 * `resolveMediaPath`), the caption as `body`, `replyTo` (a long message id) as `quote`, and
 * `async` from `providerOptions.whatsgate` (default `false`, always sent explicitly).
 */
export async function mapOutgoingMessage(outgoing: OutgoingMessage): Promise<WhatsgateSendRequest> {
  const options = readWhatsgateSendOptions(outgoing.providerOptions);
  const message = await mapMessage(outgoing, options.type);
  if (outgoing.replyTo !== undefined) message.quote = outgoing.replyTo;
  return { async: options.async ?? false, recipient: mapRecipient(outgoing.recipient), message };
}
