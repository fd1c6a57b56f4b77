import type { SdkwaMessageStatus } from './sdkwa-types.js';

/**
 * One journal item as `getChatHistory`/`lastIncomingMessages`/`lastOutgoingMessages` return it: the common fields
 * plus the flattened content fields.
 *
 * @example
 * const entry: SdkwaJournalEntry = {
 *   type: 'outgoing', idMessage: '3EB0C767D097B7C7C030', timestamp: 1728645300, typeMessage: 'textMessage',
 *   chatId: '79001234567@c.us', statusMessage: 'sent', sendByApi: true, textMessage: 'hi',
 * };
 */
export interface SdkwaJournalEntry {
  /** Whether the instance received or sent it. */
  type: 'incoming' | 'outgoing';
  /** The message id. */
  idMessage: string;
  /** Unix seconds. */
  timestamp: number;
  /** SDKWA's message type (`textMessage`, `imageMessage`, …). */
  typeMessage: string;
  /** The chat it belongs to. */
  chatId: string;
  /** Who wrote an incoming group message; absent on outgoing entries. */
  senderId?: string;
  /** The sender's profile name, on incoming entries. */
  senderName?: string;
  /** The delivery status, on outgoing entries. */
  statusMessage?: SdkwaMessageStatus;
  /** Whether an outgoing message came through the API rather than the phone. */
  sendByApi?: boolean;
  [field: string]: unknown;
}

/** Result of {@link SdkwaJournal.delete}. */
export type SdkwaJournalDeleteOutcome = 'deleted' | 'chatNotFound' | 'messageNotFound';

/**
 * Per-instance message journal, indexed by chat and by id; deletions and read marks are kept aside so lookups stay
 * O(1) and the chronological list is only ever appended to.
 */
export class SdkwaJournal {
  readonly #all: SdkwaJournalEntry[] = [];
  readonly #byChat = new Map<string, SdkwaJournalEntry[]>();
  readonly #byId = new Map<string, SdkwaJournalEntry>();
  readonly #deleted = new Set<string>();
  readonly #read = new Set<string>();

  /** Appends an item. */
  add(entry: SdkwaJournalEntry): void {
    this.#all.push(entry);
    this.#byId.set(entry.idMessage, entry);
    const chat = this.#byChat.get(entry.chatId);
    if (chat === undefined) this.#byChat.set(entry.chatId, [entry]);
    else chat.push(entry);
  }

  /** An item by message id (also deleted ones). */
  get(idMessage: string): SdkwaJournalEntry | undefined {
    return this.#byId.get(idMessage);
  }

  /** Whether any message exists in a chat. */
  hasChat(chatId: string): boolean {
    return (this.#byChat.get(chatId)?.length ?? 0) > 0;
  }

  /** Chat ids that have messages, in first-message order. */
  chatIds(): IterableIterator<string> {
    return this.#byChat.keys();
  }

  /** The last `count` messages of a chat, newest first. */
  history(chatId: string, count: number): SdkwaJournalEntry[] {
    const chat = this.#byChat.get(chatId) ?? [];
    const result: SdkwaJournalEntry[] = [];
    for (let index = chat.length - 1; index >= 0 && result.length < count; index -= 1) {
      const entry = chat[index] as SdkwaJournalEntry;
      if (!this.#deleted.has(entry.idMessage)) result.push(entry);
    }
    return result;
  }

  /** Messages of one direction not older than `minutes`, newest first. */
  last(type: 'incoming' | 'outgoing', minutes: number, nowMilliseconds: number): SdkwaJournalEntry[] {
    const cutoff = Math.floor(nowMilliseconds / 1000) - minutes * 60;
    const result: SdkwaJournalEntry[] = [];
    for (let index = this.#all.length - 1; index >= 0; index -= 1) {
      const entry = this.#all[index] as SdkwaJournalEntry;
      if (entry.timestamp < cutoff) break;
      if (entry.type === type && !this.#deleted.has(entry.idMessage)) result.push(entry);
    }
    return result;
  }

  /** Marks a message deleted (hidden from every listing). */
  delete(chatId: string, idMessage: string): SdkwaJournalDeleteOutcome {
    if (!this.hasChat(chatId)) return 'chatNotFound';
    const entry = this.#byId.get(idMessage);
    if (entry === undefined || entry.chatId !== chatId || this.#deleted.has(idMessage))
      return 'messageNotFound';
    this.#deleted.add(idMessage);
    return 'deleted';
  }

  /** Marks incoming messages of a chat read: one message, or all of them; returns how many changed. */
  markRead(chatId: string, idMessage?: string): number {
    let changed = 0;
    for (const entry of this.#byChat.get(chatId) ?? []) {
      if (entry.type !== 'incoming' || this.#read.has(entry.idMessage)) continue;
      if (idMessage !== undefined && entry.idMessage !== idMessage) continue;
      this.#read.add(entry.idMessage);
      changed += 1;
    }
    return changed;
  }

  /** Whether an incoming message was marked read. */
  isRead(idMessage: string): boolean {
    return this.#read.has(idMessage);
  }

  /** Number of unread incoming messages of a chat. */
  unreadCount(chatId: string): number {
    let count = 0;
    for (const entry of this.#byChat.get(chatId) ?? []) {
      if (entry.type === 'incoming' && !this.#read.has(entry.idMessage)) count += 1;
    }
    return count;
  }
}
