import type { HttpTransport } from '@switchboard/core/adapter';
import type { GreenApiWritableSettings } from '@switchboard/green-api-protocol';
import { listSchema } from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import type { GreenApiCallOptions } from './green-api-client-core.js';

const partnerInstanceSchema = buildPartnerInstanceSchema();

// @__NO_SIDE_EFFECTS__
function buildPartnerInstanceSchema() {
  return v.looseObject({
    // Instance id, e.g. `1101000000` (a number on the wire, read as a string).
    idInstance: v.pipe(v.union([v.number(), v.string()]), v.transform(String)),
    // Display name of the instance.
    name: v.optional(v.nullable(v.string())),
    // `whatsapp`, `telegram` or `v3` (MAX).
    typeInstance: v.optional(v.string()),
    // Kind of the account, as the partner API reports it.
    typeAccount: v.optional(v.string()),
    // Creation time, ISO 8601 without a zone.
    timeCreated: v.optional(v.nullable(v.string())),
    // Deletion time; `0001-01-01T00:00:00` while the instance is alive.
    timeDeleted: v.optional(v.nullable(v.string())),
    // The instance's API token. A secret.
    apiTokenInstance: v.optional(v.string()),
    // `true` when the instance is deleted.
    deleted: v.optional(v.boolean()),
    // Tariff of the instance.
    tariff: v.optional(v.nullable(v.string())),
    // `true` for a free (developer) instance.
    isFree: v.optional(v.boolean()),
    // `true` when the instance is billed to the partner.
    isPartner: v.optional(v.boolean()),
    // End of the paid period, ISO 8601.
    expirationDate: v.optional(v.nullable(v.string())),
    // `true` when the paid period is over.
    isExpired: v.optional(v.boolean()),
  });
}

/**
 * One instance of the partner account (`getInstances`); `idInstance` is read as a string.
 *
 * @useDeclaredType
 */
export type GreenApiPartnerInstance = v.InferOutput<typeof partnerInstanceSchema>;

const createdInstanceSchema = buildCreatedInstanceSchema();

// @__NO_SIDE_EFFECTS__
function buildCreatedInstanceSchema() {
  return v.looseObject({
    // Id of the new instance, read as a string.
    idInstance: v.pipe(v.union([v.number(), v.string()]), v.transform(String)),
    // API token of the new instance. A secret.
    apiTokenInstance: v.string(),
    // `whatsapp`, `telegram` or `v3` (MAX).
    typeInstance: v.optional(v.string()),
  });
}

/**
 * Input of `createInstance`: a name and any settings (`"yes"`/`"no"` flags), plus `typeInstance`
 * where the partner plan asks for one.
 */
export type CreateInstanceInput = GreenApiWritableSettings & {
  /** Display name of the new instance. */
  name?: string | undefined;
};

/**
 * The raw GREEN-API Partner API client: `{partnerUrl}/partner/{method}/{partnerToken}`. Partner errors
 * arrive as HTTP 200 `{code, description}` and reject as `MessengerError`s.
 */
export class GreenApiPartnerClient {
  readonly #transport: HttpTransport;
  readonly #partnerToken: string;

  /** Creates the partner client over a core HTTP transport whose `baseUrl` is the partner host. */
  constructor(options: { partnerToken: string; transport: HttpTransport }) {
    this.#transport = options.transport;
    this.#partnerToken = options.partnerToken;
  }

  /** `GET getInstances`: every instance of the partner account, deleted ones included. */
  getInstances(options?: GreenApiCallOptions): Promise<GreenApiPartnerInstance[]> {
    return this.#transport.request({
      method: 'GET',
      path: this.#path('getInstances'),
      schema: listSchema(partnerInstanceSchema),
      ...options,
    });
  }

  /** `POST createInstance`: creates an instance; the answer has its id and token (not its hosts). */
  createInstance(
    input: CreateInstanceInput = {},
    options?: GreenApiCallOptions,
  ): Promise<v.InferOutput<typeof createdInstanceSchema>> {
    return this.#transport.request({
      method: 'POST',
      path: this.#path('createInstance'),
      json: input,
      schema: createdInstanceSchema,
      ...options,
    });
  }

  /** `POST deleteInstanceAccount`. */
  deleteInstanceAccount(
    input: { idInstance: number },
    options?: GreenApiCallOptions,
  ): Promise<{
    /** `true` when the instance was deleted. */
    deleteInstanceAccount?: boolean;
    [field: string]: unknown;
  }> {
    return this.#transport.request({
      method: 'POST',
      path: this.#path('deleteInstanceAccount'),
      json: input,
      schema: v.looseObject({ deleteInstanceAccount: v.optional(v.boolean()) }),
      ...options,
    });
  }

  #path(method: string): string {
    return `partner/${method}/${encodeURIComponent(this.#partnerToken)}`;
  }
}
