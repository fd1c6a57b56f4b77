import { type Messenger, MessengerError, type MessengerEvent } from '@switchboard/core';
import {
  constantTimeEqual,
  createEventId,
  createHttpTransport,
  defineMessenger,
  Redactor,
} from '@switchboard/core/adapter';

/** What the example provider's notifications look like on the wire. */
interface ExampleNotification {
  id: number;
  body: { messageId: string; chatId: string; text: string; time: number };
}

/**
 * A complete third-party adapter in one file, as a third-party author would write it: it passes the
 * conformance suite against its own fake server (example-provider-server.ts).
 */
export function createExampleMessenger(options: {
  baseUrl: string;
  token: string;
  webhookSecret: string;
}): Messenger {
  const redactor = new Redactor([options.token, options.webhookSecret]);
  const transport = createHttpTransport({
    provider: 'example',
    baseUrl: options.baseUrl,
    headers: { authorization: `Bearer ${options.token}` },
    redactor,
    retry: false,
  });
  const toEvent = (body: ExampleNotification['body']): MessengerEvent => ({
    type: 'message-received',
    id: createEventId(['example', 'instance-1', body.messageId]),
    provider: 'example',
    network: 'whatsapp',
    instanceId: 'instance-1',
    timestamp: body.time * 1000,
    chat: { id: body.chatId, type: 'private' },
    message: { id: body.messageId, sender: { id: body.chatId }, content: { type: 'text', text: body.text } },
    raw: body,
  });
  return defineMessenger({
    provider: 'example',
    network: 'whatsapp',
    instanceId: 'instance-1',
    raw: transport,
    capabilities: {
      send: { text: true, location: true },
      inbox: { receive: true, ack: true, parseWebhook: true },
      session: { getState: true },
    },
    send: async (outgoing) => {
      const chatId = outgoing.recipient.chatId ?? `${outgoing.recipient.phone}@c.us`;
      const text = outgoing.message.type === 'text' ? outgoing.message.text : undefined;
      const answer = await transport.request<{ id: string }>({
        method: 'POST',
        path: 'send',
        json: { chatId, kind: outgoing.message.type, text },
      });
      return { status: 'accepted', messageId: answer.id, chatId, raw: answer };
    },
    session: {
      getState: async () => {
        const answer = await transport.request<{ state: string }>({ method: 'GET', path: 'state' });
        return answer.state === 'ready' ? 'authorized' : 'not-authorized';
      },
    },
    inbox: {
      receive: async () => {
        const item = await transport.request<ExampleNotification | null>({
          method: 'GET',
          path: 'notifications/next',
        });
        return item === null ? null : { receipt: String(item.id), event: toEvent(item.body) };
      },
      ack: async (item) => {
        await transport.request({ method: 'DELETE', path: `notifications/${item.receipt}` });
      },
      parseWebhook: async (request) => {
        const secret = request.headers.get('x-example-secret') ?? '';
        if (!constantTimeEqual(secret, options.webhookSecret)) {
          throw new MessengerError('example webhook secret does not match', {
            code: 'auth',
            provider: 'example',
          });
        }
        const body = (await request.json()) as ExampleNotification['body'];
        return { events: [toEvent(body)], respond: () => new Response(null, { status: 204 }) };
      },
    },
  });
}
