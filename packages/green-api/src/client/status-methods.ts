import { omitUndefined } from '@switchboard/core/adapter';
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
import type { GreenApiCallOptions } from './client-base.js';
import { GreenApiServiceMethods } from './service-methods.js';

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
export class GreenApiStatusMethods extends GreenApiServiceMethods {
  /**
   * `POST sendTextStatus` (≤ 500 characters).
   *
   * @example
   * ```ts
   * await client.sendTextStatus({ message: 'Hello', font: 'SERIF' });
   * ```
   */
  sendTextStatus(
    input: StatusAudience & {
      message: string;
      backgroundColor?: string | undefined;
      font?: 'SERIF' | 'SANS_SERIF' | 'NORICAN_REGULAR' | 'BRYNDAN_WRITE' | 'OSWALD_HEAVY' | undefined;
    },
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return this.#status('sendTextStatus', input, options);
  }

  /**
   * `POST sendVoiceStatus`.
   *
   * @example
   * ```ts
   * await client.sendVoiceStatus({ urlFile: 'https://example.com/hi.ogg', fileName: 'hi.ogg' });
   * ```
   */
  sendVoiceStatus(
    input: StatusAudience & { urlFile: string; fileName: string; backgroundColor?: string | undefined },
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return this.#status('sendVoiceStatus', input, options);
  }

  /**
   * `POST sendMediaStatus` (caption ≤ 1024).
   *
   * @example
   * ```ts
   * await client.sendMediaStatus({ urlFile: 'https://example.com/a.jpg', fileName: 'a.jpg', caption: 'New' });
   * ```
   */
  sendMediaStatus(
    input: StatusAudience & { urlFile: string; fileName: string; caption?: string | undefined },
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return this.#status('sendMediaStatus', input, options);
  }

  /**
   * `POST deleteStatus`.
   *
   * @example
   * ```ts
   * await client.deleteStatus({ idMessage });
   * ```
   */
  deleteStatus(input: { idMessage: string }, options?: GreenApiCallOptions): Promise<EmptyOrObjectResponse> {
    return this.call('deleteStatus', { verb: 'POST', json: input, schema: emptyOrObjectSchema, ...options });
  }

  /**
   * `GET getStatusStatistic?idMessage=`: who saw a status and when.
   *
   * @example
   * ```ts
   * const views = await client.getStatusStatistic({ idMessage });
   * ```
   */
  getStatusStatistic(
    input: { idMessage: string },
    options?: GreenApiCallOptions,
  ): Promise<v.InferOutput<typeof statisticSchema>> {
    return this.call('getStatusStatistic', {
      verb: 'GET',
      searchParams: { idMessage: input.idMessage },
      schema: statisticSchema,
      ...options,
    });
  }

  /**
   * `GET getIncomingStatuses?minutes=` (default 1440).
   *
   * @example
   * ```ts
   * const statuses = await client.getIncomingStatuses({ minutes: 60 });
   * ```
   */
  getIncomingStatuses(
    input: { minutes?: number | undefined } = {},
    options?: GreenApiCallOptions,
  ): Promise<GreenApiJournalEntry[]> {
    return this.#statuses('getIncomingStatuses', input.minutes, options);
  }

  /**
   * `GET getOutgoingStatuses?minutes=` (default 1440).
   *
   * @example
   * ```ts
   * const mine = await client.getOutgoingStatuses();
   * ```
   */
  getOutgoingStatuses(
    input: { minutes?: number | undefined } = {},
    options?: GreenApiCallOptions,
  ): Promise<GreenApiJournalEntry[]> {
    return this.#statuses('getOutgoingStatuses', input.minutes, options);
  }

  #status(
    method: string,
    input: object,
    options: GreenApiCallOptions | undefined,
  ): Promise<IdMessageResponse> {
    return this.call(method, {
      verb: 'POST',
      json: omitUndefined(input),
      schema: idMessageSchema,
      ...options,
    });
  }

  #statuses(method: string, minutes: number | undefined, options: GreenApiCallOptions | undefined) {
    return this.call(method, {
      verb: 'GET',
      searchParams: { minutes },
      schema: listSchema(journalEntrySchema),
      ...options,
    });
  }
}
