import type { ContactInfo } from '@switchboard/core';
import { omitUndefined } from '@switchboard/core/adapter';
import { asBoolean, asIdentifier, asNumber, asText } from './field-readers.js';

function millisecondsOf(seconds: number | undefined): number | undefined {
  return seconds === undefined || seconds <= 0 ? undefined : seconds * 1000;
}

/**
 * Maps a `getContactInfo` answer (GREEN-API or SDKWA) to the contract's {@link ContactInfo}: names,
 * phone (MAX `phoneNumber`, else the digits of a `@c.us` id), avatar, description, email, business
 * account (`isBusiness`, or a non-empty `category`), last seen (seconds or milliseconds, returned as
 * milliseconds), and the chat's flags: `isArchive` → `isArchived`, `isMute` → `isMuted`,
 * `isDisappearing` → `hasDisappearingMessages`, `messageExpiration` (seconds) →
 * `disappearingMessagesMilliseconds`. `muteExpiration` stays in `raw` (its unit is undocumented).
 */
export function mapContactInfo(answer: Record<string, unknown>, chatId: string): ContactInfo {
  const id = asText(answer.chatId) ?? chatId;
  const lastSeen = asNumber(answer.lastSeen);
  const fields = {
    name: asText(answer.name),
    contactName: asText(answer.contactName),
    phone: asIdentifier(answer.phoneNumber) ?? /^(\d+)@c\.us$/.exec(id)?.[1],
    avatarUrl: asText(answer.avatar),
    description: asText(answer.description),
    email: asText(answer.email),
    isBusiness: asBoolean(answer.isBusiness) ?? (asText(answer.category) === undefined ? undefined : true),
    lastSeen:
      lastSeen === undefined || lastSeen <= 0
        ? undefined
        : lastSeen < 100_000_000_000
          ? lastSeen * 1000
          : lastSeen,
    isArchived: asBoolean(answer.isArchive),
    isMuted: asBoolean(answer.isMute),
    hasDisappearingMessages: asBoolean(answer.isDisappearing),
    disappearingMessagesMilliseconds: millisecondsOf(asNumber(answer.messageExpiration)),
  };
  return { chatId: id, ...omitUndefined(fields), raw: answer };
}
