import { invalidFieldError, missingFieldError } from './whatsgate-error.js';
import { isFieldRecord, type WhatsgateFields } from './whatsgate-fields.js';

const chatIdPattern = /^[0-9-]+@(c\.us|g\.us)$/;
const numberPattern = /^[0-9]+$/;

/** Whether a string is a WhatsApp chat JID (`…@c.us` or `…@g.us`). */
export function isChatId(value: string): boolean {
  return chatIdPattern.test(value);
}

/** Whether a chat JID is a group. */
export function isGroupChatId(chatId: string): boolean {
  return chatId.endsWith('@g.us');
}

/** The digits before the `@` of a JID. */
export function chatIdNumber(chatId: string): string {
  const at = chatId.indexOf('@');
  return at === -1 ? chatId : chatId.slice(0, at);
}

/** A JID from a JID or a bare number (a `+` and spaces are tolerated in control input). */
export function toChatId(value: string, isGroup = false): string {
  if (value.includes('@')) return value;
  const digits = value.replace(/[^0-9-]/g, '');
  return `${digits}@${isGroup ? 'g.us' : 'c.us'}`;
}

/** The chat JID of a `recipient` object (§2.2): `{id}` or `{number, type: contact|group}`. */
export function readRecipientChatId(fields: WhatsgateFields): string {
  const recipient = fields.recipient;
  if (!isFieldRecord(recipient)) throw missingFieldError('recipient');
  const id = recipient.id;
  if (typeof id === 'string' && id !== '') {
    if (!isChatId(id)) throw invalidFieldError('recipient.id', 'must end with @c.us or @g.us');
    return id;
  }
  const number = typeof recipient.number === 'number' ? String(recipient.number) : recipient.number;
  if (typeof number !== 'string' || number === '')
    throw missingFieldError('recipient.id or recipient.number');
  if (!numberPattern.test(number)) throw invalidFieldError('recipient.number', 'must contain digits only');
  const type = recipient.type ?? 'contact';
  if (type !== 'contact' && type !== 'group') {
    throw invalidFieldError('recipient.type', 'must be contact or group');
  }
  return toChatId(number, type === 'group');
}
