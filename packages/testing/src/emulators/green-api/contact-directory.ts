import type { GreenApiOutgoingStatus } from './green-api-types.js';

/**
 * What the emulator knows about a correspondent (set by the control API or learnt from traffic).
 *
 * @example
 * const contact: GreenApiContact = { chatId: '79001234567@c.us', name: 'Jane', exists: true };
 */
export interface GreenApiContact {
  /** `79001234567@c.us` on WhatsApp, a numeric id on Telegram and MAX. */
  chatId: string;
  /** The name the contact set for themselves (`getContacts` `name`). */
  name?: string;
  /** The name saved in the phone's address book (`getContactInfo` `contactName`). */
  contactName?: string;
  /** Whether the number has an account on the messenger (default true). `false` → `noAccount` on send. */
  exists?: boolean;
  /** Phone digits (Telegram/MAX: what `checkAccount` resolves to this chat id). */
  phone?: string;
  /** The `@lid` alias `checkWhatsapp` returns for this contact. */
  lid?: string;
  /** What `getAvatar` returns as `urlAvatar`; absent means no picture. */
  avatarUrl?: string;
  /** `getAvatar` answers 200 with this `reason` (e.g. `get avatar timeout limit exceeded`). */
  avatarFailureReason?: string;
  /** Every send to this chat ends with this status (`failed`, `yellowCard`…). */
  deliveryFailure?: {
    /** The final outgoing status every send to this chat gets. */
    status: GreenApiOutgoingStatus;
    /** The status notification's `description`, e.g. `SWE004: 1000`. */
    description?: string;
  };
  /** `getContactInfo` `email`. */
  email?: string;
  /** The profile's about text (`getContactInfo` `description`). */
  description?: string;
  /** Whether it is a WhatsApp Business account (`getContactInfo` `isBusiness`). */
  isBusiness?: boolean;
  /** Whether the chat is archived on the phone (`getContactInfo` `isArchive`). */
  isArchive?: boolean;
  /** Whether the chat's notifications are muted on the phone. */
  isMute?: boolean;
  /** The disappearing-messages timer in seconds (0 = off), as `setDisappearingChat` sets it. */
  messageExpiration?: number;
  /** Unix seconds of the last visit; `null` when the contact hides it. */
  lastSeen?: number | null;
}

/** Per-instance address book: existence of accounts, names, avatars, archive flags. */
export class ContactDirectory {
  readonly #contacts = new Map<string, GreenApiContact>();

  /** Adds or merges a contact and returns the stored record. */
  upsert(contact: GreenApiContact): GreenApiContact {
    const stored = { ...this.#contacts.get(contact.chatId), ...contact };
    this.#contacts.set(contact.chatId, stored);
    return stored;
  }

  /** A contact by chat id. */
  get(chatId: string): GreenApiContact | undefined {
    return this.#contacts.get(chatId);
  }

  /** The contact whose `phone` is these digits. */
  byPhone(phone: string): GreenApiContact | undefined {
    for (const contact of this.#contacts.values()) if (contact.phone === phone) return contact;
    return undefined;
  }

  /** Whether a chat has an account (unknown chats do). */
  exists(chatId: string): boolean {
    return this.#contacts.get(chatId)?.exists !== false;
  }

  /** Every known contact, in insertion order. */
  list(): GreenApiContact[] {
    return [...this.#contacts.values()];
  }
}
