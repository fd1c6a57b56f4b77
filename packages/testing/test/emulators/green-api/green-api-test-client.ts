import {
  type GreenApiEmulatorInstance,
  type GreenApiEmulatorOptions,
  greenApiAllWebhooksOn,
} from '../../../src/emulators/green-api/index.js';
import { parseJsonOrUndefined } from '../../support/json-text.js';

/** Fast timings for tests: 1 "second" of receiveTimeout lasts 2 ms, no send delay, quick statuses and retries. */
export const fastTimings: GreenApiEmulatorOptions['timings'] = {
  receiveTimeoutSecondMilliseconds: 2,
  sendDelayScale: 0,
  deliveredAfterMilliseconds: 2,
  readAfterMilliseconds: 2,
  webhookRetryDelayMilliseconds: 5,
  webhookAttempts: 3,
  webhookTimeoutMilliseconds: 2000,
  clearWebhooksQueueIntervalMilliseconds: 60_000,
};

/** The WhatsApp chat the GREEN-API tests talk to. */
export const jane = '79001234567@c.us';

/** Emulator options for tests of an authorized account with every notification switched on. */
export const authorizedAllWebhooksOptions: GreenApiEmulatorOptions = {
  state: 'authorized',
  settings: greenApiAllWebhooksOn,
  timings: fastTimings,
};

export interface CallOptions {
  verb?: string;
  body?: unknown;
  query?: Record<string, string>;
  receiptId?: string | number;
  base?: string;
  token?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  text: string;
  json: unknown;
  headers: Headers;
}

/** Calls `{apiUrl}/waInstance{id}/{method}/{token}` with plain fetch. */
export async function call(
  instance: GreenApiEmulatorInstance,
  method: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const base = options.base ?? instance.apiUrl;
  const suffix = options.receiptId === undefined ? '' : `/${options.receiptId}`;
  const query = options.query === undefined ? '' : `?${new URLSearchParams(options.query).toString()}`;
  const url = `${base}/waInstance${instance.idInstance}/${method}/${options.token ?? instance.apiTokenInstance}${suffix}${query}`;
  const isRaw = options.body instanceof FormData || options.body instanceof Uint8Array;
  const response = await fetch(url, {
    method: options.verb ?? (options.body === undefined ? 'GET' : 'POST'),
    headers:
      isRaw || options.body === undefined
        ? options.headers
        : { 'content-type': 'application/json', ...options.headers },
    body:
      options.body === undefined
        ? undefined
        : isRaw
          ? (options.body as FormData | Uint8Array<ArrayBuffer>)
          : typeof options.body === 'string'
            ? options.body
            : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, text, json: parseJsonOrUndefined(text), headers: response.headers };
}

/** Polls receiveNotification + deleteNotification until empty; returns the bodies. */
export async function drain(instance: GreenApiEmulatorInstance): Promise<Array<Record<string, unknown>>> {
  const bodies: Array<Record<string, unknown>> = [];
  for (;;) {
    const received = await call(instance, 'receiveNotification', { query: { receiveTimeout: '5' } });
    if (received.json === null) return bodies;
    const envelope = received.json as { receiptId: number; body: Record<string, unknown> };
    bodies.push(envelope.body);
    await call(instance, 'deleteNotification', { verb: 'DELETE', receiptId: envelope.receiptId });
  }
}

/** Recursive "shape" of a JSON value: objects keep their keys, leaves become their type. */
export function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? [] : [shapeOf(value[0])];
  if (value === null) return 'null';
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([left], [right]) => left.localeCompare(right))
        .map(([key, item]) => [key, shapeOf(item)]),
    );
  }
  return typeof value;
}

/**
 * Waits until `check` returns a value other than undefined/false (polling every 2 ms, up to 30 s: a deadline for a
 * hang, far above a loaded machine's need).
 */
export async function eventually<Value>(
  check: () => Value | undefined | false | Promise<Value | undefined | false>,
): Promise<Value> {
  const deadline = performance.now() + 30_000;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (performance.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
