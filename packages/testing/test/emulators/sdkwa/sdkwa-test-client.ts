import { request as httpRequest } from 'node:http';
import type { SdkwaEmulator, SdkwaInstanceCredentials } from '../../../src/emulators/sdkwa/index.js';
import { parseJsonOrUndefined } from '../../support/json-text.js';

/** A decoded HTTP answer. */
export interface TestAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** The JSON body, or `undefined` when the body is not JSON. */
  json: unknown;
}

async function decode(response: Response): Promise<TestAnswer> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: parseJsonOrUndefined(text) };
}

/**
 * A fetch wrapper: `body` objects are sent as JSON, `FormData`/`Uint8Array` as is.
 *
 * @example
 * const answer = await send(`${url}/x`, 'POST', { a: 1 });
 */
export async function send(
  url: string,
  method: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<TestAnswer> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body instanceof FormData) init.body = body;
  else if (body instanceof Uint8Array) init.body = new Uint8Array(body);
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  return decode(await fetch(url, init));
}

/**
 * A raw node:http request (for GET-with-body, which fetch refuses).
 *
 * @example
 * await rawRequest(url, 'GET', '{"chatId":"1@c.us"}', { authorization: 'Bearer x' });
 */
export function rawRequest(
  url: string,
  method: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      {
        method,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode ?? 0, json: text === '' ? undefined : JSON.parse(text) });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * An instance-API client over the current scheme with the Bearer header.
 *
 * @example
 * const api = instanceApi(emulator);
 * const state = await api.get('getStateInstance');
 */
export function instanceApi(
  emulator: SdkwaEmulator,
  instance: SdkwaInstanceCredentials = emulator.instances[0]!,
) {
  const base = `${emulator.url}/${instance.network}/${instance.idInstance}`;
  const auth = { authorization: `Bearer ${instance.apiTokenInstance}` };
  return {
    instance,
    base,
    auth,
    get: (path: string) => send(`${base}/${path}`, 'GET', undefined, auth),
    post: (path: string, body?: unknown) => send(`${base}/${path}`, 'POST', body, auth),
    delete: (path: string) => send(`${base}/${path}`, 'DELETE', undefined, auth),
    /** Receives and deletes everything queued until the queue stays empty for one long-poll. */
    async drain(): Promise<number> {
      let drained = 0;
      for (;;) {
        const answer = await send(`${base}/receiveNotification`, 'GET', undefined, auth);
        const entry = answer.json as { receiptId: number } | null;
        if (entry === null) return drained;
        await send(`${base}/deleteNotification/${entry.receiptId}`, 'DELETE', undefined, auth);
        drained += 1;
      }
    },
    /** Receives and deletes notifications until one of `typeWebhook` arrives (others are skipped). */
    async next(typeWebhook: string, attempts = 20): Promise<Record<string, unknown>> {
      for (let attempt = 0; attempt < attempts; attempt += 1) {
        const answer = await send(`${base}/receiveNotification`, 'GET', undefined, auth);
        const entry = answer.json as { receiptId: number; body: Record<string, unknown> } | null;
        if (entry === null) continue;
        await send(`${base}/deleteNotification/${entry.receiptId}`, 'DELETE', undefined, auth);
        if (entry.body.typeWebhook === typeWebhook) return entry.body;
      }
      throw new Error(`No ${typeWebhook} notification arrived`);
    },
  };
}

/**
 * Options that make an emulator fast for tests.
 *
 * @example
 * await startSdkwaEmulator({ ...fastOptions });
 */
export const fastOptions = {
  sendDelayMilliseconds: 0,
  timings: {
    receiveTimeoutMilliseconds: 50,
    rebootMilliseconds: 20,
    deliveryDelayMilliseconds: 5,
    webhookRetryDelayMilliseconds: 10,
  },
  seed: 7,
} as const;
