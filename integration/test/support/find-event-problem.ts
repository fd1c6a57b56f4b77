import type { MessengerEvent } from '@switchboard/core';

const eventTypes = new Set<MessengerEvent['type']>([
  'message-received',
  'message-sent',
  'message-status-updated',
  'message-edited',
  'message-deleted',
  'reaction-received',
  'call-received',
  'session-state-changed',
  'session-connection-changed',
  'quota-exceeded',
  'provider-error-reported',
  'unknown',
]);
const chatTypes = new Set(['private', 'group', 'channel', 'unknown']);
const contentTypes = new Set(['text', 'media', 'location', 'contact', 'poll', 'group-invite', 'unknown']);

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkSender(sender: unknown, where: string): string | undefined {
  if (!isRecord(sender) || typeof sender.id !== 'string') return `${where}.id is not a string`;
  return undefined;
}

function checkContent(content: unknown, where: string): string | undefined {
  if (!isRecord(content) || !contentTypes.has(String(content.type)))
    return `${where}.type is not a content type`;
  if (content.type === 'text' && typeof content.text !== 'string') return `${where}.text is not a string`;
  if (content.type === 'media' && !isRecord(content.file)) return `${where}.file is not an object`;
  return undefined;
}

function checkMessage(message: unknown): string | undefined {
  if (!isRecord(message) || typeof message.id !== 'string') return 'message.id is not a string';
  return checkSender(message.sender, 'message.sender') ?? checkContent(message.content, 'message.content');
}

function checkTypeFields(event: Fields): string | undefined {
  switch (event.type) {
    case 'message-received':
    case 'message-sent':
      return checkMessage(event.message);
    case 'message-status-updated':
      return typeof event.messageId === 'string' && typeof event.status === 'string'
        ? undefined
        : 'messageId or status is not a string';
    case 'message-edited':
      return checkSender(event.sender, 'sender') ?? checkContent(event.content, 'content');
    case 'message-deleted':
    case 'reaction-received':
      return checkSender(event.sender, 'sender');
    case 'session-state-changed':
      return typeof event.state === 'string' ? undefined : 'state is not a string';
    case 'session-connection-changed':
      return event.connection === 'online' || event.connection === 'offline'
        ? undefined
        : 'connection is not online or offline';
    case 'unknown':
      return typeof event.reason === 'string' ? undefined : 'reason is not a string';
    default:
      return undefined;
  }
}

/**
 * Checks that a parser's output is a well-formed core event (the common fields, the discriminant and the
 * fields its type needs); returns what is wrong, or `undefined`.
 *
 * @example
 * ```ts
 * for (const event of events) expect(findEventProblem(event, 'green-api')).toBeUndefined();
 * ```
 */
export function findEventProblem(event: unknown, provider: string): string | undefined {
  if (!isRecord(event)) return 'not an object';
  if (!eventTypes.has(event.type as MessengerEvent['type'])) return `unknown type ${String(event.type)}`;
  if (typeof event.id !== 'string') return 'id is not a string';
  if (event.provider !== provider) return `provider is ${String(event.provider)}`;
  if (typeof event.network !== 'string' || event.network === '') return 'network is empty';
  if (typeof event.instanceId !== 'string') return 'instanceId is not a string';
  // Unix milliseconds a Date can hold: anything else breaks `new Date(event.timestamp).toISOString()`.
  if (typeof event.timestamp !== 'number' || Number.isNaN(new Date(event.timestamp).getTime())) {
    return 'timestamp is not a valid date';
  }
  if (!isRecord(event.chat) || typeof event.chat.id !== 'string' || !chatTypes.has(String(event.chat.type))) {
    return 'chat is malformed';
  }
  if (!('raw' in event)) return 'raw is missing';
  return checkTypeFields(event);
}
