import type { HttpSearchParams, HttpTransport, Redactor } from '@switchboard/core';
import type { GreenApiNetwork } from '@switchboard/green-api-protocol';
import type { GenericSchema } from 'valibot';

/**
 * What a {@link GreenApiClient} needs: the instance, its token and a core HTTP transport whose
 * `baseUrl`/`mediaUrl` are the instance's hosts.
 *
 * @example
 * ```ts
 * const client = new GreenApiClient({ network: 'whatsapp', idInstance: '7103000000', apiTokenInstance: token, transport });
 * ```
 */
export interface GreenApiClientOptions {
  network: GreenApiNetwork;
  idInstance: string;
  apiTokenInstance: string;
  transport: HttpTransport;
  /** Receives a rotated token (`updateApiToken`) so it stays redacted. */
  redactor?: Redactor | undefined;
}

/**
 * One call of an instance method: verb, body or query, host, and the schema of the answer.
 *
 * @example
 * ```ts
 * const call: GreenApiCall<unknown> = { verb: 'GET', searchParams: { minutes: 60 } };
 * ```
 */
export interface GreenApiCall<Output> {
  verb: 'GET' | 'POST' | 'DELETE';
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
  searchParams?: HttpSearchParams;
  /** `'media'` for uploads (`sendFileByUpload`, `uploadFile`). */
  host?: 'api' | 'media';
  /** Extra path after the token (`deleteNotification/<token>/<receiptId>`). */
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
export interface GreenApiCallOptions {
  signal?: AbortSignal | undefined;
  timeoutMilliseconds?: number | undefined;
}

/**
 * The root of the raw client: builds `waInstance{idInstance}/{method}/{apiTokenInstance}` paths and
 * sends them through the transport. Method groups extend it; {@link GreenApiClient} is the full client.
 *
 * @example
 * ```ts
 * const settings = await client.call('getSettings', { verb: 'GET' });
 * ```
 */
export class GreenApiClientBase {
  /** The network of the instance. */
  readonly network: GreenApiNetwork;
  /** The instance id. */
  readonly idInstance: string;
  readonly #transport: HttpTransport;
  readonly #redactor: Redactor | undefined;
  #apiTokenInstance: string;

  /**
   * Creates the client over a core HTTP transport.
   *
   * @example
   * ```ts
   * const client = new GreenApiClient({ network: 'max', idInstance: '3100000000', apiTokenInstance: token, transport });
   * ```
   */
  constructor(options: GreenApiClientOptions) {
    this.network = options.network;
    this.idInstance = options.idInstance;
    this.#transport = options.transport;
    this.#redactor = options.redactor;
    this.#apiTokenInstance = options.apiTokenInstance;
    this.#redactor?.add(options.apiTokenInstance);
  }

  /**
   * Calls any instance method by name, for methods newer than this client.
   *
   * @example
   * ```ts
   * const answer = await client.call('getMessagesCount', { verb: 'GET' });
   * ```
   */
  call<Output = unknown>(method: string, call: GreenApiCall<Output>): Promise<Output> {
    const path = `waInstance${this.idInstance}/${method}/${this.#apiTokenInstance}${call.pathSuffix ?? ''}`;
    return this.#transport.request<Output>({
      method: call.verb,
      path,
      ...(call.host === undefined ? {} : { host: call.host }),
      ...(call.json === undefined ? {} : { json: call.json }),
      ...(call.body === undefined ? {} : { body: call.body }),
      ...(call.headers === undefined ? {} : { headers: call.headers }),
      ...(call.searchParams === undefined ? {} : { searchParams: call.searchParams }),
      ...(call.schema === undefined ? {} : { schema: call.schema }),
      ...(call.responseType === undefined ? {} : { responseType: call.responseType }),
      ...(call.idempotent === undefined ? {} : { idempotent: call.idempotent }),
      ...(call.signal === undefined ? {} : { signal: call.signal }),
      ...(call.timeoutMilliseconds === undefined ? {} : { timeoutMilliseconds: call.timeoutMilliseconds }),
    });
  }

  /** The name of the group parameter: `groupId` on WhatsApp, `chatId` on Telegram and MAX. */
  protected get groupField(): 'groupId' | 'chatId' {
    return this.network === 'whatsapp' ? 'groupId' : 'chatId';
  }

  /** Replaces the token after `updateApiToken` and keeps it redacted. */
  protected rotateToken(apiTokenInstance: string): void {
    this.#redactor?.add(apiTokenInstance);
    this.#apiTokenInstance = apiTokenInstance;
  }
}

/**
 * Builds the multipart body of the upload methods: the file under `file` (with its name and MIME
 * type) and the other fields as text; `undefined` fields are left out.
 *
 * @example
 * ```ts
 * const form = multipartForm({ data: bytes, fileName: 'a.jpg', mimeType: 'image/jpeg' }, { chatId: '1@c.us' });
 * ```
 */
export function multipartForm(
  file: { data: Uint8Array | Blob; fileName?: string | undefined; mimeType?: string | undefined },
  fields: Record<string, unknown>,
): FormData {
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
  if (data instanceof Uint8Array)
    return new Blob([new Uint8Array(data)], { type: mimeType ?? 'application/octet-stream' });
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
