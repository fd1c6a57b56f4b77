import { MessengerError } from '../errors/messenger-error.js';
import type { Messenger } from '../messenger/messenger.js';
import type { WebhookHandlerOptions } from './webhook-handler-options.js';

/** Finds the messenger a webhook request is for; `undefined` when none matches. */
export type WebhookRouter = (request: Request) => Promise<Messenger | undefined>;

/**
 * Routes a request by the custom `route`, the `instance` parameter, the last path segment, then a lone
 * messenger; throws `invalid-request` when two messengers share an `instanceId`.
 */
export function createWebhookRouter(
  options: Pick<WebhookHandlerOptions, 'messengers' | 'route'>,
): WebhookRouter {
  const byKey = keyMessengers(options.messengers);
  const onlyMessenger = byKey.size === 1 ? [...byKey.values()][0] : undefined;
  return async (request) => {
    const routed = await options.route?.(request);
    if (routed !== undefined) return routed;
    const url = new URL(request.url);
    const instance = url.searchParams.get('instance');
    if (instance !== null) return byKey.get(instance);
    const segments = url.pathname.split('/').filter((segment) => segment !== '');
    const last = segments.at(-1);
    const named = last === undefined ? undefined : byKey.get(safeDecode(last));
    return named ?? onlyMessenger;
  };
}

function keyMessengers(messengers: WebhookHandlerOptions['messengers']): Map<string, Messenger> {
  if (messengers === undefined) return new Map();
  if (!Array.isArray(messengers)) return new Map(Object.entries(messengers as Record<string, Messenger>));
  const byKey = new Map<string, Messenger>();
  for (const messenger of messengers as readonly Messenger[]) {
    if (byKey.has(messenger.instanceId)) {
      throw new MessengerError(
        `Two messengers have instanceId ${messenger.instanceId}; pass messengers as a record with distinct keys`,
        { code: 'invalid-request' },
      );
    }
    byKey.set(messenger.instanceId, messenger);
  }
  return byKey;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
