import type { HttpTransport } from '@switchboard/core/adapter';
import type { GreenApiWritableSettings } from '@switchboard/green-api-protocol';
import { listSchema } from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import type { GreenApiCallOptions } from './green-api-client-core.js';

const partnerInstanceSchema = buildPartnerInstanceSchema();

// @__NO_SIDE_EFFECTS__
function buildPartnerInstanceSchema() {
  return v.looseObject({
    idInstance: v.pipe(v.union([v.number(), v.string()]), v.transform(String)),
    name: v.optional(v.nullable(v.string())),
    typeInstance: v.optional(v.string()),
    typeAccount: v.optional(v.string()),
    timeCreated: v.optional(v.nullable(v.string())),
    timeDeleted: v.optional(v.nullable(v.string())),
    apiTokenInstance: v.optional(v.string()),
    deleted: v.optional(v.boolean()),
    tariff: v.optional(v.nullable(v.string())),
    isFree: v.optional(v.boolean()),
    isPartner: v.optional(v.boolean()),
    expirationDate: v.optional(v.nullable(v.string())),
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
    idInstance: v.pipe(v.union([v.number(), v.string()]), v.transform(String)),
    apiTokenInstance: v.string(),
    typeInstance: v.optional(v.string()),
  });
}

/**
 * Input of `createInstance`: a name and any settings (`"yes"`/`"no"` flags), plus `typeInstance`
 * where the partner plan asks for one.
 */
export type CreateInstanceInput = GreenApiWritableSettings & { name?: string | undefined };

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
  ): Promise<{ deleteInstanceAccount?: boolean; [field: string]: unknown }> {
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
