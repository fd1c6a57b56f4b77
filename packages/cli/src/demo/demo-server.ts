import type { Messenger } from '@switchboard/core';
import { serveWebHandler, type WebHandlerServer } from '../webhook/serve-web-handler.js';
import type { WebhookInbox } from './demo-context.js';
import { demoFile } from './demo-file.js';

/**
 * The demo's one local HTTP server: it serves the demo file and receives every account's webhooks
 * (`POST /webhooks/<n>`), passing each request to that account's `inbox.parseWebhook`.
 *
 * @example
 * ```ts
 * const server = await startDemoServer();
 * const inbox = server.addWebhookInbox(messenger);
 * await messenger.session.updateSettings({ webhookUrl: inbox.url });
 * ```
 */
export interface DemoServer {
  /** The URL of the demo file. */
  fileUrl: string;
  /** Routes a new webhook path to a messenger and returns what it hears. */
  addWebhookInbox(messenger: Messenger): WebhookInbox;
  close(): Promise<void>;
}

const notFound = () => new Response('Not found', { status: 404 });

/**
 * Starts the {@link DemoServer} on 127.0.0.1 and a free port.
 *
 * @example
 * ```ts
 * const server = await startDemoServer();
 * await server.close();
 * ```
 */
export async function startDemoServer(): Promise<DemoServer> {
  const routes = new Map<string, { messenger: Messenger; inbox: WebhookInbox }>();
  const filePath = `/files/${demoFile.fileName}`;
  const server: WebHandlerServer = await serveWebHandler(async (request) => {
    const { pathname } = new URL(request.url);
    if (request.method === 'GET' && pathname === filePath) {
      return new Response(demoFile.data, { headers: { 'content-type': demoFile.mimeType } });
    }
    const route = routes.get(pathname);
    if (route === undefined || request.method !== 'POST') return notFound();
    try {
      const parsed = await route.messenger.inbox.parseWebhook(request);
      route.inbox.events.push(...parsed.events);
      return parsed.respond();
    } catch (error) {
      route.inbox.errors.push(error);
      return new Response('Rejected', { status: 400 });
    }
  });
  return {
    fileUrl: `${server.url}${filePath}`,
    addWebhookInbox(messenger) {
      const path = `/webhooks/${routes.size + 1}`;
      const inbox: WebhookInbox = { url: `${server.url}${path}`, events: [], errors: [] };
      routes.set(path, { messenger, inbox });
      return inbox;
    },
    close: () => server.close(),
  };
}
