import type { MessageContent, MessengerEvent } from '@switchboard/core';
import { foldLines } from '../output/fold-lines.js';

/**
 * A one-line summary of a message's content (`Hello`, `[image photo.jpg] caption`, `[poll Lunch?]`).
 *
 * @example
 * ```ts
 * describeContent({ type: 'text', text: 'Hello' }); // 'Hello'
 * ```
 */
export function describeContent(content: MessageContent): string {
  switch (content.type) {
    case 'text':
      return content.text;
    case 'media': {
      const file = content.file.fileName ?? content.file.mimeType ?? 'file';
      return `[${content.mediaType} ${file}]${content.caption ? ` ${content.caption}` : ''}`;
    }
    case 'location':
      return `[location ${content.location.latitude},${content.location.longitude}${content.location.name ? ` ${content.location.name}` : ''}]`;
    case 'contact':
      return `[contact ${content.contacts.map((card) => card.displayName ?? card.phone ?? '?').join(', ')}]`;
    case 'poll':
      return `[poll ${content.question}]`;
    case 'group-invite':
      return `[group invite ${content.groupName ?? content.groupId}]`;
    default:
      return `[${content.providerType ?? 'unknown'}]${content.text ? ` ${content.text}` : ''}`;
  }
}

function describeEvent(event: MessengerEvent): string {
  switch (event.type) {
    case 'message-received':
    case 'message-sent': {
      const sender = event.message.sender.name ?? event.message.sender.id;
      return `${sender}: ${describeContent(event.message.content)}`;
    }
    case 'message-status-updated':
      return `${event.messageId} ${event.status}${event.description ? ` (${event.description})` : ''}`;
    case 'message-edited':
      return `${event.messageId}: ${describeContent(event.content)}`;
    case 'message-deleted':
      return event.messageId;
    case 'reaction-received':
      return `${event.reaction} on ${event.messageId}`;
    case 'call-received':
      return `from ${event.from} ${event.status}`;
    case 'session-state-changed':
      return event.state;
    case 'session-connection-changed':
      return event.connection;
    case 'quota-exceeded':
      return event.description ?? event.method ?? '';
    case 'provider-error-reported':
      return [event.providerCode, event.description].filter((part) => part !== undefined).join(' ');
    default:
      return `${event.providerType ?? 'unknown'}: ${event.reason}`;
  }
}

/**
 * One line for an event in `switchboard listen`: time, type, chat and a summary
 * (`12:00:03 message-received 79001234567@c.us Jane: Hello`).
 *
 * @example
 * ```ts
 * terminal.print(formatEvent(event));
 * ```
 */
export function formatEvent(event: MessengerEvent): string {
  const time = new Date(event.timestamp).toISOString().slice(11, 19);
  return foldLines(`${time} ${event.type} ${event.chat.id} ${describeEvent(event)}`).trimEnd();
}
