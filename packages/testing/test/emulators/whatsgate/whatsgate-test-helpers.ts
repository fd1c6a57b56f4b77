import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WhatsgateEmulator, WhatsgateMessage } from '../../../src/emulators/whatsgate/index.js';

/** A decoded HTTP answer. */
export interface CallResult<Body = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: Body;
}

/** Options of {@link callWhatsgate}. */
export interface CallOptions {
  apiKey?: string | null;
  method?: string;
  contentType?: string | null;
  rawBody?: string;
}

/**
 * POSTs a command the way a real client does (`X-Api-Key` + JSON) and decodes the JSON answer.
 *
 * @example
 * const { status, body } = await callWhatsgate(emulator, 'check', { WhatsappID: id, number: '79991112233' });
 */
export async function callWhatsgate<Body = Record<string, unknown>>(
  emulator: WhatsgateEmulator,
  command: string,
  payload: unknown = {},
  options: CallOptions = {},
): Promise<CallResult<Body>> {
  const headers: Record<string, string> = {};
  const apiKey = options.apiKey === undefined ? emulator.apiKey : options.apiKey;
  if (apiKey !== null) headers['X-Api-Key'] = apiKey;
  const contentType = options.contentType === undefined ? 'application/json' : options.contentType;
  if (contentType !== null) headers['Content-Type'] = contentType;
  const method = options.method ?? 'POST';
  const response = await fetch(`${emulator.apiUrl}/${command}`, {
    method,
    headers,
    ...(method === 'GET' || method === 'HEAD' ? {} : { body: options.rawBody ?? JSON.stringify(payload) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text === '' ? {} : JSON.parse(text)) as Body,
  };
}

/**
 * Calls a control route over HTTP.
 *
 * @example
 * await callControl(emulator, 'POST', `/sessions/${id}/scan`, { pushname: 'Vasya' });
 */
export async function callControl<Body = unknown>(
  emulator: WhatsgateEmulator,
  method: string,
  path: string,
  payload?: unknown,
): Promise<CallResult<Body>> {
  const response = await fetch(`${emulator.url}/__control${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Body };
}

/** A recorded webhook request. */
export interface ReceivedWebhook {
  headers: IncomingMessage['headers'];
  body: {
    id: number;
    event_action: string;
    whatsapp_id: string;
    event_data: Record<string, unknown>;
  } & Record<string, unknown>;
}

/** A local webhook receiver. */
export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** How to answer an event (default: the proper `{"result":"OK","id":…}` acknowledgement). */
  answer: (body: ReceivedWebhook['body']) => { status: number; text: string };
  /** Resolves once `count` webhooks have arrived. */
  waitFor(count: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts a webhook receiver on 127.0.0.1 that acknowledges like a correct Whatsgate handler.
 *
 * @example
 * const receiver = await startWebhookReceiver();
 */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const receiver: WebhookReceiver = {
    url: '',
    received: [],
    answer: (body) => ({ status: 200, text: JSON.stringify({ result: 'OK', id: body.id }) }),
    waitFor(count) {
      if (receiver.received.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ReceivedWebhook['body'];
      receiver.received.push({ headers: request.headers, body });
      const { status, text } = receiver.answer(body);
      response.writeHead(status, { 'content-type': 'application/json' }).end(text);
      for (const waiter of waiters.filter((candidate) => receiver.received.length >= candidate.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  const close = receiver.close;
  receiver.close = () => {
    server.closeAllConnections();
    return close();
  };
  return receiver;
}

/**
 * Polls `check` until it returns something defined (for state changed by emulator timers).
 *
 * @example
 * await eventually(() => emulator.control.events({ action: 'sent' })[0]);
 */
export async function eventually<Value>(
  check: () => Value | undefined,
  timeoutMilliseconds = 30_000,
): Promise<Value> {
  // A deadline for a hang, far above a loaded machine's need; `performance` keeps running when a test fakes `Date`.
  const deadline = performance.now() + timeoutMilliseconds;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Fast timings for tests. */
export const fastTimings = {
  initializationMilliseconds: 5,
  destroyMilliseconds: 20,
  asyncSendDelayMilliseconds: 5,
  ackDelayMilliseconds: 5,
  webhookRetryDelayMilliseconds: 5,
  seed: 7,
} as const;

/**
 * The message carried by a message-like event.
 *
 * @example
 * eventMessage(emulator.control.events({ action: 'sent' })[0]).ack;
 */
export function eventMessage(event: { event_data: Record<string, unknown> } | undefined): WhatsgateMessage {
  const message = event?.event_data.message;
  if (typeof message !== 'object' || message === null) throw new Error('event without a message');
  return message as WhatsgateMessage;
}
