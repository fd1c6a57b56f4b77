/** A `getContacts` item. */
export interface SdkwaContact {
  id: string;
  name: string;
  type: 'user' | 'group';
}

/** Per-instance chat flags and address book: contacts, archived, blocked and muted chats. */
export class SdkwaChatBook {
  readonly #contacts = new Map<string, SdkwaContact>();
  readonly #archived = new Set<string>();
  readonly #blocked = new Set<string>();
  readonly #muted = new Set<string>();
  readonly #messageExpiration = new Map<string, number>();

  /** Adds or renames a contact. */
  remember(contact: SdkwaContact): void {
    const known = this.#contacts.get(contact.id);
    if (known === undefined || contact.name !== '') this.#contacts.set(contact.id, { ...contact });
  }

  /** Every contact, in insertion order. */
  contacts(): SdkwaContact[] {
    return [...this.#contacts.values()].map((contact) => ({ ...contact }));
  }

  /** A contact by chat id. */
  contact(chatId: string): SdkwaContact | undefined {
    return this.#contacts.get(chatId);
  }

  /** Archives or unarchives a chat. */
  setArchived(chatId: string, archived: boolean): void {
    if (archived) this.#archived.add(chatId);
    else this.#archived.delete(chatId);
  }

  /** Whether a chat is archived. */
  isArchived(chatId: string): boolean {
    return this.#archived.has(chatId);
  }

  /** Blocks or unblocks a chat. */
  setBlocked(chatId: string, blocked: boolean): void {
    if (blocked) this.#blocked.add(chatId);
    else this.#blocked.delete(chatId);
  }

  /** Whether a chat is blocked. */
  isBlocked(chatId: string): boolean {
    return this.#blocked.has(chatId);
  }

  /** Mutes a chat and sets its disappearing-messages timer (milliseconds, 0 = off), as the phone would. */
  setPreferences(chatId: string, preferences: SdkwaChatPreferences): void {
    if (preferences.isMuted === true) this.#muted.add(chatId);
    if (preferences.isMuted === false) this.#muted.delete(chatId);
    if (preferences.messageExpirationMilliseconds !== undefined)
      this.#messageExpiration.set(chatId, preferences.messageExpirationMilliseconds);
  }

  /** A chat's mute flag and disappearing-messages timer (milliseconds, 0 = off). */
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
  /** Whether the chat's notifications are muted (`getContactInfo` `isMute`). */
  isMuted?: boolean;
  /** The disappearing-messages timer; 0 or absent means off. */
  messageExpirationMilliseconds?: number;
}
