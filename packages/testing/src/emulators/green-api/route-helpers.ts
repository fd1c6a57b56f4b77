import type { BodyFields } from './body-fields.js';
import { GreenApiHttpError } from './green-api-http-error.js';
import type { GreenApiInstance } from './green-api-instance.js';
import { networkRules } from './network-rules.js';

/** Reads a chat id field and checks the messenger's format. */
export function requireChatId(fields: BodyFields, instance: GreenApiInstance, name = 'chatId'): string {
  const chatId = fields.requiredString(name);
  if (!networkRules.isValidChatId(instance.typeInstance, chatId)) {
    throw GreenApiHttpError.validation(
      `'${name}' with value '${chatId}' fails to match the required pattern`,
    );
  }
  return chatId;
}

/** Reads the group id parameter: `groupId` on WhatsApp, `chatId` on Telegram/MAX. */
export function requireGroupId(fields: BodyFields, instance: GreenApiInstance): string {
  return requireChatId(fields, instance, networkRules.groupField(instance.typeInstance));
}

/** Reads an integer query parameter with a default. */
export function queryInteger(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw GreenApiHttpError.validation(`'${name}' must be a number`);
  return value;
}

/** `[]` or, on MAX where the live API answers an empty object for empty journals, `{}`. */
export function listOrEmptyObject(instance: GreenApiInstance, items: unknown[]): unknown {
  return items.length === 0 && instance.typeInstance === 'v3' ? {} : items;
}
