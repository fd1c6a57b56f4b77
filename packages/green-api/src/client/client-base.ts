import type { HttpTransport, Redactor } from '@switchboard/core/adapter';
import {
  type GreenApiMethodCall,
  type GreenApiNetwork,
  methodCallRequest,
} from '@switchboard/green-api-protocol';

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
 * One call of an instance method: verb, body or query, host, an extra path after the token
 * (`deleteNotification/<token>/<receiptId>`), and the schema of the answer.
 *
 * @example
 * ```ts
 * const call: GreenApiCall<unknown> = { verb: 'GET', searchParams: { minutes: 60 } };
 * ```
 */
export interface GreenApiCall<Output> extends GreenApiMethodCall<Output> {
  /** `'media'` for uploads (`sendFileByUpload`, `uploadFile`). */
  host?: 'api' | 'media';
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
    const path = `waInstance${this.idInstance}/${method}/${this.#apiTokenInstance}`;
    return this.#transport.request<Output>(methodCallRequest(path, call));
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
