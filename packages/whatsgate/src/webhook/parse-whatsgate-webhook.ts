import { MessengerError, type MessengerEvent, type ParsedWebhook } from '@switchboard/core';
import { webhookBodyItems } from '@switchboard/core/adapter';
import { mapWhatsgateEvent } from '../mappers/map-whatsgate-event.js';
import type { WhatsgateEventContext } from '../mappers/whatsgate-event-context.js';
import { whatsgateProvider } from '../whatsgate-provider.js';
import { createWhatsgateWebhookResponse } from './whatsgate-webhook-response.js';

function readEventId(payload: unknown): number | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const id = (payload as Record<string, unknown>).id;
  if (typeof id === 'number' && Number.isInteger(id)) return id;
  return typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : undefined;
}

/**
 * Parses a Whatsgate webhook body (the JSON text or the already parsed value) into core events and
 * the answer Whatsgate requires, `{"result":"OK","id":<event id>}` (otherwise it redelivers 3 times,
 * 20 s apart). Parsing is total: unreadable events become `unknown`; only a body that is not JSON
 * rejects, with `invalid-request`, as does an array of more than `maximumEvents` (default 100) events.
 * With `instanceId` set, every event carries it (in `instanceId` and its id), whatever session the
 * body's `whatsapp_id` names: an event belongs to the messenger that received it. It does not verify
 * the secret: see `verifyWhatsgateWebhook`.
 *
 * @example
 * ```ts
 * const { events, respond } = parseWhatsgateWebhook(await request.text(), { instanceId: '191b80a9238' });
 * return respond(); // {"result":"OK","id":18}
 * ```
 */
export function parseWhatsgateWebhook(
  body: unknown,
  context: WhatsgateEventContext & { maximumEvents?: number | undefined } = {},
): ParsedWebhook {
  let payload: unknown = body;
  if (typeof body === 'string') {
    try {
      payload = JSON.parse(body);
    } catch {
      // No cause: V8's SyntaxError quotes the text around the error, which may hold anything.
      throw new MessengerError('Whatsgate webhook body is not JSON', {
        code: 'invalid-request',
        provider: whatsgateProvider,
      });
    }
  }
  const payloads = webhookBodyItems(payload, {
    provider: 'whatsgate',
    label: 'Whatsgate',
    maximumEvents: context.maximumEvents,
  });
  const events: MessengerEvent[] = payloads.map((item) => mapWhatsgateEvent(item, context));
  const eventId = readEventId(payloads[0]);
  return { events, respond: () => createWhatsgateWebhookResponse(eventId) };
}
