/**
 * A `getContacts` item.
 *
 * @example
 * const contact: SdkwaContact = { id: '79001234567@c.us', name: 'Ivan', type: 'user' };
 */
export interface SdkwaContact {
  id: string;
  name: string;
  type: 'user' | 'group';
}

/**
 * Per-instance chat flags and address book: contacts, archived, blocked and muted chats.
 *
 * @example
 * const book = new SdkwaChatBook();
 * book.remember({ id: '79001234567@c.us', name: 'Ivan', type: 'user' });
 * book.setArchived('79001234567@c.us', true);
 */
export class SdkwaChatBook {
  readonly #contacts = new Map<string, SdkwaContact>();
  readonly #archived = new Set<string>();
  readonly #blocked = new Set<string>();
  readonly #muted = new Set<string>();
  readonly #messageExpiration = new Map<string, number>();

  /**
   * Adds or renames a contact.
   *
   * @example
   * book.remember({ id: '79001234567@c.us', name: 'Ivan', type: 'user' });
   */
  remember(contact: SdkwaContact): void {
    const known = this.#contacts.get(contact.id);
    if (known === undefined || contact.name !== '') this.#contacts.set(contact.id, { ...contact });
  }

  /**
   * Every contact, in insertion order.
   *
   * @example
   * book.contacts();
   */
  contacts(): SdkwaContact[] {
    return [...this.#contacts.values()].map((contact) => ({ ...contact }));
  }

  /**
   * A contact by chat id.
   *
   * @example
   * book.contact('79001234567@c.us')?.name;
   */
  contact(chatId: string): SdkwaContact | undefined {
    return this.#contacts.get(chatId);
  }

  /**
   * Archives or unarchives a chat.
   *
   * @example
   * book.setArchived('79001234567@c.us', true);
   */
  setArchived(chatId: string, archived: boolean): void {
    if (archived) this.#archived.add(chatId);
    else this.#archived.delete(chatId);
  }

  /**
   * Whether a chat is archived.
   *
   * @example
   * book.isArchived('79001234567@c.us');
   */
  isArchived(chatId: string): boolean {
    return this.#archived.has(chatId);
  }

  /**
   * Blocks or unblocks a chat.
   *
   * @example
   * book.setBlocked('79001234567@c.us', true);
   */
  setBlocked(chatId: string, blocked: boolean): void {
    if (blocked) this.#blocked.add(chatId);
    else this.#blocked.delete(chatId);
  }

  /**
   * Whether a chat is blocked.
   *
   * @example
   * book.isBlocked('79001234567@c.us');
   */
  isBlocked(chatId: string): boolean {
    return this.#blocked.has(chatId);
  }

  /**
   * Mutes a chat and sets its disappearing-messages timer (milliseconds, 0 = off), as the phone would.
   *
   * @example
   * book.setPreferences('79001234567@c.us', { isMuted: true, messageExpirationMilliseconds: 86_400_000 });
   */
  setPreferences(chatId: string, preferences: SdkwaChatPreferences): void {
    if (preferences.isMuted === true) this.#muted.add(chatId);
    if (preferences.isMuted === false) this.#muted.delete(chatId);
    if (preferences.messageExpirationMilliseconds !== undefined)
      this.#messageExpiration.set(chatId, preferences.messageExpirationMilliseconds);
  }

  /**
   * A chat's mute flag and disappearing-messages timer (milliseconds, 0 = off).
   *
   * @example
   * book.preferences('79001234567@c.us'); // { isMuted: false, messageExpirationMilliseconds: 0 }
   */
  preferences(chatId: string): Required<SdkwaChatPreferences> {
    return {
      isMuted: this.#muted.has(chatId),
      messageExpirationMilliseconds: this.#messageExpiration.get(chatId) ?? 0,
    };
  }
}

/**
 * A chat's preferences set on the phone: muted, and the disappearing-messages timer in milliseconds (0 = off).
 *
 * @example
 * const preferences: SdkwaChatPreferences = { isMuted: true, messageExpirationMilliseconds: 604_800_000 };
 */
export interface SdkwaChatPreferences {
  isMuted?: boolean;
  messageExpirationMilliseconds?: number;
}
