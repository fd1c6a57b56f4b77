import { type HttpTransport, omitUndefined } from '@switchboard/core/adapter';
import * as v from 'valibot';
import type { SdkwaCallOptions } from './sdkwa-client-core.js';

const userPath = 'api/v1/instance/user';

const instanceSchema = buildInstanceSchema();

// @__NO_SIDE_EFFECTS__
function buildInstanceSchema() {
  return v.looseObject({
    // Instance id, e.g. `1101000001` (a string in the OpenAPI, a number in the Postman samples).
    idInstance: v.union([v.number(), v.string()]),
    // The instance's API token (50 hex characters). A secret.
    apiTokenInstance: v.optional(v.nullable(v.string())),
    // `whatsapp` or `telegram`.
    typeInstance: v.optional(v.nullable(v.string())),
    // Creation time, ISO 8601 without a zone (`2024-10-11T12:00:00`).
    timeCreated: v.optional(v.nullable(v.string())),
    // Deletion time, ISO 8601; `null` or `0001-01-01T00:00:00` when not deleted.
    timeDeleted: v.optional(v.nullable(v.string())),
    // `true` when the instance is deleted.
    deleted: v.optional(v.nullable(v.boolean())),
    // Tariff, e.g. `DEVELOPER`, `BUSINESS` or `UNLIMITED`.
    tariff: v.optional(v.nullable(v.string())),
    // End of the paid period, ISO 8601; `null` for unlimited.
    expirationDate: v.optional(v.nullable(v.string())),
    // `true` when the paid period is over.
    isExpired: v.optional(v.nullable(v.boolean())),
    // Display name of the instance.
    name: v.optional(v.nullable(v.string())),
    // `WA_DESKTOP`, `WA_MOBILE` or `TG_DESKTOP`.
    typeAccount: v.optional(v.nullable(v.string())),
    // `STABLE` or `LATEST`.
    releaseType: v.optional(v.nullable(v.string())),
  });
}

/**
 * One instance of `instances/list`. `idInstance` is a string in the OpenAPI and a number in the
 * Postman samples; both are accepted. `timeDeleted` `"0001-01-01T00:00:00"` means never.
 *
 * @useDeclaredType
 */
export type SdkwaUserInstance = v.InferOutput<typeof instanceSchema>;

const orderSchema = buildOrderSchema();

// @__NO_SIDE_EFFECTS__
function buildOrderSchema() {
  return v.looseObject({
    // Id of the ordered or extended instance.
    idInstance: v.optional(v.union([v.number(), v.string()])),
    // API token of a new instance (Postman sample shape). A secret.
    apiTokenInstance: v.optional(v.nullable(v.string())),
    // Order id, a UUID.
    id: v.optional(v.string()),
    // Kind of order, e.g. `CREATE_INSTANCE`.
    typeOrder: v.optional(v.string()),
    // Where to pay for the order, when it is not paid from the balance.
    paymentURL: v.optional(v.nullable(v.string())),
    // `true` once the order is paid and confirmed.
    isConfirmed: v.optional(v.boolean()),
  });
}

/**
 * The `data` of `createByOrder` / `extendByOrder`: the OpenAPI order object (`id`, `orderNumber`,
 * `typeOrder`, `paymentURL`, `isConfirmed`, `idInstance`, …) or the Postman sample's bare
 * `{idInstance, apiTokenInstance}`.
 *
 * @useDeclaredType
 */
export type SdkwaOrder = v.InferOutput<typeof orderSchema>;

/**
 * What `createByOrder` needs: tariff (`DEVELOPER`, `BUSINESS`, `UNLIMITED`), period (`infinitely`,
 * `day1`, `month1`, `month3`, `month6`, `month12`), optionally the payment type (`PAYPAL`) and the
 * account type (`WA_DESKTOP`, `WA_MOBILE`, `TG_DESKTOP`).
 */
export interface SdkwaOrderInput {
  /** `DEVELOPER`, `BUSINESS` or `UNLIMITED`. */
  tariff: string;
  /** `infinitely`, `day1`, `month1`, `month3`, `month6` or `month12`. */
  period: string;
  /** Payment type, e.g. `PAYPAL`. */
  paymentType?: string | undefined;
  /** `WA_DESKTOP`, `WA_MOBILE` or `TG_DESKTOP`. */
  typeAccount?: string | undefined;
  [field: string]: unknown;
}

function envelope<const Data extends v.GenericSchema>(data: Data) {
  return v.looseObject({ result: v.optional(v.boolean()), data });
}

/**
 * The SDKWA user-level API (`/api/v1/instance/user/…`, headers `x-user-id` and `x-user-token`): list,
 * order (create), extend, delete and restore instances. `{result: false}` is a failure whatever the
 * HTTP status (the error detector throws it); the methods resolve with the answer's `data`.
 */
export class SdkwaUserClient {
  readonly #transport: HttpTransport;

  /** Wraps a transport configured with the `x-user-id` and `x-user-token` headers. */
  constructor(transport: HttpTransport) {
    this.#transport = transport;
  }

  /** `POST instances/list`: every instance of the account, deleted ones included. */
  async listInstances(options?: SdkwaCallOptions): Promise<SdkwaUserInstance[]> {
    const answer = await this.#post(
      'instances/list',
      {},
      envelope(v.optional(v.nullable(v.array(instanceSchema)))),
      options,
      true,
    );
    return answer.data ?? [];
  }

  /** `POST instance/createByOrder {tariff, period, paymentType?, typeAccount?}`: orders a new instance. */
  async createInstance(input: SdkwaOrderInput, options?: SdkwaCallOptions): Promise<SdkwaOrder> {
    return (await this.#post('instance/createByOrder', input, envelope(orderSchema), options)).data;
  }

  /** `POST instance/extendByOrder {idInstance, tariff, period, paymentType?}`: pays for more time. */
  async extendInstance(
    input: SdkwaOrderInput & { idInstance: number | string },
    options?: SdkwaCallOptions,
  ): Promise<SdkwaOrder> {
    const body = { ...input, idInstance: Number(input.idInstance) };
    return (await this.#post('instance/extendByOrder', body, envelope(orderSchema), options)).data;
  }

  /** `POST instance/delete {idInstance}` (`{deleteInstanceAccount: true}`). */
  async deleteInstance(
    idInstance: number | string,
    options?: SdkwaCallOptions,
  ): Promise<Record<string, unknown>> {
    const schema = envelope(v.optional(v.looseObject({}), {}));
    return (await this.#post('instance/delete', { idInstance: Number(idInstance) }, schema, options)).data;
  }

  /** `POST instance/restore {idInstance}` (`{restoreInstanceAccount: true}`). */
  async restoreInstance(
    idInstance: number | string,
    options?: SdkwaCallOptions,
  ): Promise<Record<string, unknown>> {
    const schema = envelope(v.optional(v.looseObject({}), {}));
    return (await this.#post('instance/restore', { idInstance: Number(idInstance) }, schema, options)).data;
  }

  #post<Output>(
    action: string,
    json: object,
    schema: v.GenericSchema<unknown, Output>,
    options: SdkwaCallOptions = {},
    idempotent = false,
  ): Promise<Output> {
    return this.#transport.request({
      method: 'POST',
      path: `${userPath}/${action}`,
      json,
      schema,
      idempotent,
      ...omitUndefined(options),
    });
  }
}
