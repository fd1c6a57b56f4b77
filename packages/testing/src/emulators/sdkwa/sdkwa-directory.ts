/** Digits of a phone number or of a `…@c.us` chat id. */
export function phoneDigits(value: string | number): string {
  return String(value).split('@')[0]?.replace(/\D/g, '') ?? '';
}

/**
 * The "outside world" the emulated instances talk to: which numbers have WhatsApp and the display names of chats.
 * Every number has WhatsApp unless the control API says otherwise.
 */
export class SdkwaDirectory {
  readonly #missing = new Set<string>();
  readonly #names = new Map<string, string>();
  readonly #avatars = new Map<string, string>();

  /** Marks a number as having (or not having) a WhatsApp account. */
  setExists(phoneOrChatId: string | number, exists: boolean): void {
    const digits = phoneDigits(phoneOrChatId);
    if (exists) this.#missing.delete(digits);
    else this.#missing.add(digits);
  }

  /** Whether a number (or a `@c.us` chat id) has WhatsApp; group ids always "exist". */
  exists(phoneOrChatId: string | number): boolean {
    if (String(phoneOrChatId).endsWith('@g.us')) return true;
    return !this.#missing.has(phoneDigits(phoneOrChatId));
  }

  /** Sets the display name of a chat. */
  setName(chatId: string, name: string): void {
    this.#names.set(chatId, name);
  }

  /** The display name of a chat (its number when unknown). */
  nameOf(chatId: string): string {
    return this.#names.get(chatId) ?? phoneDigits(chatId);
  }

  /** The avatar URL of a chat, if one was set. */
  avatarOf(chatId: string): string | undefined {
    return this.#avatars.get(chatId);
  }

  /** Sets the avatar URL of a chat and returns it. */
  setAvatar(chatId: string, url: string): string {
    this.#avatars.set(chatId, url);
    return url;
  }
}
