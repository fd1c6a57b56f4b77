import {
  type ConfirmationResponse,
  confirmationSchema,
  type GreenApiJournalEntry,
  journalEntrySchema,
  listSchema,
  readJournalEntries,
} from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import { callGet, callPost, type SdkwaCallOptions, type SdkwaClientCore } from './sdkwa-client-core.js';

const queuedSchema = v.looseObject({
  // Kind of the queued message, e.g. `textMessage` or `documentMessage`.
  typeMessage: v.optional(v.string()),
  // Chat the message is queued for, e.g. `79001234567@c.us`.
  chatId: v.optional(v.string()),
  // Text of a queued text message.
  message: v.optional(v.nullable(v.string())),
  // File name of a queued file.
  fileName: v.optional(v.nullable(v.string())),
});

/**
 * One entry of `showMessagesQueue`: `{typeMessage, chatId, message?|fileName?}`.
 *
 * @useDeclaredType
 */
export type SdkwaQueuedMessage = v.InferOutput<typeof queuedSchema>;

const entries = listSchema(journalEntrySchema);

/** Journals (chat history, last incoming/outgoing messages) and the outgoing queue. */
export const sdkwaJournalMethods = {
  /** `POST getChatHistory {chatId, count}`: newest first, `count` defaults to 100 at SDKWA. */
  getChatHistory(
    this: SdkwaClientCore,
    input: { chatId: string; count?: number | undefined },
    options?: SdkwaCallOptions,
  ): Promise<GreenApiJournalEntry[]> {
    return callPost(
      this,
      'getChatHistory',
      { chatId: input.chatId, count: input.count },
      entries,
      options,
      true,
    );
  },

  /** `GET lastIncomingMessages?minutes=` (default 1440 at SDKWA). */
  lastIncomingMessages(
    this: SdkwaClientCore,
    input: { minutes?: number | undefined } = {},
    options?: SdkwaCallOptions,
  ): Promise<GreenApiJournalEntry[]> {
    return readJournalEntries(this, 'lastIncomingMessages', input.minutes, options);
  },

  /** `GET lastOutgoingMessages?minutes=` (default 1440 at SDKWA). */
  lastOutgoingMessages(
    this: SdkwaClientCore,
    input: { minutes?: number | undefined } = {},
    options?: SdkwaCallOptions,
  ): Promise<GreenApiJournalEntry[]> {
    return readJournalEntries(this, 'lastOutgoingMessages', input.minutes, options);
  },

  /** `GET showMessagesQueue`: messages waiting to be sent. */
  showMessagesQueue(this: SdkwaClientCore, options?: SdkwaCallOptions): Promise<SdkwaQueuedMessage[]> {
    return callGet(this, 'showMessagesQueue', listSchema(queuedSchema), options);
  },

  /** `GET clearMessagesQueue` (`{isCleared: true}`). */
  clearMessagesQueue(
    this: SdkwaClientCore,
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'isCleared'>> {
    return callGet(this, 'clearMessagesQueue', confirmationSchema('isCleared'), options);
  },
};

/** The type of {@link sdkwaJournalMethods}. */
export type SdkwaJournalMethods = typeof sdkwaJournalMethods;
