import type { GreenApiOutgoingStatus } from './green-api-types.js';

/**
 * What the emulator knows about a correspondent (set by the control API or learnt from traffic).
 *
 * @example
 * const contact: GreenApiContact = { chatId: '79001234567@c.us', name: 'Jane', exists: true };
 */
export interface GreenApiContact {
  chatId: string;
  name?: string;
  contactName?: string;
  /** Whether the number has an account on the messenger (default true). `false` → `noAccount` on send. */
  exists?: boolean;
  /** Phone digits (Telegram/MAX: what `checkAccount` resolves to this chat id). */
  phone?: string;
  /** The `@lid` alias `checkWhatsapp` returns for this contact. */
  lid?: string;
  avatarUrl?: string;
  /** `getAvatar` answers 200 with this `reason` (e.g. `get avatar timeout limit exceeded`). */
  avatarFailureReason?: string;
  /** Every send to this chat ends with this status (`failed`, `yellowCard`…). */
  deliveryFailure?: { status: GreenApiOutgoingStatus; description?: string };
  email?: string;
  description?: string;
  isBusiness?: boolean;
  isArchive?: boolean;
  /** Whether the chat's notifications are muted on the phone. */
  isMute?: boolean;
  /** The disappearing-messages timer in seconds (0 = off), as `setDisappearingChat` sets it. */
  messageExpiration?: number;
  lastSeen?: number | null;
}

/**
 * Per-instance address book: existence of accounts, names, avatars, archive flags.
 *
 * @example
 * const directory = new ContactDirectory();
 * directory.upsert({ chatId: '79001234567@c.us', exists: false });
 * directory.exists('79001234567@c.us'); // false
 */
export class ContactDirectory {
  readonly #contacts = new Map<string, GreenApiContact>();

  /**
   * Adds or merges a contact and returns the stored record.
   *
   * @example
   * directory.upsert({ chatId: '20000000', name: 'Ivan', phone: '79001234567' });
   */
  upsert(contact: GreenApiContact): GreenApiContact {
    const stored = { ...this.#contacts.get(contact.chatId), ...contact };
    this.#contacts.set(contact.chatId, stored);
    return stored;
  }

  /**
   * A contact by chat id.
   *
   * @example
   * directory.get('79001234567@c.us')?.name;
   */
  get(chatId: string): GreenApiContact | undefined {
    return this.#contacts.get(chatId);
  }

  /**
   * The contact whose `phone` is these digits.
   *
   * @example
   * directory.byPhone('79001234567');
   */
  byPhone(phone: string): GreenApiContact | undefined {
    for (const contact of this.#contacts.values()) if (contact.phone === phone) return contact;
    return undefined;
  }

  /**
   * Whether a chat has an account (unknown chats do).
   *
   * @example
   * directory.exists('79001234567@c.us');
   */
  exists(chatId: string): boolean {
    return this.#contacts.get(chatId)?.exists !== false;
  }

  /**
   * Every known contact, in insertion order.
   *
   * @example
   * directory.list().length;
   */
  list(): GreenApiContact[] {
    return [...this.#contacts.values()];
  }
}
