import type { HttpSearchParams, HttpTransport } from '@switchboard/core';
import type { GenericSchema } from 'valibot';
import type { SdkwaNetwork } from '../sdkwa-network.js';

/**
 * What a {@link SdkwaClient} needs: the instance, its network and a core HTTP transport whose
 * `baseUrl` is the SDKWA host and whose headers carry `Authorization: Bearer <apiTokenInstance>`.
 *
 * @example
 * ```ts
 * const client = new SdkwaClient({ network: 'whatsapp', idInstance: '1101000001', transport });
 * ```
 */
export interface SdkwaClientOptions {
  network: SdkwaNetwork;
  idInstance: string;
  transport: HttpTransport;
}

/**
 * One call of an instance method: verb, body or query, and the schema of the answer.
 *
 * @example
 * ```ts
 * const call: SdkwaCall<unknown> = { verb: 'GET', searchParams: { minutes: 60 } };
 * ```
 */
export interface SdkwaCall<Output> {
  verb: 'GET' | 'POST' | 'DELETE';
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
  searchParams?: HttpSearchParams;
  /** Extra path after the method (`deleteNotification/{receiptId}`, `downloadFile/{idMessage}`). */
  pathSuffix?: string;
  schema?: GenericSchema<unknown, Output>;
  responseType?: 'json' | 'text' | 'bytes';
  idempotent?: boolean;
  signal?: AbortSignal | undefined;
  timeoutMilliseconds?: number | undefined;
}

/**
 * Per-call options every raw method accepts.
 *
 * @example
 * ```ts
 * await client.getSettings({ signal: AbortSignal.timeout(2000) });
 * ```
 */
export interface SdkwaCallOptions {
  signal?: AbortSignal | undefined;
  timeoutMilliseconds?: number | undefined;
}

/**
 * The root of the raw client: builds `{network}/{idInstance}/{method}` paths (the token travels only in
 * the `Authorization: Bearer` header, never in the path) and sends them through the transport. Method
 * groups extend it; {@link SdkwaClient} is the full client.
 *
 * @example
 * ```ts
 * const settings = await client.call('getSettings', { verb: 'GET' });
 * ```
 */
export class SdkwaClientBase {
  /** The network of the instance (the first path segment). */
  readonly network: SdkwaNetwork;
  /** The instance id. */
  readonly idInstance: string;
  /** The transport every call goes through. */
  protected readonly transport: HttpTransport;

  constructor(options: SdkwaClientOptions) {
    this.network = options.network;
    this.idInstance = options.idInstance;
    this.transport = options.transport;
  }

  /**
   * Calls any instance method by name, for methods newer than this client.
   *
   * @example
   * ```ts
   * const answer = await client.call('getWarmingPhoneStatus', { verb: 'GET' });
   * ```
   */
  call<Output = unknown>(method: string, call: SdkwaCall<Output>): Promise<Output> {
    const { verb, pathSuffix, ...rest } = call;
    const request = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
    return this.transport.request<Output>({
      ...request,
      method: verb,
      path: `${this.network}/${this.idInstance}/${method}${pathSuffix ?? ''}`,
    });
  }

  /**
   * Shorthand for a `GET` without parameters.
   *
   * @example
   * ```ts
   * await this.get('logout', logoutSchema, options);
   * ```
   */
  protected get<Output>(
    method: string,
    schema: GenericSchema<unknown, Output>,
    options: SdkwaCallOptions = {},
  ): Promise<Output> {
    return this.call(method, { verb: 'GET', schema, ...options });
  }

  /**
   * Shorthand for a `POST` with a JSON body (`undefined` fields removed). Reading methods that SDKWA
   * exposes as `POST` pass `idempotent: true` so the transport may retry them.
   *
   * @example
   * ```ts
   * await this.post('readChat', { chatId }, readChatSchema, options);
   * ```
   */
  protected post<Output>(
    method: string,
    json: object,
    schema: GenericSchema<unknown, Output>,
    options: SdkwaCallOptions = {},
    idempotent = false,
  ): Promise<Output> {
    return this.call(method, {
      verb: 'POST',
      json: compact(json),
      schema,
      ...(idempotent ? { idempotent } : {}),
      ...options,
    });
  }
}

/**
 * A file to upload: bytes (or a `Blob`), the file name with its extension and an optional MIME type.
 *
 * @example
 * ```ts
 * const file: SdkwaUploadFile = { data: jpegBytes, fileName: 'photo.jpg', mimeType: 'image/jpeg' };
 * ```
 */
export interface SdkwaUploadFile {
  data: Uint8Array | Blob;
  fileName?: string | undefined;
  mimeType?: string | undefined;
}

/**
 * Builds a multipart body: the file under `file` (with its name and MIME type) and the other fields
 * as text; `undefined` fields are left out.
 *
 * @example
 * ```ts
 * const form = multipartForm({ data: bytes, fileName: 'a.jpg', mimeType: 'image/jpeg' }, { chatId: '1@c.us' });
 * ```
 */
export function multipartForm(file: SdkwaUploadFile, fields: Record<string, unknown>): FormData {
  const form = new FormData();
  form.append('file', toBlob(file.data, file.mimeType), file.fileName ?? 'file');
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    form.append(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  return form;
}

/**
 * Wraps bytes in a `Blob` with a MIME type (a `Blob` keeps its own type unless one is given).
 *
 * @example
 * ```ts
 * toBlob(new Uint8Array([1, 2]), 'image/png').type; // 'image/png'
 * ```
 */
export function toBlob(data: Uint8Array | Blob, mimeType?: string | undefined): Blob {
  if (data instanceof Uint8Array) {
    return new Blob([new Uint8Array(data)], { type: mimeType ?? 'application/octet-stream' });
  }
  return mimeType === undefined || data.type === mimeType ? data : new Blob([data], { type: mimeType });
}

/**
 * Removes `undefined` fields so JSON bodies carry only what the caller set.
 *
 * @example
 * ```ts
 * compact({ chatId: '1@c.us', caption: undefined }); // { chatId: '1@c.us' }
 * ```
 */
export function compact<Value extends object>(value: Value): Value {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Value;
}

/**
 * Turns a phone number into the integer SDKWA expects in `phoneNumber` fields (digits only, no `+`);
 * numbers beyond `Number.MAX_SAFE_INTEGER` stay digit strings so no digit is lost.
 *
 * @example
 * ```ts
 * phoneNumberValue('+7 900 123-45-67'); // 79001234567
 * ```
 */
export function phoneNumberValue(phone: string | number): number | string {
  const digits = String(phone).replace(/\D/g, '');
  const value = Number(digits);
  return digits !== '' && Number.isSafeInteger(value) ? value : digits;
}
