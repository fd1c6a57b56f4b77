/**
 * The chat an event belongs to. `id` is the provider's native chat id (`79001234567@c.us`,
 * `120363043968066561@g.us`, `-100123`), usable as-is to reply.
 */
export interface ChatReference {
  /** The provider's native chat id. */
  id: string;
  /** What kind of chat it is; `unknown` when the provider does not say. */
  type: 'private' | 'group' | 'channel' | 'unknown';
  /** The chat's display name, when the provider sends it. */
  name?: string | undefined;
}

/**
 * Who sent a message. `id` is a chat id (in a group: the member, while the event's `chat` is the
 * group). `alternateId` keeps a second identity when the provider gives one (WhatsApp `@lid`).
 */
export interface Sender {
  /** The sender's chat id. */
  id: string;
  /** The sender's display name (profile name or address-book name). */
  name?: string | undefined;
  /** The sender's phone number, digits only, when known. */
  phone?: string | undefined;
  /** Another id of the same sender (for example a WhatsApp `@lid`). */
  alternateId?: string | undefined;
}
