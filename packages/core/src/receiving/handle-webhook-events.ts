import type { MessengerEvent } from '../events/messenger-event.js';
import type { Messenger } from '../messenger/messenger.js';
import { recordReceivedEvent } from '../telemetry/record-received-event.js';
import { claimEvent, type EventClaim, type EventClaimOptions, localEventKey } from './claim-event.js';
import type { KeyedQueue } from './create-keyed-queue.js';
import type { IdempotencyStore } from './idempotency-store.js';
import { retryAfterHeader } from './retry-after-header.js';
import { webhookErrorResponse } from './webhook-error-response.js';
import type { WebhookErrorContext, WebhookHandlerOptions } from './webhook-handler-options.js';

/** What {@link handleWebhookEvents} needs besides the events. */
export interface WebhookEventsSettings {
  store: IdempotencyStore;
  onEvent: WebhookHandlerOptions['onEvent'];
  ttls: EventClaimOptions;
  retryAfterMilliseconds: number;
  /** Serialises copies of one event arriving at this process at the same time. */
  eventQueue: KeyedQueue;
  report: (error: unknown, context: WebhookErrorContext) => void;
}

/**
 * Handles one request's events in order, each deduplicated; the first that fails (or is in progress
 * elsewhere) has its claim released and answers 503. `undefined` when all succeeded.
 */
export async function handleWebhookEvents(
  events: readonly MessengerEvent[],
  messenger: Messenger,
  request: Request,
  settings: WebhookEventsSettings,
): Promise<Response | undefined> {
  for (const event of events) {
    const failure = await settings.eventQueue.run(localEventKey(event, messenger), () =>
      handleWebhookEvent(event, messenger, request, settings),
    );
    if (failure !== undefined) return failure;
  }
  return undefined;
}

async function handleWebhookEvent(
  event: MessengerEvent,
  messenger: Messenger,
  request: Request,
  settings: WebhookEventsSettings,
): Promise<Response | undefined> {
  const retryLater = (code: string, message: string) =>
    webhookErrorResponse(503, code, message, retryAfterHeader(settings.retryAfterMilliseconds));
  const reportStoreFailure = (error: unknown) => settings.report(error, { phase: 'store', messenger, event });
  recordReceivedEvent('received', 'webhook', event);
  let claim: EventClaim;
  try {
    claim = await claimEvent(settings.store, event, { ...settings.ttls, owner: messenger });
  } catch (error) {
    reportStoreFailure(error);
    return retryLater('store-unavailable', 'Deduplication is unavailable, retry later');
  }
  if (claim.status === 'done') {
    recordReceivedEvent('deduplicated', 'webhook', event);
    return undefined;
  }
  if (claim.status === 'in-progress') return retryLater('in-progress', 'This event is being processed');
  try {
    await settings.onEvent(event, { messenger, request });
  } catch (error) {
    settings.report(error, { phase: 'handler', messenger, event });
    await claim.release().catch(reportStoreFailure);
    return retryLater('handler-failed', 'The event handler failed, retry later');
  }
  recordReceivedEvent('handled', 'webhook', event);
  await claim.complete().catch(reportStoreFailure);
  return undefined;
}
