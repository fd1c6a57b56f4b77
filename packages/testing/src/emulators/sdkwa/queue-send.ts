import { type EmulatorResponse, jsonResponse } from '../shared/index.js';
import { buildMessageData } from './build-message-data.js';
import { createMediaResolver } from './media-resolver.js';
import type { SdkwaSentRequest } from './sdkwa-instance.js';
import type { SdkwaMessageContent } from './sdkwa-message-content.js';
import type { SdkwaMethodCall } from './sdkwa-method-call.js';

/** What a send method hands to {@link queueSend}. */
export interface QueuedSend {
  chatId: string;
  content: SdkwaMessageContent;
  /** Extra `showMessagesQueue` fields (`message` or `fileName`). */
  queueItem: Record<string, unknown>;
  file?: SdkwaSentRequest['file'];
}

/** Outgoing message ids look like `3EB0C767D097B7C7C030` (20 upper-case hex characters). */
export function outgoingMessageId(call: SdkwaMethodCall): string {
  return `3EB0${call.context.ids.hex(16)}`;
}

/** Records the decoded request, builds the message, puts it into the send queue and answers `{idMessage}`. */
export function queueSend(
  call: SdkwaMethodCall,
  send: QueuedSend,
  idMessage = outgoingMessageId(call),
): EmulatorResponse {
  const { instance, context } = call;
  const messageData = buildMessageData(send.content, createMediaResolver(context, idMessage));
  const sent: SdkwaSentRequest = {
    method: call.methodName,
    idMessage,
    chatId: send.chatId,
    body: { ...call.fields() },
    receivedAt: Date.now(),
  };
  if (send.file !== undefined) sent.file = send.file;
  instance.sentRequests.push(sent);
  instance.chats.remember({
    id: send.chatId,
    name: '',
    type: send.chatId.endsWith('@g.us') ? 'group' : 'user',
  });
  instance.outbox.enqueue({
    idMessage,
    chatId: send.chatId,
    messageData,
    queueItem: { typeMessage: messageData.typeMessage, chatId: send.chatId, ...send.queueItem },
  });
  return jsonResponse(200, { idMessage });
}
