import {
  type EmptyOrObjectResponse,
  emptyOrObjectSchema,
  type GreenApiJournalEntry,
  type IdMessageResponse,
  listSchema,
  readJournalEntries,
} from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import type { GreenApiCallOptions, GreenApiClientCore } from './green-api-client-core.js';
import { postIdMessage } from './green-api-client-core.js';

const statisticSchema = listSchema(
  v.looseObject({
    participant: v.optional(v.string()),
    timestamp: v.optional(v.number()),
    status: v.optional(v.string()),
  }),
);

/** Fields every status shares: who may see it (chat ids; everyone in the contacts when left out). */
export interface StatusAudience {
  /** Chat ids (`79001234567@c.us`) that may see the status; all contacts when absent. */
  participants?: string[] | undefined;
}

/** WhatsApp status ("stories", beta) methods (reference §2.9). */
export const greenApiStatusMethods = {
  /** `POST sendTextStatus` (≤ 500 characters). */
  sendTextStatus(
    this: GreenApiClientCore,
    input: StatusAudience & {
      message: string;
      backgroundColor?: string | undefined;
      font?: 'SERIF' | 'SANS_SERIF' | 'NORICAN_REGULAR' | 'BRYNDAN_WRITE' | 'OSWALD_HEAVY' | undefined;
    },
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postIdMessage(this, 'sendTextStatus', input, options);
  },

  /** `POST sendVoiceStatus`. */
  sendVoiceStatus(
    this: GreenApiClientCore,
    input: StatusAudience & { urlFile: string; fileName: string; backgroundColor?: string | undefined },
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postIdMessage(this, 'sendVoiceStatus', input, options);
  },

  /** `POST sendMediaStatus` (caption ≤ 1024). */
  sendMediaStatus(
    this: GreenApiClientCore,
    input: StatusAudience & { urlFile: string; fileName: string; caption?: string | undefined },
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postIdMessage(this, 'sendMediaStatus', input, options);
  },

  /** `POST deleteStatus`. */
  deleteStatus(
    this: GreenApiClientCore,
    input: { idMessage: string },
    options?: GreenApiCallOptions,
  ): Promise<EmptyOrObjectResponse> {
    return this.call('deleteStatus', { verb: 'POST', json: input, schema: emptyOrObjectSchema, ...options });
  },

  /** `GET getStatusStatistic?idMessage=`: who saw a status and when. */
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

  /** `GET getIncomingStatuses?minutes=` (default 1440). */
  getIncomingStatuses(
    this: GreenApiClientCore,
    input: { minutes?: number | undefined } = {},
    options?: GreenApiCallOptions,
  ): Promise<GreenApiJournalEntry[]> {
    return readJournalEntries(this, 'getIncomingStatuses', input.minutes, options);
  },

  /** `GET getOutgoingStatuses?minutes=` (default 1440). */
  getOutgoingStatuses(
    this: GreenApiClientCore,
    input: { minutes?: number | undefined } = {},
    options?: GreenApiCallOptions,
  ): Promise<GreenApiJournalEntry[]> {
    return readJournalEntries(this, 'getOutgoingStatuses', input.minutes, options);
  },
};

/** The type of {@link greenApiStatusMethods}. */
export type GreenApiStatusMethods = typeof greenApiStatusMethods;
