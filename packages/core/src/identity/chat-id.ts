const deviceSuffix = /:\d+(?=@)/;
const nonDigits = /\D/g;

/**
 * Removes a device suffix from a WhatsApp id (`79001234567:3@c.us` → `79001234567@c.us`); other ids
 * are returned unchanged. `@c.us` and `@lid` ids stay distinct: they are different identities.
 */
export function stripDeviceSuffix(chatId: string): string {
  return chatId.replace(deviceSuffix, '');
}

/** Keeps only the digits of a phone number (`+7 (900) 123-45-67` → `79001234567`). */
export function normalizePhone(phone: string | number): string {
  return String(phone).replace(nonDigits, '');
}

/** Builds a WhatsApp chat id from a phone number, or a group id from a group number. */
export function whatsAppChatId(phone: string | number, options: { isGroup?: boolean } = {}): string {
  return `${normalizePhone(phone)}${options.isGroup ? '@g.us' : '@c.us'}`;
}

/** Tells whether a chat id names a group: `…@g.us` on WhatsApp, a negative number on Telegram and MAX. */
export function isGroupChatId(chatId: string): boolean {
  return chatId.endsWith('@g.us') || /^-\d+$/.test(chatId);
}

/**
 * Reads the phone number out of a phone-based WhatsApp chat id; `undefined` for groups, `@lid` ids and
 * numeric Telegram/MAX ids.
 */
export function phoneFromChatId(chatId: string): string | undefined {
  const match = /^(\d+)(?::\d+)?@(?:c\.us|s\.whatsapp\.net)$/.exec(chatId);
  return match?.[1];
}
