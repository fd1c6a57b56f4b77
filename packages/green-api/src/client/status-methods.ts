import { omitUndefined } from '@switchboard/core';
import {
  type EmptyOrObjectResponse,
  emptyOrObjectSchema,
  type GreenApiJournalEntry,
  type IdMessageResponse,
  idMessageSchema,
  journalEntrySchema,
  listSchema,
} from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import type { GreenApiCallOptions, GreenApiClientCore } from './green-api-client-core.js';

const statisticSchema = listSchema(
  v.looseObject({
    participant: v.optional(v.string()),
    timestamp: v.optional(v.number()),
    status: v.optional(v.string()),
  }),
);

/**
 * Fields every status shares: who may see it (chat ids; everyone in the contacts when left out).
 *
 * @example
 * ```ts
 * const audience: StatusAudience = { participants: ['79001234567@c.us'] };
 * ```
 */
export interface StatusAudience {
  participants?: string[] | undefined;
}

/**
 * WhatsApp status ("stories", beta) methods (reference §2.9).
 *
 * @example
 * ```ts
 * await client.sendTextStatus({ message: 'Open today 9–18', backgroundColor: '#228B22' });
 * ```
 */
export const greenApiStatusMethods = {
  /**
   * `POST sendTextStatus` (≤ 500 characters).
   *
   * @example
   * ```ts
   * await client.sendTextStatus({ message: 'Hello', font: 'SERIF' });
   * ```
   */
  sendTextStatus(
    this: GreenApiClientCore,
    input: StatusAudience & {
      message: string;
      backgroundColor?: string | undefined;
      font?: 'SERIF' | 'SANS_SERIF' | 'NORICAN_REGULAR' | 'BRYNDAN_WRITE' | 'OSWALD_HEAVY' | undefined;
    },
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postStatus(this, 'sendTextStatus', input, options);
  },

  /**
   * `POST sendVoiceStatus`.
   *
   * @example
   * ```ts
   * await client.sendVoiceStatus({ urlFile: 'https://example.com/hi.ogg', fileName: 'hi.ogg' });
   * ```
   */
  sendVoiceStatus(
    this: GreenApiClientCore,
    input: StatusAudience & { urlFile: string; fileName: string; backgroundColor?: string | undefined },
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postStatus(this, 'sendVoiceStatus', input, options);
  },

  /**
   * `POST sendMediaStatus` (caption ≤ 1024).
   *
   * @example
   * ```ts
   * await client.sendMediaStatus({ urlFile: 'https://example.com/a.jpg', fileName: 'a.jpg', caption: 'New' });
   * ```
   */
  sendMediaStatus(
    this: GreenApiClientCore,
    input: StatusAudience & { urlFile: string; fileName: string; caption?: string | undefined },
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postStatus(this, 'sendMediaStatus', input, options);
  },

  /**
   * `POST deleteStatus`.
   *
   * @example
   * ```ts
   * await client.deleteStatus({ idMessage });
   * ```
   */
  deleteStatus(
    this: GreenApiClientCore,
    input: { idMessage: string },
    options?: GreenApiCallOptions,
  ): Promise<EmptyOrObjectResponse> {
    return this.call('deleteStatus', { verb: 'POST', json: input, schema: emptyOrObjectSchema, ...options });
  },

  /**
   * `GET getStatusStatistic?idMessage=`: who saw a status and when.
   *
   * @example
   * ```ts
   * const views = await client.getStatusStatistic({ idMessage });
   * ```
   */
  getStatusStatistic(
    this: GreenApiClientCore,
    input: { idMessage: string },
    options?: GreenApiCallOptions,
  ): Promise<v.InferOutput<typeof statisticSchema>> {
    return this.call('getStatusStatistic', {
      verb: 'GET',
      searchParams: { idMessage: input.idMessage },
      schema: statisticSchema,
      ...options,
    });
  },

  /**
   * `GET getIncomingStatuses?minutes=` (default 1440).
   *
   * @example
   * ```ts
   * const statuses = await client.getIncomingStatuses({ minutes: 60 });
   * ```
   */
  getIncomingStatuses(
    this: GreenApiClientCore,
    input: { minutes?: number | undefined } = {},
    options?: GreenApiCallOptions,
  ): Promise<GreenApiJournalEntry[]> {
    return readStatuses(this, 'getIncomingStatuses', input.minutes, options);
  },

  /**
   * `GET getOutgoingStatuses?minutes=` (default 1440).
   *
   * @example
   * ```ts
   * const mine = await client.getOutgoingStatuses();
   * ```
   */
  getOutgoingStatuses(
    this: GreenApiClientCore,
    input: { minutes?: number | undefined } = {},
    options?: GreenApiCallOptions,
  ): Promise<GreenApiJournalEntry[]> {
    return readStatuses(this, 'getOutgoingStatuses', input.minutes, options);
  },
};

/** The type of {@link greenApiStatusMethods}. */
export type GreenApiStatusMethods = typeof greenApiStatusMethods;

function postStatus(
  client: GreenApiClientCore,
  method: string,
  input: object,
  options: GreenApiCallOptions | undefined,
): Promise<IdMessageResponse> {
  return client.call(method, {
    verb: 'POST',
    json: omitUndefined(input),
    schema: idMessageSchema,
    ...options,
  });
}

function readStatuses(
  client: GreenApiClientCore,
  method: string,
  minutes: number | undefined,
  options: GreenApiCallOptions | undefined,
) {
  return client.call(method, {
    verb: 'GET',
    searchParams: { minutes },
    schema: listSchema(journalEntrySchema),
    ...options,
  });
}
