import { MessengerError } from '../../src/errors/messenger-error.js';
import type { MessengerEvent } from '../../src/events/messenger-event.js';
import { defineMessenger } from '../../src/messenger/define-messenger.js';
import type { ParsedWebhook } from '../../src/messenger/inbox-operations.js';
import type { Messenger } from '../../src/messenger/messenger.js';
import { constantTimeEqual } from '../../src/security/constant-time-equal.js';
import { FakeProviderQueue } from './fake-provider-queue.js';

export const webhookSecret = 'fake-webhook-secret';

/** A `message-received` event with a stable id. */
export function textEvent(id: string, text = `text ${id}`, instanceId = 'instance-1'): MessengerEvent {
  return {
    type: 'message-received',
    id,
    provider: 'fake',
    network: 'whatsapp',
    instanceId,
    timestamp: 1_700_000_000_000,
    chat: { id: '79001234567@c.us', type: 'private' },
    raw: { id, text },
    message: { id, sender: { id: '79001234567@c.us' }, content: { type: 'text', text } },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The fake provider's webhook parser: a bearer secret compared in constant time (fails closed), a JSON body
 * `{"events":[{"id":"…","text":"…"}]}`; entries it does not recognise become `unknown` events. Answers
 * like Whatsgate: `{"result":"OK","id":…}`.
 */
export async function parseFakeWebhook(request: Request, instanceId: string): Promise<ParsedWebhook> {
  const authorization = request.headers.get('authorization') ?? '';
  if (!constantTimeEqual(authorization, `Bearer ${webhookSecret}`)) {
    throw new MessengerError('Webhook token does not match', { code: 'auth', provider: 'fake', status: 401 });
  }
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    throw new MessengerError('The webhook body is not JSON', { code: 'invalid-request', provider: 'fake' });
  }
  if (!isRecord(body) || !Array.isArray(body.events)) {
    throw new MessengerError('The webhook body must be {"events": [...]}', {
      code: 'invalid-request',
      provider: 'fake',
    });
  }
  const events = body.events.map((entry: unknown): MessengerEvent => {
    if (isRecord(entry) && typeof entry.id === 'string' && typeof entry.text === 'string') {
      return textEvent(entry.id, entry.text, instanceId);
    }
    return { ...textEvent('', '', instanceId), type: 'unknown', reason: 'unrecognised entry', raw: entry };
  });
  const firstId = events[0]?.id ?? '';
  return { events, respond: () => Response.json({ result: 'OK', id: firstId }) };
}

/** A messenger of the fake provider built with `defineMessenger`, polling `queue`. */
export function createFakeMessenger(
  instanceId = 'instance-1',
  queue = new FakeProviderQueue(),
): Messenger<FakeProviderQueue> {
  return defineMessenger({
    provider: 'fake',
    network: 'whatsapp',
    instanceId,
    raw: queue,
    capabilities: { inbox: { receive: true, ack: true, parseWebhook: true } },
    inbox: {
      receive: (options) => queue.receive(options),
      ack: (item) => queue.ack(item),
      parseWebhook: (request) => parseFakeWebhook(request, instanceId),
    },
  });
}

/**
 * Resolves once `condition()` is true, polling every few milliseconds (fails the test after `limit`: a deadline for
 * a hang, far above a loaded machine's need).
 */
export async function eventually(condition: () => boolean, limit = 60_000): Promise<void> {
  const deadline = Date.now() + limit;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
