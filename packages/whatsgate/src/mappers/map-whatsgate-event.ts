import { type EventBase, type MessengerEvent, whatsAppChatId } from '@switchboard/core';
import { createEventId, hashPayload, limitNesting, timestampFromSeconds } from '@switchboard/core/adapter';
import * as v from 'valibot';
import { type WhatsgateEvent, whatsgateEventSchema } from '../client/schemas/whatsgate-event-schema.js';
import { type WhatsgateMessage, whatsgateMessageSchema } from '../client/schemas/whatsgate-message-schema.js';
import { mapMessageStatus } from './map-message-status.js';
import { mapReceivedMessage } from './map-received-message.js';
import { redactPayload } from './redact-payload.js';
import { parseWhatsgateDate } from './whatsgate-date.js';
import { eventOffset, type WhatsgateEventContext } from './whatsgate-event-context.js';

const provider = 'whatsgate';
const network = 'whatsapp';
const noChat = { id: '', type: 'unknown' } as const;

function unknownEvent(base: EventBase, providerType: string | undefined, reason: string): MessengerEvent {
  return { ...base, type: 'unknown', ...(providerType === undefined ? {} : { providerType }), reason };
}

function eventData(event: WhatsgateEvent): Record<string, unknown> {
  const data = event.event_data;
  return typeof data === 'object' && data !== null && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : {};
}

function readMessage(event: WhatsgateEvent): WhatsgateMessage | undefined {
  const result = v.safeParse(whatsgateMessageSchema, eventData(event).message);
  return result.success ? result.output : undefined;
}

