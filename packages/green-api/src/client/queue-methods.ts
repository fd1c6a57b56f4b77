import { type ConfirmationResponse, confirmationSchema, listSchema } from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import type { GreenApiCallOptions, GreenApiClientCore } from './green-api-client-core.js';

const queuedMessageSchema = v.looseObject({
  // Id the queued message will have, e.g. `BAE5F4886F1EA63A`.
  messageID: v.optional(v.string()),
  // Ids of the messages of a queued `ForwardMessages`.
  messagesIDs: v.optional(v.array(v.string())),
  // Method that queued it: `sendMessage`, `sendPoll`, `sendFileByUrl`, `sendLocation`, `sendContact` or `ForwardMessages`.
  type: v.optional(v.string()),
  // The original request body.
  body: v.optional(v.unknown()),
});

/**
 * One message of the outgoing queue (`showMessagesQueue`): its id, the method that queued it and the
 * original request body.
 *
 * @useDeclaredType
 */
export type GreenApiQueuedMessage = v.InferOutput<typeof queuedMessageSchema>;

const countSchema = v.looseObject({ count: v.number() });

/** Queue (reference §2.5) and read-mark (§2.6) methods. */
export const greenApiQueueMethods = {
  /** `GET showMessagesQueue`: messages waiting to be sent; an empty `{}` answer becomes `[]`. */
  showMessagesQueue(
    this: GreenApiClientCore,
    options?: GreenApiCallOptions,
  ): Promise<GreenApiQueuedMessage[]> {
    return this.call('showMessagesQueue', {
      verb: 'GET',
      schema: listSchema(queuedMessageSchema),
      ...options,
    });
  },

  /** `GET clearMessagesQueue`: drops every message waiting to be sent. */
  clearMessagesQueue(
    this: GreenApiClientCore,
    options?: GreenApiCallOptions,
  ): Promise<ConfirmationResponse<'isCleared'>> {
    return this.call('clearMessagesQueue', {
      verb: 'GET',
      schema: confirmationSchema('isCleared'),
      ...options,
    });
  },

  /** `GET getMessagesCount`: how many messages wait to be sent. */
  getMessagesCount(
    this: GreenApiClientCore,
    options?: GreenApiCallOptions,
  ): Promise<{ count: number; [field: string]: unknown }> {
    return this.call('getMessagesCount', { verb: 'GET', schema: countSchema, ...options });
  },

  /** `GET getWebhooksCount`: how many notifications wait to be received. */
  getWebhooksCount(
    this: GreenApiClientCore,
    options?: GreenApiCallOptions,
  ): Promise<{ count: number; [field: string]: unknown }> {
    return this.call('getWebhooksCount', { verb: 'GET', schema: countSchema, ...options });
  },

  /**
   * `DELETE clearWebhooksQueue`: drops every waiting notification. Allowed once a minute: the
   * `isCleared: false` + `leftTime` answer rejects with `rate-limited` and `retryAfterMilliseconds`. Never retried
   * automatically, for the same reason.
   */
  clearWebhooksQueue(
    this: GreenApiClientCore,
    options?: GreenApiCallOptions,
  ): Promise<ConfirmationResponse<'isCleared'>> {
    return this.call('clearWebhooksQueue', {
      verb: 'DELETE',
      schema: confirmationSchema('isCleared'),
      // Allowed once a minute: a retry after a lost answer would be refused although the queue was cleared.
      idempotent: false,
      ...options,
    });
  },

  /** `POST readChat`: marks a chat read, up to `idMessage` or all of it. */
  readChat(
    this: GreenApiClientCore,
    input: { chatId: string; idMessage?: string | undefined },
    options?: GreenApiCallOptions,
  ): Promise<ConfirmationResponse<'setRead'>> {
    return this.call('readChat', {
      verb: 'POST',
      json: input,
      schema: confirmationSchema('setRead'),
      idempotent: true,
      ...options,
    });
  },
};

/** The type of {@link greenApiQueueMethods}. */
export type GreenApiQueueMethods = typeof greenApiQueueMethods;
