import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The state of the example provider: a tiny, honest fake of a messaging gateway. */
export interface ExampleProviderServer {
  url: string;
  token: string;
  webhookSecret: string;
  sent: Array<{ chatId: string; kind: string; text?: string }>;
  notifications: Array<{ id: number; body: Record<string, unknown> }>;
  authorized: boolean;
  faults: Array<{ status: number; retryAfterMilliseconds?: number | undefined }>;
  pushNotification(body: Record<string, unknown>): void;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function answer(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

/**
 * Starts the example provider: `POST /send`, `GET /state`, `GET /notifications/next?wait=ms`,
 * `DELETE /notifications/:id`, bearer-token auth, and injectable faults.
 */
export async function startExampleProviderServer(): Promise<ExampleProviderServer> {
  let nextNotificationId = 1;
  let nextMessageId = 1;
  const state: Omit<ExampleProviderServer, 'url' | 'close' | 'pushNotification'> = {
    token: 'example-token-0123456789abcdef',
    webhookSecret: 'example-webhook-secret-42',
    sent: [],
    notifications: [],
    authorized: false,
    faults: [],
  };
  const server = createServer(async (request, response) => {
    const fault = state.faults.shift();
    if (fault) {
      const headers: Record<string, string> = fault.retryAfterMilliseconds
        ? { 'retry-after': String(Math.ceil(fault.retryAfterMilliseconds / 1000)) }
        : {};
      return answer(
        response,
        fault.status,
        { error: `fault ${fault.status} for token ${state.token}` },
        headers,
      );
    }
    if (request.headers.authorization !== `Bearer ${state.token}`)
      return answer(response, 401, { error: 'bad token' });
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(request);
    if (request.method === 'GET' && url.pathname === '/state') {
      return answer(response, 200, { state: state.authorized ? 'ready' : 'login' });
    }
    if (request.method === 'POST' && url.pathname === '/send') {
      if (!state.authorized) return answer(response, 409, { error: 'not logged in' });
      const payload = JSON.parse(body) as { chatId: string; kind: string; text?: string };
      state.sent.push(payload);
      return answer(response, 200, { id: `M${nextMessageId++}` });
    }
    if (request.method === 'GET' && url.pathname === '/notifications/next') {
      const head = state.notifications[0];
      return answer(response, 200, head ?? null);
    }
    const deletion = /^\/notifications\/(\d+)$/.exec(url.pathname);
    if (request.method === 'DELETE' && deletion) {
      const index = state.notifications.findIndex((item) => item.id === Number(deletion[1]));
      if (index >= 0) state.notifications.splice(index, 1);
      return answer(response, 200, { deleted: index >= 0 });
    }
    return answer(response, 404, { error: 'no such route' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    pushNotification(body: Record<string, unknown>) {
      state.notifications.push({ id: nextNotificationId++, body });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