function stringField(data: Record<string, unknown>, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = data[name];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

function messageEvent(base: EventBase, event: WhatsgateEvent, message: WhatsgateMessage): MessengerEvent {
  const mapped = mapReceivedMessage(message);
  const timestamp = timestampFromSeconds(message.timestamp) ?? base.timestamp;
  const common = { ...base, chat: mapped.chat, timestamp };
  if (event.event_action === 'message' && message.type === 'revoked') {
    return {
      ...common,
      type: 'message-deleted',
      messageId: mapped.message.id,
      sender: mapped.message.sender,
    };
  }
  if (event.event_action === 'message' && !mapped.fromMe) {
    return { ...common, type: 'message-received', message: mapped.message };
  }
  const source = event.event_action === 'sent' ? 'api' : 'device';
  return { ...common, type: 'message-sent', message: mapped.message, source };
}

function statusEvent(base: EventBase, message: WhatsgateMessage): MessengerEvent {
  const status = mapMessageStatus(message.ack);
  const { chat } = mapReceivedMessage(message);
  if (status === undefined) return unknownEvent({ ...base, chat }, 'ack', `unknown ack value ${message.ack}`);
  return { ...base, chat, type: 'message-status-updated', messageId: message.id, status };
}

function errorEvent(base: EventBase, event: WhatsgateEvent, context: WhatsgateEventContext): MessengerEvent {
  const redact = (text: string) => context.redactor?.redact(text) ?? text;
  const text = stringField(eventData(event), 'message', 'error', 'description', 'reason');
  const code =
    event.status_code === null || event.status_code === undefined ? undefined : String(event.status_code);
  const raw = context.redactor === undefined ? base.raw : redactPayload(base.raw, context.redactor);
  const message = readMessage(event);
  if (message !== undefined) {
    const description = `Whatsgate error${code === undefined ? '' : ` ${code}`}${text === undefined ? '' : `: ${text}`}`;
    return {
      ...base,
      raw,
      chat: mapReceivedMessage(message).chat,
      type: 'message-status-updated',
      messageId: message.id,
      status: 'failed',
      description: redact(description),
    };
  }
  return {
    ...base,
    raw,
    type: 'provider-error-reported',
    ...(code === undefined ? {} : { providerCode: redact(code) }),
    ...(text === undefined ? {} : { description: redact(text) }),
  };
}

function sessionEvent(base: EventBase, event: WhatsgateEvent): MessengerEvent {
  const data = eventData(event);
  if (event.event_action === 'ready') {
    const number = stringField(data, 'number');
    const chat = number === undefined ? noChat : ({ id: whatsAppChatId(number), type: 'private' } as const);
    return { ...base, chat, type: 'session-state-changed', state: 'authorized', providerState: 'READY' };
  }
  const reason = stringField(data, 'reason', 'message');
  const providerState = reason === undefined ? 'disconnect' : `disconnect: ${reason}`;
  return { ...base, type: 'session-state-changed', state: 'not-authorized', providerState };
}

function mapParsedEvent(
  base: EventBase,
  event: WhatsgateEvent,
  context: WhatsgateEventContext,
): MessengerEvent {
  const action = event.event_action;
  switch (action) {
    case 'message':
    case 'sent':
    case 'create':
    case 'ack': {
      const message = readMessage(event);
      if (message === undefined)
        return unknownEvent(base, action, `${action} event without a readable event_data.message`);
      return action === 'ack' ? statusEvent(base, message) : messageEvent(base, event, message);
    }
    case 'media': {
      const message = readMessage(event);
      const chat = message === undefined ? base.chat : mapReceivedMessage(message).chat;
      const reason =
        'media: the file of a message already delivered as message-received; fetch it with messages.downloadMedia';
      return unknownEvent({ ...base, chat }, action, reason);
    }
    case 'error':
      return errorEvent(base, event, context);
    case 'ready':
    case 'disconnect':
      return sessionEvent(base, event);
    default:
      return unknownEvent(base, action, `unknown event_action ${action}`);
  }
}

/**
 * Maps one Whatsgate event (a webhook body or an `events-get` item) to a core event. Total: a
 * payload it cannot read becomes an `unknown` event with `raw`, never a throw.
 *
 * - `message` → `message-received` (`message-deleted` for a revoked message); `sent` →
 *   `message-sent` with `source: 'api'`; `create` → `message-sent` with `source: 'device'`;
 * - `ack` → `message-status-updated` (-1 failed, 0 pending, 1 sent, 2 delivered, 3 read, 4 played);
 * - `ready` → `session-state-changed` `authorized`; `disconnect` → `not-authorized`;
 * - `error` → `message-status-updated` `failed` when it names a message, else
 *   `provider-error-reported` with `status_code` as `providerCode` and the error text as
 *   `description`, both (and `raw`) without the secrets of `context.redactor`;
 * - `media` (a duplicate notice of a media message) → `unknown`.
 *
 * The id is `whatsgate:<whatsapp_id>:<event id>`, the same on every redelivery.
 */
export function mapWhatsgateEvent(payload: unknown, context: WhatsgateEventContext = {}): MessengerEvent {
  const parsed = v.safeParse(whatsgateEventSchema, payload);
  if (!parsed.success) {
    const instanceId = context.instanceId ?? '';
    const base: EventBase = {
      id: createEventId([provider, instanceId, 'unparsed', hashPayload(payload)]),
      provider,
      network,
      instanceId,
      timestamp: Date.now(),
      chat: noChat,
      raw: limitNesting(payload),
    };
    const fields = parsed.issues.map((issue) => v.getDotPath(issue) ?? '(root)').join(', ');
    return unknownEvent(base, undefined, `not a readable Whatsgate event (unreadable: ${fields})`);
  }
  const event = parsed.output;
  // The messenger that received the event decides its instance; the body only fills in when none is set.
  const instanceId = context.instanceId || event.whatsapp_id || '';
  const base: EventBase = {
    id: createEventId([provider, instanceId, event.id]),
    provider,
    network,
    instanceId,
    timestamp: parseWhatsgateDate(event.event_date, eventOffset(context)) ?? Date.now(),
    chat: noChat,
    raw: limitNesting(payload),
  };
  return mapParsedEvent(base, event, context);
}
