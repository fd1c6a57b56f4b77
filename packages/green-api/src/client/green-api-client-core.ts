import { type HttpTransport, omitUndefined, type Redactor } from '@switchboard/core/adapter';
import {
  type GreenApiMethodCall,
  type GreenApiNetwork,
  type IdMessageResponse,
  idMessageSchema,
  methodCallRequest,
} from '@switchboard/green-api-protocol';

/**
 * What {@link createGreenApiClient} needs: the instance, its token and a core HTTP transport whose
 * `baseUrl`/`mediaUrl` are the instance's hosts.
 */
export interface GreenApiClientOptions {
  /** `whatsapp`, `telegram` or `max`. */
  network: GreenApiNetwork;
  /** The instance id, e.g. `7103123456`. */
  idInstance: string;
  /** The instance's API token, sent in the path. A secret. */
  apiTokenInstance: string;
  /** Transport whose `baseUrl` is the instance's API host. */
  transport: HttpTransport;
  /** Receives a rotated token (`updateApiToken`) so it stays redacted. */
  redactor?: Redactor | undefined;
}

/**
 * One call of an instance method: verb, body or query, host, an extra path after the token
 * (`deleteNotification/<token>/<receiptId>`), and the schema of the answer.
 */
export interface GreenApiCall<Output> extends GreenApiMethodCall<Output> {
  /** `'media'` for uploads (`sendFileByUpload`, `uploadFile`). */
  host?: 'api' | 'media';
}

/** Per-call options every raw method accepts. */
export interface GreenApiCallOptions {
  /** Aborts the call. */
  signal?: AbortSignal | undefined;
  /** Timeout of this call, overriding the transport's. */
  timeoutMilliseconds?: number | undefined;
}

/** The key of the hidden token rotation of a client (`updateApiToken`). */
export const rotateApiToken: unique symbol = Symbol('rotateApiToken');

/** What every method module of the raw client works on: the instance, its network and `call()`. */
export interface GreenApiClientCore {
  /** The network of the instance. */
  readonly network: GreenApiNetwork;
  /** The instance id. */
  readonly idInstance: string;
  /** Calls any instance method by name, for methods newer than this client. */
  call<Output = unknown>(method: string, call: GreenApiCall<Output>): Promise<Output>;
  /** Replaces the token after `updateApiToken` and keeps it redacted. */
  readonly [rotateApiToken]: (apiTokenInstance: string) => void;
}

/**
 * Builds the core of a client: `waInstance{idInstance}/{method}/{apiTokenInstance}` paths sent through
 * the transport; the token stays in a closure (never a property) and in the redactor.
 *
 * @example
 * ```ts
 * const core = createGreenApiClientCore({ network: 'whatsapp', idInstance, apiTokenInstance, transport });
 * ```
 */
export function createGreenApiClientCore(options: GreenApiClientOptions): GreenApiClientCore {
  const { network, idInstance, transport, redactor } = options;
  let apiTokenInstance = options.apiTokenInstance;
  redactor?.add(apiTokenInstance);
  return {
    network,
    idInstance,
    call: (method, call) =>
      transport.request(
        methodCallRequest(
          `waInstance${encodeURIComponent(idInstance)}/${method}/${encodeURIComponent(apiTokenInstance)}`,
          call,
        ),
      ),
    [rotateApiToken]: (next) => {
      redactor?.add(next);
      apiTokenInstance = next;
    },
  };
}

/** The name of the group parameter: `groupId` on WhatsApp, `chatId` on Telegram and MAX. */
export function groupFieldOf(client: GreenApiClientCore): 'groupId' | 'chatId' {
  return client.network === 'whatsapp' ? 'groupId' : 'chatId';
}

/** `POST <method>` with the input (`undefined` fields dropped), answered by `{ idMessage }`: sends and statuses. */
export function postIdMessage(
  client: GreenApiClientCore,
  method: string,
  input: object,
  options: GreenApiCallOptions | undefined,
): Promise<IdMessageResponse> {
  return client.call(method, {
    verb: 'POST',
    json: omitUndefined(input),
    schema: idMessageSchema,
    ...options,
  });
}
