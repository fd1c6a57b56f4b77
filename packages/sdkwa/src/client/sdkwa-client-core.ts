import { type HttpTransport, omitUndefined } from '@switchboard/core/adapter';
import {
  type GreenApiMethodCall,
  type MultipartFile,
  methodCallRequest,
} from '@switchboard/green-api-protocol';
import type { GenericSchema } from 'valibot';
import type { SdkwaNetwork } from '../sdkwa-network.js';

/**
 * What {@link createSdkwaClient} needs: the instance, its network and a core HTTP transport whose
 * `baseUrl` is the SDKWA host and whose headers carry `Authorization: Bearer <apiTokenInstance>`.
 */
export interface SdkwaClientOptions {
  /** `whatsapp` or `telegram`, the first path segment. */
  network: SdkwaNetwork;
  /** The instance id, e.g. `1101000001`. */
  idInstance: string;
  /** Transport with the SDKWA host as `baseUrl` and the Bearer header. */
  transport: HttpTransport;
}

/**
 * One call of an instance method: verb, body or query, an extra path after the method
 * (`deleteNotification/{receiptId}`, `downloadFile/{idMessage}`), and the schema of the answer.
 */
export type SdkwaCall<Output> = GreenApiMethodCall<Output>;

/** Per-call options every raw method accepts. */
export interface SdkwaCallOptions {
  /** Aborts the call. */
  signal?: AbortSignal | undefined;
  /** Timeout of this call, overriding the transport's. */
  timeoutMilliseconds?: number | undefined;
}

/** What every method module of the raw client works on: the instance, its network and `call()`. */
export interface SdkwaClientCore {
  /** The network of the instance (the first path segment). */
  readonly network: SdkwaNetwork;
  /** The instance id. */
  readonly idInstance: string;
  /** Calls any instance method by name, for methods newer than this client. */
  call<Output = unknown>(method: string, call: SdkwaCall<Output>): Promise<Output>;
}

/**
 * Builds the core of a client: `{network}/{idInstance}/{method}` paths (the token travels only in the
 * `Authorization: Bearer` header, never in the path) sent through the transport.
 *
 * @example
 * ```ts
 * const core = createSdkwaClientCore({ network: 'whatsapp', idInstance: '1101000001', transport });
 * ```
 */
export function createSdkwaClientCore(options: SdkwaClientOptions): SdkwaClientCore {
  const { network, idInstance, transport } = options;
  return {
    network,
    idInstance,
    call: (method, call) => transport.request(methodCallRequest(`${network}/${idInstance}/${method}`, call)),
  };
}

/** A `GET` without parameters. */
export function callGet<Output>(
  client: SdkwaClientCore,
  method: string,
  schema: GenericSchema<unknown, Output>,
  options: SdkwaCallOptions = {},
): Promise<Output> {
  return client.call(method, { verb: 'GET', schema, ...options });
}

/**
 * A `POST` with a JSON body (`undefined` fields removed). Reading methods that SDKWA exposes as `POST`
 * pass `idempotent: true` so the transport may retry them.
 */
export function callPost<Output>(
  client: SdkwaClientCore,
  method: string,
  json: object,
  schema: GenericSchema<unknown, Output>,
  options: SdkwaCallOptions = {},
  idempotent = false,
): Promise<Output> {
  return client.call(method, {
    verb: 'POST',
    json: omitUndefined(json),
    schema,
    ...(idempotent ? { idempotent } : {}),
    ...options,
  });
}

/** A file to upload: bytes (or a `Blob`), the file name with its extension and an optional MIME type. */
export type SdkwaUploadFile = MultipartFile;

/**
 * Turns a phone number into the integer SDKWA expects in `phoneNumber` fields (digits only, no `+`);
 * numbers beyond `Number.MAX_SAFE_INTEGER` stay digit strings so no digit is lost.
 */
export function phoneNumberValue(phone: string | number): number | string {
  const digits = String(phone).replace(/\D/g, '');
  const value = Number(digits);
  return digits !== '' && Number.isSafeInteger(value) ? value : digits;
}
