import {
  createRecipient,
  type Destination,
  MessengerError,
  type OutgoingMessage,
  type SendOperations,
  type SentMessage,
} from '@switchboard/core';
import { stripDeviceSuffix, waitForDelay } from '@switchboard/core/adapter';
import { mapOutgoingMessage } from '../mappers/map-outgoing-message.js';
import { mapRecipient, recipientChatId, recipientForChat } from '../mappers/map-recipient.js';
import { whatsgateProvider } from '../whatsgate-provider.js';
import type { WhatsgateOperationContext } from './whatsgate-operation-context.js';

/**
 * Builds `send` (template 0 → `send`): sync by default (`providerOptions.whatsgate.async`), the
 * result is `accepted` with the long id (`true_<chat>_<id>`, usable as `replyTo`) as `messageId` and,
 * for a file, its `mediaKey`; an async send is `pending` (its message arrives as `message-sent`, a
 * failure as `provider-error-reported`). `typingMilliseconds` shows "typing…" first, then waits.
 *
 * @example
 * ```ts
 * const send = createWhatsgateSend(context);
 * await send(createOutgoingMessage({ recipient: { phone: '79991112233' }, message: { type: 'text', text: 'Hi' } }));
 * ```
 */
export function createWhatsgateSend(
  context: WhatsgateOperationContext,
): (outgoing: OutgoingMessage) => Promise<SentMessage> {
  return async (outgoing) => {
    const body = await mapOutgoingMessage(outgoing);
    if (outgoing.typingMilliseconds !== undefined && outgoing.typingMilliseconds > 0) {
      await context.client.typing({ recipient: body.recipient });
      await waitForDelay(outgoing.typingMilliseconds);
    }
    const response = await context.client.send(body);
    const chatId = recipientChatId(body.recipient);
    if (typeof response.result === 'string') return { status: 'pending', chatId, raw: response };
    const sentTo = response.result.to ? stripDeviceSuffix(response.result.to) : chatId;
    const { mediaKey } = response.result;
    return {
      status: 'accepted',
      messageId: response.result.id,
      chatId: sentTo,
      ...(mediaKey ? { mediaKey } : {}),
      raw: response,
    };
  };
}

/**
 * Builds `sendTyping` (`typing`): Whatsgate shows "typing…" for a fixed 15 seconds, so
 * `durationMilliseconds` is ignored; "recording…" is not available.
 *
 * @example
 * ```ts
 * await createWhatsgateSendTyping(context)('79991112233@c.us');
 * ```
 */
export function createWhatsgateSendTyping(context: WhatsgateOperationContext): SendOperations['sendTyping'] {
  return async (to: Destination, options = {}) => {
    if (options.kind === 'recording') {
      throw new MessengerError('Whatsgate can only show "typing…", not "recording…"', {
        code: 'unsupported',
        provider: whatsgateProvider,
      });
    }
    const recipient = typeof to === 'string' ? recipientForChat(to) : mapRecipient(createRecipient(to));
    await context.client.typing({ recipient });
  };
}
