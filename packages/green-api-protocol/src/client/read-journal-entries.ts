import { type GreenApiJournalEntry, journalEntrySchema, listSchema } from '../schemas/response-schemas.js';
import type { GreenApiMethodCall } from './green-api-method-call.js';

/** What calls one instance method: the raw client core of GREEN-API or SDKWA. */
export interface GreenApiMethodCaller {
  /** Calls one instance method by name. */
  call<Output = unknown>(method: string, call: GreenApiMethodCall<Output>): Promise<Output>;
}

const journalEntriesSchema = buildJournalEntriesSchema();

// @__NO_SIDE_EFFECTS__
function buildJournalEntriesSchema() {
  return listSchema(journalEntrySchema);
}

/** `GET <method>?minutes=`: a journal of messages or statuses (`lastIncomingMessages`, `getOutgoingStatuses`, …). */
export function readJournalEntries(
  client: GreenApiMethodCaller,
  method: string,
  minutes: number | undefined,
  options: Pick<GreenApiMethodCall<unknown>, 'signal' | 'timeoutMilliseconds'> | undefined,
): Promise<GreenApiJournalEntry[]> {
  return client.call(method, {
    verb: 'GET',
    ...(minutes === undefined ? {} : { searchParams: { minutes } }),
    schema: journalEntriesSchema,
    ...options,
  });
}
